/**
 * Who may see and change which learners (seed 003 §9), pure. The caller's facts come from the token and
 * storage, never from the request: the user from the token, pilots from the team configuration, supervisors
 * from the learner's own row. Ids sent in a request only ever narrow what the caller is allowed.
 * - Pilots coordinate (003 §11): they register learners, set the §9.3 threshold and read every learner.
 * - A supervisor reads the learners they supervise (§9.3 close supervision, §9.4 designation).
 * - A learner reads themselves.
 * Anyone else is refused whether or not the learner exists (no existence oracle).
 */
import type { Localized } from "../i18n/locale.js";
import { isSupervisorOf, type Learner } from "./learners.js";

/** The caller, as the rules see them: who they are and whether they are a pilot of the team. */
export interface Viewer {
  userId: string;
  pilot: boolean;
}

export type Denial = "pilotsOnly" | "teamActivityPilotsOnly" | "notYours" | "learnerNotFound";
export type Access<T = true> = { ok: true; value: T } | { ok: false; reason: Denial };

const allow = <T>(value: T): Access<T> => ({ ok: true, value });
const deny = <T = never>(reason: Denial): Access<T> => ({ ok: false, reason });

export const PILOTS_ONLY: Localized = {
  "fr-CA": "Seuls les pilotes cliniques de l'équipe inscrivent les apprenants et règlent la supervision.",
  en: "Only the team's clinical pilots register learners and set supervision.",
};

export const TEAM_ACTIVITY_PILOTS_ONLY: Localized = {
  "fr-CA":
    "Seuls les pilotes cliniques de l'équipe voient l'activité de toute l'équipe ou d'un clinicien ou d'une clinicienne; vous voyez vos propres rencontres et celles des apprenants que vous supervisez.",
  en: "Only the team's clinical pilots see the whole team's activity or a clinician's; you see your own encounters and those of the learners you supervise.",
};

export const SUPERVISORS_ONLY: Localized = {
  "fr-CA":
    "Seule une personne qui supervise cet apprenant ou cette apprenante peut attester sa compétence en télésanté ou retirer cette désignation (Orientations MSSS §9.4).",
  en: "Only one of this learner's supervisors can designate them competent for telehealth or withdraw it (MSSS guidelines §9.4).",
};

export const NOT_YOURS: Localized = {
  "fr-CA":
    "Vous pouvez consulter vos propres données et celles des apprenants que vous supervisez; les pilotes consultent l'équipe.",
  en: "You can see your own data and that of the learners you supervise; pilots see the team.",
};

export const LEARNER: Localized = { "fr-CA": "apprenant de cette équipe", en: "learner of this team" };

/** 003 §11: only pilots register, change and remove learners, and set the team's §9.3 threshold. */
export function managesLearners(viewer: Viewer): Access {
  return viewer.pilot ? allow(true) : deny("pilotsOnly");
}

/**
 * One learner the caller may read: a pilot reads any (absent: not found); a supervisor reads their
 * learners; a learner reads themselves; anyone else is refused, the learner existing or not.
 */
export function readableLearner<L extends Pick<Learner, "oid" | "supervisors">>(
  viewer: Viewer,
  learner: L | undefined,
): Access<L> {
  if (viewer.pilot) return learner ? allow(learner) : deny("learnerNotFound");
  if (learner && (learner.oid === viewer.userId || isSupervisorOf(learner, viewer.userId))) return allow(learner);
  return deny("notYours");
}

/** How a learners list is read: pilots page through the whole team; others get their own list. */
export type LearnerListSource = { by: "team" } | { by: "own" };

export function learnerListSource(viewer: Viewer): LearnerListSource {
  return viewer.pilot ? { by: "team" } : { by: "own" };
}

/**
 * A non-pilot's own list: themselves first (a learner), then the learners they supervise; nobody to show
 * means they have no business with the team's learners.
 */
export function ownLearners<T>(
  viewer: Viewer,
  self: T | undefined,
  supervised: readonly T[],
  oidOf: (item: T) => string,
): Access<T[]> {
  if (supervised.length === 0 && !self) return deny("notYours");
  return allow([...(self ? [self] : []), ...supervised.filter((l) => oidOf(l) !== viewer.userId)]);
}

/** The team history's entries about learners: who learns, who supervises them, their designations (§9.3, §9.4). */
const LEARNER_HISTORY = /^(?:learner|designation)\./;

/**
 * The team's history shows its learner entries to the team's pilots only, as the team's learner list: a member who
 * may not read those learners (a student, a colleague) sees the configuration's changes without them.
 */
export function seesHistoryEntry(viewer: Viewer, action: string): boolean {
  return viewer.pilot || !LEARNER_HISTORY.test(action);
}

/** What is known about the caller and an encounter when someone records a learner's part on it. */
export interface EncounterRoleFacts {
  /** The caller is a clinician recorded on the encounter. */
  recordedClinician: boolean;
  /** The caller is on the roster of the encounter's team: a pilot's or supervisor's say lasts while they are. */
  onRoster: boolean;
  pilot: boolean;
}

/**
 * §9.3, §9.4: a learner's part is recorded by a clinician of the encounter, a pilot of its team or a
 * supervisor of that learner (the last two while on the team's roster).
 */
export function mayRecordParticipation(
  facts: EncounterRoleFacts,
  learner: Pick<Learner, "supervisors"> | undefined,
  userId: string,
): boolean {
  if (facts.recordedClinician) return true;
  if (!facts.onRoster) return false;
  return facts.pilot || (learner !== undefined && isSupervisorOf(learner, userId));
}

/** §2.3 new patient: recorded by a clinician of the encounter, or a pilot of its team who is on its roster. */
export function mayRecordNewPatient(facts: EncounterRoleFacts): boolean {
  return facts.recordedClinician || (facts.pilot && facts.onRoster);
}
