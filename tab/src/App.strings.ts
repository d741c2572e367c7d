import type { Localized } from "@shared/i18n/locale.js";

export const APP_STRINGS = {
  loading: { "fr-CA": "Chargement de Balises…", en: "Loading Balises…" },
} as const satisfies Record<string, Localized>;
