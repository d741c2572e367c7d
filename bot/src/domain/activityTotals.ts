/**
 * An activity view's totals, rates and chart buckets (seed 003 §1.1 notes within 24 h, §2.3 follow-ups, §9 flags;
 * the 2024 regulation's four conditions: regulationActivity.ts).
 * Totals are added one day's share at a time — a row's (rowTotals) or a day read back from the monthly aggregates
 * (activityDayTotals.ts) — so a year of encounters never has to sit in memory, and both ways fold alike.
 */
import { DateTime } from "luxon";
import { isoDate } from "./clock.js";
import { CLINIC_ZONE } from "./followUp.js";
import { consentCountedKind, type ActivityRow, type NoteState } from "./activityStats.js";
import {
  addRegulationCounts,
  countConditions,
  emptyRegulationCounts,
  type RegulationCounts,
} from "./regulationActivity.js";

export interface ActivityTotals {
  encounters: number;
  video: number;
  phone: number;
  minutes: number;
  consentRecorded: number;
  consentByKind: Record<string, number>;
  planAgreed: number;
  incidents: number;
  encountersWithIncidents: number;
  notes: Record<NoteState, number>;
  followUpsDue: number;
  followUpsPastDue: number;
  flagged: number;
  regulation: RegulationCounts;
}

export interface ActivityRates {
  /** Share of encounters with consent recorded (any kind, including the emergency exception); null when none. */
  consentRecorded: number | null;
  planAgreed: number | null;
  /** Notes filed within 24 h among notes no longer open (on time + late + overdue); null when none. */
  notesWithin24h: number | null;
}

export interface ActivityBucket {
  /** First day of the bucket (yyyy-mm-dd, Québec). */
  start: string;
  encounters: number;
  consentRecorded: number;
  planAgreed: number;
  notesOnTime: number;
  notesSettled: number;
  flagged: number;
}

export type BucketSize = "day" | "week" | "month";

/** A chart that fits the range: days up to two weeks, weeks up to ~3 months, months beyond. */
export function bucketSizeFor(fromDate: string, toDate: string): BucketSize {
  const days = DateTime.fromISO(toDate).diff(DateTime.fromISO(fromDate), "days").days;
  return days <= 14 ? "day" : days <= 92 ? "week" : "month";
}

/** The bucket a Québec date falls in: itself, its ISO week's Monday, or its month's first day (calendar arithmetic). */
function bucketStart(date: string, size: BucketSize): string {
  if (size === "day") return date;
  if (size === "month") return `${date.slice(0, 7)}-01`;
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

export function emptyTotals(): ActivityTotals {
  return {
    encounters: 0,
    video: 0,
    phone: 0,
    minutes: 0,
    consentRecorded: 0,
    consentByKind: {},
    planAgreed: 0,
    incidents: 0,
    encountersWithIncidents: 0,
    notes: { onTime: 0, late: 0, open: 0, overdue: 0 },
    followUpsDue: 0,
    followUpsPastDue: 0,
    flagged: 0,
    regulation: emptyRegulationCounts(),
  };
}

/** One row's share of the totals. */
function rowTotals(row: ActivityRow): ActivityTotals {
  const t = emptyTotals();
  t.encounters = 1;
  t[row.modality] = 1;
  t.minutes = row.durationMinutes ?? 0;
  if (row.consent.recorded) {
    t.consentRecorded = 1;
    t.consentByKind[consentCountedKind(row.consent)] = 1;
  }
  t.planAgreed = row.planAgreed ? 1 : 0;
  t.incidents = row.incidentsCount;
  t.encountersWithIncidents = row.incidentsCount > 0 ? 1 : 0;
  t.notes[row.note.state] = 1;
  t.followUpsDue = row.followUp ? 1 : 0;
  t.followUpsPastDue = row.followUp?.pastDue ? 1 : 0;
  t.flagged = row.flags.length > 0 ? 1 : 0;
  countConditions(t.regulation, row.regulation);
  return t;
}

function addTotals(into: ActivityTotals, t: ActivityTotals): void {
  for (const key of ["encounters", "video", "phone", "minutes", "consentRecorded", "planAgreed"] as const)
    into[key] += t[key];
  for (const key of ["incidents", "encountersWithIncidents", "followUpsDue", "followUpsPastDue", "flagged"] as const)
    into[key] += t[key];
  for (const [kind, n] of Object.entries(t.consentByKind))
    into.consentByKind[kind] = (into.consentByKind[kind] ?? 0) + n;
  for (const state of Object.keys(t.notes) as NoteState[]) into.notes[state] += t.notes[state];
  addRegulationCounts(into.regulation, t.regulation);
}

export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
}

export function ratesOf(t: ActivityTotals): ActivityRates {
  const settled = t.notes.onTime + t.notes.late + t.notes.overdue;
  return {
    consentRecorded: ratio(t.consentRecorded, t.encounters),
    planAgreed: ratio(t.planAgreed, t.encounters),
    notesWithin24h: ratio(t.notes.onTime, settled),
  };
}

/** Folds days' totals into the view's totals and buckets (every bucket of the range is present, empty ones too). */
export class ActivityAccumulator {
  readonly totals = emptyTotals();
  private readonly buckets = new Map<string, ActivityBucket>();

  constructor(
    fromDate: string,
    toDate: string,
    readonly bucketSize: BucketSize = bucketSizeFor(fromDate, toDate),
  ) {
    let cursor = DateTime.fromISO(bucketStart(fromDate, bucketSize), { zone: CLINIC_ZONE });
    const end = DateTime.fromISO(toDate, { zone: CLINIC_ZONE });
    for (let i = 0; cursor < end && i < 400; i++) {
      const start = isoDate(cursor);
      this.buckets.set(start, {
        start,
        encounters: 0,
        consentRecorded: 0,
        planAgreed: 0,
        notesOnTime: 0,
        notesSettled: 0,
        flagged: 0,
      });
      cursor = cursor.plus({ [`${bucketSize}s`]: 1 });
    }
  }

  add(row: ActivityRow): void {
    this.addDay(row.date, rowTotals(row));
  }

  /** Adds a day's totals (Québec date yyyy-mm-dd). */
  addDay(date: string, t: ActivityTotals): void {
    addTotals(this.totals, t);
    const bucket = this.buckets.get(bucketStart(date, this.bucketSize));
    if (!bucket) return;
    bucket.encounters += t.encounters;
    bucket.consentRecorded += t.consentRecorded;
    bucket.planAgreed += t.planAgreed;
    bucket.notesOnTime += t.notes.onTime;
    bucket.notesSettled += t.notes.onTime + t.notes.late + t.notes.overdue;
    bucket.flagged += t.flagged;
  }

  result(): { totals: ActivityTotals; rates: ActivityRates; bucketSize: BucketSize; buckets: ActivityBucket[] } {
    return {
      totals: this.totals,
      rates: ratesOf(this.totals),
      bucketSize: this.bucketSize,
      buckets: [...this.buckets.values()],
    };
  }
}
