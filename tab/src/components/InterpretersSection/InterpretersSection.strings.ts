import type { Localized } from "@shared/i18n/locale.js";

export const INTERPRETER_STRINGS = {
  heading: { "fr-CA": "Interprètes", en: "Interpreters" },
  intro: {
    "fr-CA":
      "Les services d'interprétation auxquels l'équipe peut faire appel pendant une rencontre en télésanté (§1.3.9).",
    en: "The interpreting services the team can call on during a telehealth meeting (§1.3.9).",
  },
  none: { "fr-CA": "Aucun service d'interprétation configuré.", en: "No interpreting service configured." },
  caption: { "fr-CA": "Services d'interprétation", en: "Interpreting services" },
  name: { "fr-CA": "Service", en: "Service" },
  contact: { "fr-CA": "Comment joindre", en: "How to reach" },
  languages: { "fr-CA": "Langues", en: "Languages" },
  add: { "fr-CA": "Ajouter un service", en: "Add a service" },
  rowLabel: { "fr-CA": "Service {n}", en: "Service {n}" },
} as const satisfies Record<string, Localized>;
