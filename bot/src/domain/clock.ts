import type { DateTime } from "luxon";
import { DateTime as LuxonDateTime } from "luxon";
import { CLINIC_ZONE } from "./followUp.js";

/** An instant as ISO-8601 UTC. Luxon answers null for an invalid date: here that is a bug, and it throws. */
export function isoInstant(dt: DateTime): string {
  const iso = dt.toUTC().toISO();
  if (iso === null) throw new RangeError(`invalid date: ${dt.invalidExplanation ?? "unknown"}`);
  return iso;
}

/** A calendar date (yyyy-mm-dd) in the DateTime's own zone. */
export function isoDate(dt: DateTime): string {
  const iso = dt.toISODate();
  if (iso === null) throw new RangeError(`invalid date: ${dt.invalidExplanation ?? "unknown"}`);
  return iso;
}

/**
 * The UTC instants [from, to) of a Québec day (yyyy-mm-dd), month (yyyy-mm) or year (yyyy), midnight to midnight
 * there: the range of the encounters index rows, keyed by their UTC start, that fall in it.
 */
export function quebecPeriodInstants(period: string): { from: string; to: string } {
  const [year, month, day] = period.split("-").map(Number);
  const start = LuxonDateTime.fromObject({ year, month: month ?? 1, day: day ?? 1 }, { zone: CLINIC_ZONE });
  const length = day !== undefined ? { days: 1 } : month !== undefined ? { months: 1 } : { years: 1 };
  return { from: isoInstant(start), to: isoInstant(start.plus(length)) };
}

const HOUR_MS = 3_600_000;
/** The last answer of todayInQuebec, by UTC hour: luxon's zone arithmetic costs ~50 µs, and a card asks per click. */
let lastToday = { hour: NaN, date: "" };

/**
 * Today's date (yyyy-mm-dd) in Québec, whatever the server's time zone. The date there changes only on a whole
 * UTC hour (midnight at UTC−5 or UTC−4: the zone's offsets are whole hours), so within one UTC hour the answer is the same.
 */
export function todayInQuebec(now: Date): string {
  const hour = Math.floor(now.getTime() / HOUR_MS);
  if (hour !== lastToday.hour) lastToday = { hour, date: isoDate(LuxonDateTime.fromJSDate(now).setZone(CLINIC_ZONE)) };
  return lastToday.date;
}
