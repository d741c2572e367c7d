/**
 * Which periods the activity view answers, the same in the tab (said at the field before asking) and in the
 * service (refused with 400): Québec dates `from` to `to`, both included, in order, at most 400 days (a year and
 * a month) — what one answer reads stays bounded.
 */
import { DateTime } from "luxon";

export const MAX_PERIOD_DAYS = 400;

/** The days of the period, both dates included; undefined when a date is not one (yyyy-mm-dd). */
export function periodDays(from: string, to: string): number | undefined {
  const a = DateTime.fromISO(from, { zone: "utc" });
  const b = DateTime.fromISO(to, { zone: "utc" });
  if (!a.isValid || !b.isValid) return undefined;
  return Math.round(b.diff(a, "days").days) + 1;
}

export function isActivityPeriod(from: string, to: string): boolean {
  const days = periodDays(from, to);
  return days !== undefined && days >= 1 && days <= MAX_PERIOD_DAYS;
}
