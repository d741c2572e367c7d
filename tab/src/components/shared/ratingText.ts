/** How a §2.3 rating reads on screen and to a screen reader. */
import { NOT_INDICATED, type Rating } from "../../../../bot/src/domain/modality.js";
import type { Locale, Localized } from "../../../../bot/src/i18n/locale.js";

export const RATING_SHORT: Record<Exclude<Rating, null>, Localized> = {
  "+": { "fr-CA": "efforts minimes, oral seulement", en: "minimal effort, oral only" },
  "++": { "fr-CA": "mise en œuvre plus étoffée, oral et non-verbal", en: "more set-up, oral and non-verbal" },
  "+++": { "fr-CA": "activité de référence", en: "reference activity" },
};

export function ratingLabel(rating: Rating, locale: Locale): string {
  return rating === null ? NOT_INDICATED[locale] : `${rating} (${RATING_SHORT[rating][locale]})`;
}
