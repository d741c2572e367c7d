import type { Localized } from "@shared/i18n/locale.js";

export const MATRIX_LEGEND_STRINGS = {
  heading: { "fr-CA": "Légende", en: "Legend" },
  notIndicated: {
    "fr-CA": "Non indiqué : modalité non recommandée pour cette situation.",
    en: "Not indicated: modality not recommended for this situation.",
  },
  definitionLabel: { "fr-CA": "Définition", en: "Definition" },
  source: { "fr-CA": "Source : {source}", en: "Source: {source}" },
} as const satisfies Record<string, Localized>;
