import type { Localized } from "@shared/i18n/locale.js";

export const RATING_CELL_STRINGS = {
  adjusted: { "fr-CA": "Ajusté par l'équipe", en: "Adjusted by the team" },
  baseline: { "fr-CA": "MSSS : {rating}", en: "MSSS: {rating}" },
} as const satisfies Record<string, Localized>;
