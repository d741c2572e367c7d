import type { Localized } from "@shared/i18n/locale.js";

/** Shown in both languages at once: without Teams, nothing says which one the user reads. */
export const UNAVAILABLE_STRINGS = {
  heading: { "fr-CA": "Balises télésanté", en: "Balises télésanté" },
  title: { "fr-CA": "Ouvrez Balises dans Microsoft Teams.", en: "Open Balises in Microsoft Teams." },
  body: {
    "fr-CA":
      "Cet onglet a besoin de votre identité Teams : ajoutez l'application Balises à une équipe, une conversation ou une réunion.",
    en: "This tab needs your Teams identity: add the Balises app to a team, a chat or a meeting.",
  },
} as const satisfies Record<string, Localized>;
