/**
 * The activity view's facts, pure (seed 003):
 * - §1.1 / §8.8 the note is filed right after, at the latest within 24 h: on time, late, open or overdue;
 * - §2.3 a new patient seen in telehealth gets an in-person follow-up by a due date, which may be past;
 * - §11 the quality of virtual care is evaluated at least once a year (coordinated by the pilots).
 * Rows are folded one at a time into totals, rates and chart buckets, so a year of encounters never
 * has to sit in memory.
 */
import { DateTime } from "luxon";
import type { EncounterSummary } from "./encounter.js";
import { CLINIC_ZONE } from "./followUp.js";
import type { SupervisionFlag } from "./supervision.js";
import { isoDate } from "./clock.js";
import { countConditions, emptyRegulationCounts, type RegulationCounts } from "./regulationActivity.js";

/** §1.1: « tout au plus dans les 24 heures suivant la prestation » (the same limit as noteObligation.ts). */
const REGULATORY_NOTE_DEADLINE_MS = 24 * 60 * 60 * 1000;

export const NOTE_STATES = ["onTime", "late", "open", "overdue"] as const;
export type NoteState = (typeof NOTE_STATES)[number];

export interface NoteFacts {
  state: NoteState;
  /** end + 24 h (§1.1), once the encounter ended. */
  deadline?: string;
  filedAt?: string;
}

/** §1.1 / §8.8: filed within 24 h of the end is on time; not filed and past 24 h (or marked overdue) is overdue. */
export function noteFacts(
  s: Pick<EncounterSummary, "status" | "endedAt" | "noteStatus" | "noteStatusAt">,
  now: Date,
): NoteFacts {
  const deadlineMs = s.endedAt ? Date.parse(s.endedAt) + REGULATORY_NOTE_DEADLINE_MS : undefined;
  const deadline = deadlineMs !== undefined ? new Date(deadlineMs).toISOString() : undefined;
  const base = deadline ? { deadline } : {};
  if (s.noteStatus === "filed") {
    const filedAt = s.noteStatusAt;
    const late = filedAt !== undefined && deadlineMs !== undefined && Date.parse(filedAt) > deadlineMs;
    return { ...base, state: late ? "late" : "onTime", ...(filedAt ? { filedAt } : {}) };
  }
  if (s.noteStatus === "overdue") return { ...base, state: "overdue" };
  if (deadlineMs !== undefined && now.getTime() > deadlineMs) return { ...base, state: "overdue" };
  return { ...base, state: "open" };
}

export interface FollowUpFacts {
  dueDate: string;
  pastDue: boolean;
}

/** §2.3: past due once Québec's today is after the due date. */
export function followUpFacts(
  s: Pick<EncounterSummary, "inPersonFollowUpDue">,
  today: string,
): FollowUpFacts | undefined {
  return s.inPersonFollowUpDue ? { dueDate: s.inPersonFollowUpDue, pastDue: today > s.inPersonFollowUpDue } : undefined;
}

export function localDate(iso: string): string {
  return isoDate(DateTime.fromISO(iso, { zone: "utc" }).setZone(CLINIC_ZONE));
}

export interface LearnerPart {
  learnerId: string;
  role: NonNullable<EncounterSummary["learners"]>[number]["role"];
  participation: NonNullable<EncounterSummary["learners"]>[number]["participation"];
  atTrainingSite?: boolean;
  flags: SupervisionFlag[];
}

/** One line of the activity view. Ids, kinds, counts, times: nothing about the patient. */
export interface ActivityRow {
  encounterId: string;
  /** Québec date of the start (yyyy-mm-dd). */
  date: string;
  startedAt: string;
  endedAt?: string;
  status: EncounterSummary["status"];
  modality: EncounterSummary["modality"];
  durationMinutes?: number;
  /**
   * `recorded`: a consent was noted (its kind is known); `complete`: it meets 003 §1.1–§1.3 (no gap left, or the
   * emergency exception, or withdrawn after being complete). A consent noted with gaps is recorded, not complete:
   * the view says "incomplete", never "not recorded".
   */
  consent: {
    recorded: boolean;
    complete: boolean;
    status: EncounterSummary["consentStatus"];
    kind?: EncounterSummary["consentKind"];
  };
  planAgreed: boolean;
  incidentsCount: number;
  note: NoteFacts;
  followUp?: FollowUpFacts;
  clinicianId?: string;
  learners: LearnerPart[];
  /** Every supervision flag raised by the learners' parts (deduplicated). */
  flags: SupervisionFlag[];
  /** The regulation's conditions, the team's corridor applied (regulationActivity.ts); absent on older rows. */
  regulation?: EncounterSummary["regulation"];
}

