/**
 * The activity view's facts, pure (seed 003):
 * - §1.1 / §8.8 the note is filed right after, at the latest within 24 h: on time, late, open or overdue;
 * - §2.3 a new patient seen in telehealth gets an in-person follow-up by a due date, which may be past;
 * - §11 evaluating the quality of virtual care at least once a year is recommended (coordinated by the pilots).
 * A view's totals, rates and chart: activityTotals.ts.
 */
import { DateTime } from "luxon";
import type { EncounterSummary } from "./encounter.js";
import { quebecDate } from "./quebecTime.js";
import type { SupervisionFlag } from "./supervision.js";
import { isoDate } from "./clock.js";

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
  const { openUntil, ...facts } = settledNote(s);
  return openUntil !== undefined && now.getTime() > openUntil ? { ...facts, state: "overdue" } : facts;
}

/**
 * The note's facts as far as they do not depend on when they are read: a note still open with a deadline has
 * `openUntil` (ms), after which it is overdue. The monthly aggregates count open notes by it (activityContribution.ts).
 */
export function settledNote(
  s: Pick<EncounterSummary, "status" | "endedAt" | "noteStatus" | "noteStatusAt">,
): NoteFacts & { openUntil?: number } {
  const deadlineMs = s.endedAt ? Date.parse(s.endedAt) + REGULATORY_NOTE_DEADLINE_MS : undefined;
  const deadline = deadlineMs !== undefined ? new Date(deadlineMs).toISOString() : undefined;
  const base = deadline ? { deadline } : {};
  if (s.noteStatus === "filed") {
    const filedAt = s.noteStatusAt;
    const late = filedAt !== undefined && deadlineMs !== undefined && Date.parse(filedAt) > deadlineMs;
    return { ...base, state: late ? "late" : "onTime", ...(filedAt ? { filedAt } : {}) };
  }
  if (s.noteStatus === "overdue") return { ...base, state: "overdue" };
  return { ...base, state: "open", ...(deadlineMs !== undefined ? { openUntil: deadlineMs } : {}) };
}

export interface FollowUpFacts {
  dueDate: string;
  pastDue: boolean;
  /** The Québec date it was recorded as offered. */
  offeredOn?: string;
}

/** §2.3: past due once Québec's today is after the due date, unless it was recorded as offered. */
export function followUpFacts(
  s: Pick<EncounterSummary, "inPersonFollowUpDue" | "inPersonFollowUpOffered">,
  today: string,
): FollowUpFacts | undefined {
  if (!s.inPersonFollowUpDue) return undefined;
  const offered = s.inPersonFollowUpOffered;
  if (offered) return { dueDate: s.inPersonFollowUpDue, pastDue: false, offeredOn: offered };
  return { dueDate: s.inPersonFollowUpDue, pastDue: today > s.inPersonFollowUpDue };
}

/** The Québec date (yyyy-mm-dd) of a stored instant; a time that cannot be read is a bug here, and throws. */
export function localDate(iso: string): string {
  const date = quebecDate(iso);
  if (!DATE.test(date)) throw new RangeError(`invalid date: ${iso}`);
  return date;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

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
    consent: consentFacts(s),
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

/** The consent as the view counts it (see ActivityRow.consent). */
export function consentFacts(s: Pick<EncounterSummary, "consentStatus" | "consentKind">): ActivityRow["consent"] {
  return {
    recorded: s.consentKind !== undefined || s.consentStatus !== "missing",
    complete: s.consentStatus !== "missing",
    status: s.consentStatus,
    ...(s.consentKind ? { kind: s.consentKind } : {}),
  };
}

/** The kind a recorded consent is counted under: its method, the emergency exception, or else its status. */
export function consentCountedKind(consent: ActivityRow["consent"]): string {
  return consent.kind ?? consent.status;
}

export type EvaluationState = "never" | "current" | "due";

/**
 * §11: recommended at least once a year; "due" (the next one's recommended date has passed) when the last evaluation
 * is more than a year old, or never happened.
 */
export function evaluationStatus(
  lastEvaluationDate: string | null | undefined,
  today: string,
): { state: EvaluationState; nextDue?: string } {
  if (!lastEvaluationDate) return { state: "never" };
  const nextDue = isoDate(DateTime.fromISO(lastEvaluationDate).plus({ years: 1 }));
  return { state: today > nextDue ? "due" : "current", nextDue };
}
