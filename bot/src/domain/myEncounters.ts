/**
 * « Mes rencontres », the personal tab, pure: what a person still owes and what they took part in, read from
 * their own encounters (seed 003):
 * - §1.1, §8.8: a note open or overdue, by the deadline of its obligation (24 h at the latest);
 * - §2.3: a new patient's in-person follow-up, due or past due;
 * - §9.3, §9.4: a learner's own parts (observed, was observed, led), their observations and designation.
 */
import { followUpFacts } from "./activityStats.js";
import type { EncounterSummary } from "./encounter.js";
import { currentDesignation, needsDesignation, observationThreshold, type Learner } from "./learners.js";
import type { ObligationStatus } from "./noteObligation.js";
import { studentProgress, type StudentEncounter } from "./supervision.js";
import type { LearnerPart } from "./supervisionActivity.js";

/** §2.3: the longest follow-up is 3 months after the visit; a month more keeps a missed one in view. */
export const MY_ENCOUNTERS_DAYS = 120;
/** Each list shows at most this many (the most urgent, or the newest). */
export const MAX_LISTED = 50;

/**
 * The encounters whose note the index says is still owed, newest first and at most MAX_LISTED: only these have
 * their obligation read (a note owed for weeks is as late as one owed for days; this week's are never cut).
 */
export function notesStillOwed(summaries: readonly EncounterSummary[]): EncounterSummary[] {
  return summaries
    .filter((s) => s.status === "closed" && (s.noteStatus === "due" || s.noteStatus === "overdue"))
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt))
    .slice(0, MAX_LISTED);
}

export interface NoteOwed {
  encounterId: string;
  startedAt: string;
  endedAt: string;
  deadline: string;
  state: "open" | "overdue";
  teamKey?: string;
}

/** The obligation as far as this list needs it. */
export interface ObligationFacts {
  status: ObligationStatus;
  clinicianId: string;
  endedAt: string;
  deadline: string;
}

/** §1.1, §8.8: a note is on the list while open or overdue, and only for the clinician who owes it. */
export function noteOwed(s: EncounterSummary, o: ObligationFacts, userId: string): NoteOwed | undefined {
  if (o.clinicianId !== userId || (o.status !== "open" && o.status !== "overdue")) return undefined;
  return {
    encounterId: s.encounterId,
    startedAt: s.startedAt,
    endedAt: o.endedAt,
    deadline: o.deadline,
    state: o.status,
    ...(s.teamKey ? { teamKey: s.teamKey } : {}),
  };
}

/** The most urgent first: the earliest deadline (an overdue note is past its own). */
export function byDeadline<T extends NoteOwed>(notes: readonly T[]): T[] {
  return [...notes].sort((a, b) => Date.parse(a.deadline) - Date.parse(b.deadline));
}

export interface FollowUpDue {
  encounterId: string;
  startedAt: string;
  dueDate: string;
  pastDue: boolean;
  offeredOn?: string;
  teamKey?: string;
}

/**
 * §2.3: each new patient's in-person follow-up, those still to offer first, the earliest due first (`today` in
 * Québec, yyyy-mm-dd); those recorded as offered stay listed, so that a mistaken record can be undone.
 */
export function followUpsDue(summaries: readonly EncounterSummary[], today: string): FollowUpDue[] {
  return summaries
    .flatMap((s) => {
      const f = followUpFacts(s, today);
      if (!f) return [];
      const team = s.teamKey ? { teamKey: s.teamKey } : {};
      return [{ encounterId: s.encounterId, startedAt: s.startedAt, ...f, ...team }];
    })
    .sort(
      (a, b) =>
        Number(a.offeredOn !== undefined) - Number(b.offeredOn !== undefined) || a.dueDate.localeCompare(b.dueDate),
    )
    .slice(0, MAX_LISTED);
}

export interface OwnPart extends Omit<LearnerPart, "learnerId"> {
  encounterId: string;
  startedAt: string;
  teamKey?: string;
  /** Who led the encounter (its organiser). */
  clinicianId?: string;
}

/** §9.3, §9.4: the learner's own part in each encounter since `since`, newest first; other learners' parts are theirs. */
export function ownParts(summaries: readonly EncounterSummary[], learnerId: string, since: string): OwnPart[] {
  return summaries
    .filter((s) => s.startedAt >= since)
    .flatMap((s) => {
      const part = s.learners?.find((p) => p.learnerId === learnerId);
      if (!part) return [];
      const { learnerId: _self, ...own } = part;
      const where = {
        ...(s.teamKey ? { teamKey: s.teamKey } : {}),
        ...(s.clinicianId ? { clinicianId: s.clinicianId } : {}),
      };
      return [{ encounterId: s.encounterId, startedAt: s.startedAt, ...own, ...where }];
    })
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt))
    .slice(0, MAX_LISTED);
}

export interface LearnerStanding {
  teamKey: string;
  role: Learner["role"];
  /** Encounters of this team the learner observed (§9.3). */
  observations: number;
  /** Students: the observations needed before being observed, and whether they were done first (§9.3). */
  threshold?: number;
  thresholdMet?: boolean;
  /** Residents and fellows: since when designated competent for telehealth; absent while not designated (§9.4). */
  designatedSince?: string;
}

/** Where a learner stands in one team: their observations, and the §9.3 threshold or the §9.4 designation. */
export function learnerStanding(
  learner: Learner,
  history: readonly StudentEncounter[],
  teamThreshold: number,
): LearnerStanding {
  const observations = history.filter((h) => h.participation === "observed").length;
  const base = { teamKey: learner.teamKey, role: learner.role, observations };
  if (learner.role === "medicalStudent") {
    const progress = studentProgress(history, observationThreshold(learner, teamThreshold));
    return { ...base, threshold: progress.threshold, thresholdMet: progress.thresholdMet };
  }
  const designation = needsDesignation(learner.role) ? currentDesignation(learner) : undefined;
  return designation ? { ...base, designatedSince: designation.at } : base;
}
