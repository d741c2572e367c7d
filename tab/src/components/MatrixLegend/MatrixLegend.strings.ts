import type { Localized } from "@shared/i18n/locale.js";

export const MATRIX_LEGEND_STRINGS = {
  heading: { "fr-CA": "Légende", en: "Legend" },
  source: { "fr-CA": "Source : {source}", en: "Source: {source}" },
} as const satisfies Record<string, Localized>;
