/** How a §2.3 rating reads in words (the matrix cells, the recommendation). */
import type { Rating } from "@shared/domain/modality.js";
import type { Localized } from "@shared/i18n/locale.js";

export const RATING_SHORT = {
  "+": { "fr-CA": "efforts minimes, oral seulement", en: "minimal effort, verbal only" },
  "++": { "fr-CA": "mise en œuvre plus étoffée, oral et non-verbal", en: "more set-up, verbal and non-verbal" },
  "+++": { "fr-CA": "activité de référence", en: "reference standard" },
} as const satisfies Record<Exclude<Rating, null>, Localized>;
