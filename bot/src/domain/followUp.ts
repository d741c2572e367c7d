/**
 * New patient seen by video: in-person follow-up within one month if vulnerable, three months otherwise
 * (seed 003 §2.3, note under "Nouveau patient").
 */
import { DateTime } from "luxon";

export const CLINIC_ZONE = "America/Montreal";

export interface InPersonFollowUp {
  withinMonths: 1 | 3;
  /** ISO date (yyyy-mm-dd) in Québec time. */
  dueDate: string;
  vulnerable: boolean;
  /** The Québec date it was recorded as offered, when it was before the note's block was written. */
  offeredOn?: string;
}

/** `visitDate` is an ISO date or date-time; the month arithmetic clamps to the last day (Jan 31 + 1 month = Feb 28/29). */
export function inPersonFollowUpDue(visitDate: string, vulnerable: boolean): InPersonFollowUp {
  const visit = DateTime.fromISO(visitDate, { zone: CLINIC_ZONE });
  if (!visit.isValid) throw new RangeError(`Invalid visit date: ${visitDate}`);
  const withinMonths = vulnerable ? 1 : 3;
  return { withinMonths, dueDate: visit.plus({ months: withinMonths }).toISODate(), vulnerable };
}

export function isFollowUpPastDue(followUp: InPersonFollowUp, today: string): boolean {
  return today > followUp.dueDate;
}
