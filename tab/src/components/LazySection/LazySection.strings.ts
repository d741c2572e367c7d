import type { Localized } from "@shared/i18n/locale.js";

export const LAZY_SECTION_STRINGS = {
  loading: { "fr-CA": "Chargement de la section…", en: "Loading the section…" },
} as const satisfies Record<string, Localized>;
