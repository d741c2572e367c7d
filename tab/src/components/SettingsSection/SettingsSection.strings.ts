import type { Localized } from "@shared/i18n/locale.js";

export const SETTINGS_STRINGS = {
  heading: { "fr-CA": "Paramètres", en: "Settings" },
} as const satisfies Record<string, Localized>;
