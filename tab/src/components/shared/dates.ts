import { withFirstOfMonth } from "@shared/i18n/frenchDates.js";
import type { Locale } from "@shared/i18n/locale.js";

/** "28 février 2025" / "February 28, 2025" for an ISO date, without time-zone drift. */
export function longDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return withFirstOfMonth(new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date), locale);
}

/** A chart's label for an ISO date: "26 oct." / "Oct 26", or its month alone ("oct." / "Oct"). */
function shortDate(isoDate: string, locale: Locale, monthOnly = false): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  const day = monthOnly ? {} : { day: "numeric" as const };
  return new Intl.DateTimeFormat(locale, { ...day, month: "short", timeZone: "UTC" }).format(date);
}

/**
 * A chart's labels for its buckets' first days: by month, a period over more than one year gives the year on its
 * first month and on each January (« nov. 2025 », « déc. », « janv. 2026 »), so that no two labels read alike.
 */
export function chartLabels(
  { buckets, bucketSize }: { buckets: ReadonlyArray<{ start: string }>; bucketSize: string },
  locale: Locale,
): string[] {
  const monthOnly = bucketSize === "month";
  const years = new Set(buckets.map((b) => b.start.slice(0, 4)));
  return buckets.map(({ start }, i) => {
    const label = shortDate(start, locale, monthOnly);
    const withYear = monthOnly && years.size > 1 && (i === 0 || start.slice(5, 7) === "01");
    return withYear ? `${label} ${start.slice(0, 4)}` : label;
  });
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
