import { DateTime } from "luxon";
import { CLINIC_ZONE } from "./followUp.js";

/** Today's date (yyyy-mm-dd) in Québec, whatever the server's time zone. */
export function todayInQuebec(now: Date): string {
  return DateTime.fromJSDate(now).setZone(CLINIC_ZONE).toISODate()!;
}
