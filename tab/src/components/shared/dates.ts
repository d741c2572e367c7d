import { withFirstOfMonth } from "@shared/i18n/frenchDates.js";
import type { Locale } from "@shared/i18n/locale.js";

/** "28 février 2025" / "February 28, 2025" for an ISO date, without time-zone drift. */
export function longDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return withFirstOfMonth(new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date), locale);
}

/**
 * Date and time of an ISO instant in Québec time, on the 24-hour clock in English too, as the bot's cards write it.
 * The French time is one word to the eye: no line breaks inside « 13 h 45 » (non-breaking spaces).
 */
export function dateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const formatted = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    hourCycle: "h23",
    timeZone: "America/Montreal",
  }).format(date);
  return withFirstOfMonth(formatted, locale).replace(/(\d) h (\d)/, "$1\u00a0h\u00a0$2");
}

/** French puts a space before the colon; English does not. */
export function colon(locale: Locale): string {
  return locale === "fr-CA" ? " : " : ": ";
}

/** The Québec date of an ISO instant, in full: "14 octobre 2026" / "October 14, 2026". */
export function longDay(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const formatted = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "America/Montreal" }).format(date);
  return withFirstOfMonth(formatted, locale);
}
