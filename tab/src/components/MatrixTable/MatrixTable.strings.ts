import type { Localized } from "@shared/i18n/locale.js";

export const MATRIX_TABLE_STRINGS = {
  situation: { "fr-CA": "Situation et besoin du patient", en: "Patient's situation and needs" },
  local: { "fr-CA": "Situation locale (équipe)", en: "Local situation (team)" },
  region: { "fr-CA": "Matrice des modalités, défilement horizontal", en: "Modality matrix, horizontal scrolling" },
} as const satisfies Record<string, Localized>;
