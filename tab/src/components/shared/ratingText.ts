/** How a §2.3 rating reads on screen and to a screen reader. */
import { NOT_INDICATED, type Rating } from "@shared/domain/modality.js";
import type { Locale } from "@shared/i18n/locale.js";
import { RATING_SHORT } from "./rating.strings.js";

export function ratingLabel(rating: Rating, locale: Locale): string {
  return rating === null ? NOT_INDICATED[locale] : `${rating} (${RATING_SHORT[rating][locale]})`;
}
