import type { Localized } from "@shared/i18n/locale.js";

export const APP_SHELL_STRINGS = {
  title: { "fr-CA": "Balises télésanté", en: "Balises telehealth" },
  signedInAs: { "fr-CA": "Connecté : {name}", en: "Signed in: {name}" },
} as const satisfies Record<string, Localized>;