export function toActivityRow(
  s: EncounterSummary,
  now: Date,
  flagsOf: (part: NonNullable<EncounterSummary["learners"]>[number]) => SupervisionFlag[] = () => [],
): ActivityRow {
  const today = localDate(now.toISOString());
  const learners = (s.learners ?? []).map((p) => ({ ...p, flags: flagsOf(p) }));
  const followUp = followUpFacts(s, today);
  return {
    encounterId: s.encounterId,
    date: localDate(s.startedAt),
    startedAt: s.startedAt,
    ...(s.endedAt ? { endedAt: s.endedAt } : {}),
    status: s.status,
    modality: s.modality,
    ...(s.durationMinutes !== undefined ? { durationMinutes: s.durationMinutes } : {}),
    consent: {
      recorded: s.consentKind !== undefined || s.consentStatus !== "missing",
      complete: s.consentStatus !== "missing",
      status: s.consentStatus,
      ...(s.consentKind ? { kind: s.consentKind } : {}),
    },
    planAgreed: s.planAgreed,
    incidentsCount: s.incidentsCount,
    note: noteFacts(s, now),
    ...(followUp ? { followUp } : {}),
    ...(s.clinicianId ? { clinicianId: s.clinicianId } : {}),
    learners,
    flags: [...new Set(learners.flatMap((l) => l.flags))],
    ...(s.regulation ? { regulation: s.regulation } : {}),
  };
}

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

function bucketStart(date: string, size: BucketSize): string {
  const d = DateTime.fromISO(date, { zone: CLINIC_ZONE });
  return isoDate(size === "day" ? d : d.startOf(size));
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

/** Folds rows into totals and buckets (every bucket of the range is present, empty ones too). */
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
    const t = this.totals;
    t.encounters++;
    t[row.modality]++;
    t.minutes += row.durationMinutes ?? 0;
    if (row.consent.recorded) {
      t.consentRecorded++;
      const kind = row.consent.kind ?? row.consent.status;
      t.consentByKind[kind] = (t.consentByKind[kind] ?? 0) + 1;
    }
    if (row.planAgreed) t.planAgreed++;
    t.incidents += row.incidentsCount;
    if (row.incidentsCount > 0) t.encountersWithIncidents++;
    t.notes[row.note.state]++;
    if (row.followUp) {
      t.followUpsDue++;
      if (row.followUp.pastDue) t.followUpsPastDue++;
    }
    if (row.flags.length > 0) t.flagged++;
    countConditions(t.regulation, row.regulation);

    const bucket = this.buckets.get(bucketStart(row.date, this.bucketSize));
    if (!bucket) return;
    bucket.encounters++;
    if (row.consent.recorded) bucket.consentRecorded++;
    if (row.planAgreed) bucket.planAgreed++;
    if (row.note.state === "onTime") bucket.notesOnTime++;
    if (row.note.state !== "open") bucket.notesSettled++;
    if (row.flags.length > 0) bucket.flagged++;
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

export type EvaluationState = "never" | "current" | "due";

/** §11: evaluated at least once a year; due when the last evaluation is more than a year old, or never happened. */
export function evaluationStatus(
  lastEvaluationDate: string | null | undefined,
  today: string,
): { state: EvaluationState; nextDue?: string } {
  if (!lastEvaluationDate) return { state: "never" };
  const nextDue = isoDate(DateTime.fromISO(lastEvaluationDate).plus({ years: 1 }));
  return { state: today > nextDue ? "due" : "current", nextDue };
}
