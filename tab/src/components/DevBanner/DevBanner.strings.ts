import type { Localized } from "@shared/i18n/locale.js";

export const DEV_BANNER_STRINGS = {
  title: { "fr-CA": "Mode développement — identité simulée", en: "Development mode — simulated identity" },
  body: {
    "fr-CA":
      "Balises n'est pas ouvert dans Teams : le service local signe des jetons pour des personas fictives. Jamais en production.",
    en: "Balises is not open in Teams: the local service signs tokens for fictitious personas. Never in production.",
  },
  persona: { "fr-CA": "Persona simulée", en: "Simulated persona" },
} as const satisfies Record<string, Localized>;
