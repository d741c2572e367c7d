import type { Localized } from "@shared/i18n/locale.js";

export const AUDIT_STRINGS = {
  heading: { "fr-CA": "Historique des modifications", en: "Change history" },
  caption: {
    "fr-CA": "Modifications de la configuration, les plus récentes d'abord",
    en: "Configuration changes, newest first",
  },
  when: { "fr-CA": "Quand", en: "When" },
  who: { "fr-CA": "Par", en: "By" },
  action: { "fr-CA": "Action", en: "Action" },
  changes: { "fr-CA": "Changements", en: "Changes" },
  what: { "fr-CA": "Ce qui a changé", en: "What changed" },
  none: { "fr-CA": "Aucune modification enregistrée.", en: "No change recorded." },
  more: { "fr-CA": "Afficher plus", en: "Show more" },
  omitted: { "fr-CA": "(valeur trop longue)", en: "(value too long)" },
  empty: { "fr-CA": "(vide)", en: "(empty)" },
  chars: { "fr-CA": "{n} caractères", en: "{n} characters" },
  "config.install": { "fr-CA": "Installation", en: "Installation" },
  "config.update": { "fr-CA": "Configuration modifiée", en: "Configuration changed" },
  "pilot.add": { "fr-CA": "Pilote ajouté", en: "Pilot added" },
  "pilot.remove": { "fr-CA": "Pilote retiré", en: "Pilot removed" },
} as const satisfies Record<string, Localized>;
