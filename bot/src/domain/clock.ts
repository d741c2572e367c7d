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

/** Today's date (yyyy-mm-dd) in Québec, whatever the server's time zone. */
export function todayInQuebec(now: Date): string {
  return isoDate(LuxonDateTime.fromJSDate(now).setZone(CLINIC_ZONE));
}
