/**
 * Québec French writes the first day of a month as an ordinal: « le 1er octobre », never « le 1 octobre ». Intl and
 * luxon write the cardinal in every French locale, so a date formatted for a person goes through here.
 */
import type { Locale } from "./locale.js";

const FIRST_OF_MONTH =
  /(^|[^\d])1 (janvier|janv\.|février|févr\.|mars|avril|avr\.|mai|juin|juillet|juil\.|août|septembre|sept\.|octobre|oct\.|novembre|nov\.|décembre|déc\.)/gu;

/** "1 octobre 2026" → "1er octobre 2026" in French; English as it is. */
export function withFirstOfMonth(formatted: string, locale: Locale): string {
  return locale === "fr-CA" ? formatted.replace(FIRST_OF_MONTH, "$11er $2") : formatted;
}
