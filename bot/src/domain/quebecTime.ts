/**
 * Stored instants as a person in Québec reads them, whatever the server's zone: the clock "14 h 05" in French, as
 * Québec writes times, and "14:05" in English — 24-hour in both, as the chart's progress-note block has it, so a
 * card never shows one time two ways — and the date yyyy-mm-dd.
 */
import { DateTime } from "luxon";
import type { Locale } from "../i18n/locale.js";
import { CLINIC_ZONE } from "./followUp.js";

/** What luxon wrote for a date it could not read, which these functions used to be. */
const INVALID = "Invalid DateTime";

// One formatter for every card: building an Intl formatter costs far more than using one, and every card answer
// shows these times (issue 14's consent.record profile).
const QUEBEC_MINUTE = new Intl.DateTimeFormat("en-CA", {
  timeZone: CLINIC_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** A stored time with its offset, as Balises writes them (toISOString), read by the engine; any other by luxon. */
const STORED_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

function quebecParts(iso: string): Parts | undefined {
  const ms = STORED_TIME.test(iso) ? Date.parse(iso) : DateTime.fromISO(iso).toMillis();
  if (Number.isNaN(ms)) return undefined;
  return Object.fromEntries(QUEBEC_MINUTE.formatToParts(ms).map((part) => [part.type, part.value]));
}

function clockOf(p: Parts, locale: Locale): string {
  return locale === "fr-CA" ? `${p.hour} h ${p.minute}` : `${p.hour}:${p.minute}`;
}

/** "09 h 05" (French) or "09:05", in Québec time. */
export function quebecClock(iso: string, locale: Locale): string {
  const p = quebecParts(iso);
  return p ? clockOf(p, locale) : INVALID;
}

/** "2026-11-23", the day in Québec. */
export function quebecDate(iso: string): string {
  const p = quebecParts(iso);
  return p ? `${p.year}-${p.month}-${p.day}` : INVALID;
}

/** "2026-11-23 09:05" in Québec time, in either language: a cell a spreadsheet reads as a date and time. */
export function quebecSheetTime(iso: string): string {
  const p = quebecParts(iso);
  return p ? `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}` : INVALID;
}

/** "2026-11-23 à 09 h 05" (French) or "2026-11-23 09:05", in Québec time. */
export function quebecTime(iso: string, locale: Locale): string {
  const p = quebecParts(iso);
  if (!p) return INVALID;
  return `${p.year}-${p.month}-${p.day}${locale === "fr-CA" ? " à " : " "}${clockOf(p, locale)}`;
}
