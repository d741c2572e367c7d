/**
 * Supervision rules of seed 003 §9, pure:
 * - §9.4 a resident or fellow uses telehealth once designated competent by their supervisor; the
 *   supervisor designates (with the date) and may withdraw the designation.
 * - §9.3 a medical student takes part only from a training site, under close supervision, and observes
 *   « quelques téléconsultations » of their supervisor before being observed in turn.
 * A learner's part in an encounter is one of: observed (watched the supervisor), wasObserved (did it,
 * watched by the supervisor), led. The flags say which encounters a supervisor should look at.
 */
import type { Locale, Localized } from "../i18n/locale.js";
import {
  designatedAt,
  isSupervisorOf,
  MAX_DESIGNATIONS,
  needsDesignation,
  type Learner,
  type LearnerRole,
} from "./learners.js";

export const PARTICIPATIONS = ["observed", "wasObserved", "led"] as const;
export type Participation = (typeof PARTICIPATIONS)[number];

export const PARTICIPATION_LABELS: Record<Participation, Localized> = {
  observed: { "fr-CA": "A observé", en: "Observed" },
  wasObserved: { "fr-CA": "A mené sous observation", en: "Led under observation" },
  led: { "fr-CA": "A mené", en: "Led" },
};

/** A learner's part mid-sentence, after a comma: « a mené sous observation » / "led under observation". */
export function participationMidSentence(participation: Participation, locale: Locale): string {
  return PARTICIPATION_LABELS[participation][locale].toLowerCase();
}

/** A learner's part in one encounter, as recorded by a clinician of the encounter or a supervisor. */
export interface LearnerParticipation {
  learnerId: string;
  /** The learner's role when it was recorded (a student may later become a resident). */
  role: LearnerRole;
  participation: Participation;
  /** §9.3: the student confirmed they took part from their training site (unknown when not asked). */
  atTrainingSite?: boolean;
  recordedBy: string;
  recordedAt: string;
}

/** Keeps encounter rows small: a handful of learners per encounter at most. */
export const MAX_LEARNERS_PER_ENCOUNTER = 10;

export type DesignationChange =
  { ok: true; learner: Learner; changed: boolean } | { ok: false; reason: "notSupervisor" | "notApplicable" };

/** §9.4: only one of the learner's supervisors designates, and only a resident or a fellow. Already designated: unchanged. */
export function designate(learner: Learner, by: string, at: string): DesignationChange {
  if (!isSupervisorOf(learner, by)) return { ok: false, reason: "notSupervisor" };
  if (!needsDesignation(learner.role)) return { ok: false, reason: "notApplicable" };
  const last = learner.designations[learner.designations.length - 1];
  if (last && !last.withdrawnAt) return { ok: true, learner, changed: false };
  const designations = [...learner.designations, { at, by }].slice(-MAX_DESIGNATIONS);
  return { ok: true, learner: { ...learner, designations }, changed: true };
}

/** §9.4: a supervisor withdraws the current designation; nothing to withdraw: unchanged. */
export function withdrawDesignation(learner: Learner, by: string, at: string): DesignationChange {
  if (!isSupervisorOf(learner, by)) return { ok: false, reason: "notSupervisor" };
  const last = learner.designations[learner.designations.length - 1];
  if (!last || last.withdrawnAt) return { ok: true, learner, changed: false };
  const designations = [...learner.designations.slice(0, -1), { ...last, withdrawnAt: at, withdrawnBy: by }];
  return { ok: true, learner: { ...learner, designations }, changed: true };
}

/** Records (or replaces) one learner's part; the same part recorded again returns the same list. */
export function setParticipation(
  list: readonly LearnerParticipation[],
  p: LearnerParticipation,
): LearnerParticipation[] | "tooMany" {
  const existing = list.find((x) => x.learnerId === p.learnerId);
  if (
    existing &&
    existing.participation === p.participation &&
    existing.atTrainingSite === p.atTrainingSite &&
    existing.role === p.role
  ) {
    return list as LearnerParticipation[];
  }
  if (!existing && list.length >= MAX_LEARNERS_PER_ENCOUNTER) return "tooMany";
  return existing ? list.map((x) => (x.learnerId === p.learnerId ? p : x)) : [...list, p];
}

export function removeParticipation(list: readonly LearnerParticipation[], learnerId: string): LearnerParticipation[] {
  return list.some((x) => x.learnerId === learnerId)
    ? list.filter((x) => x.learnerId !== learnerId)
    : (list as LearnerParticipation[]);
}

/** A student's encounters, any order; only their part and start time matter. */
export interface StudentEncounter {
  startedAt: string;
  participation: Participation;
}

export interface StudentProgress {
  /** "observed" encounters before the first time the student was observed or led (all of them if never). */
  observationsBeforeFirstObserved: number;
  firstObservedAt?: string;
  threshold: number;
  /** The student has observed at least `threshold` encounters before being observed (or is still observing). */
  thresholdMet: boolean;
  /** The student was observed (or led) before observing `threshold` encounters. */
  observedTooEarly: boolean;
}

/** §9.3, for the learners list: observations done before the first time observed, against the threshold. */
export function studentProgress(history: readonly StudentEncounter[], threshold: number): StudentProgress {
  const sorted = [...history].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  const firstIndex = sorted.findIndex((h) => h.participation !== "observed");
  const before = firstIndex === -1 ? sorted : sorted.slice(0, firstIndex);
  const observations = before.filter((h) => h.participation === "observed").length;
  const first = firstIndex === -1 ? undefined : sorted[firstIndex];
  return {
    observationsBeforeFirstObserved: observations,
    ...(first ? { firstObservedAt: first.startedAt } : {}),
    threshold,
    thresholdMet: observations >= threshold,
    observedTooEarly: first !== undefined && observations < threshold,
  };
}

/** How many encounters the student observed strictly before `startedAt`. */
export function observationsBefore(history: readonly StudentEncounter[], startedAt: string): number {
  const t = Date.parse(startedAt);
  return history.filter((h) => h.participation === "observed" && Date.parse(h.startedAt) < t).length;
}

export const SUPERVISION_FLAGS = [
  "studentLed",
  "studentObservedTooEarly",
  "studentNotAtTrainingSite",
  "residentNotDesignated",
  "studentSiteNotStated",
] as const;
export type SupervisionFlag = (typeof SUPERVISION_FLAGS)[number];

export const SUPERVISION_FLAG_LABELS: Record<SupervisionFlag, Localized & { source: string }> = {
  studentLed: {
    "fr-CA": "Téléconsultation menée par un étudiant en médecine (supervision étroite requise)",
    en: "Teleconsultation led by a medical student (close supervision required)",
    source: "003 §9.3",
  },
  studentObservedTooEarly: {
    "fr-CA": "Mise en observation avant le nombre requis de téléconsultations observées",
    en: "Observed before observing the required number of teleconsultations",
    source: "003 §9.3",
  },
  studentNotAtTrainingSite: {
    "fr-CA": "Étudiant hors de son milieu de formation",
    en: "Student not at their training site",
    source: "003 §9.3",
  },
  // §9.3 holds for every part a student takes, observing too: unanswered, the encounter is one to check.
  studentSiteNotStated: {
    "fr-CA":
      "Milieu de formation non précisé : l'étudiant en médecine ne peut participer à la télémédecine qu'à partir d'un milieu de formation",
    en: "Training site not stated: a medical student may take part in telemedicine only from a training site",
    source: "003 §9.3",
  },
  residentNotDesignated: {
    "fr-CA": "Menée sans la désignation de compétence en télésanté requise des résidents et moniteurs",
    en: "Led without the telehealth designation residents and fellows need",
    source: "003 §9.4",
  },
};

export interface FlagContext {
  startedAt: string;
  /** The registered learner, for §9.4 designations (absent: no designation known). */
  learner?: Pick<Learner, "designations">;
  /** For students: how many encounters they observed before this one. */
  observationsBefore: number;
  threshold: number;
}

/** The flags one learner's part raises on an encounter. */
/** §9.3: a medical student's part whose training site nobody stated (the rule holds for students only). */
export function siteNotStated(p: Pick<LearnerParticipation, "role" | "atTrainingSite">): boolean {
  return p.role === "medicalStudent" && p.atTrainingSite === undefined;
}

export function participationFlags(
  p: Pick<LearnerParticipation, "role" | "participation" | "atTrainingSite">,
  ctx: FlagContext,
): SupervisionFlag[] {
  const flags: SupervisionFlag[] = [];
  if (p.role === "medicalStudent") {
    if (p.participation === "led") flags.push("studentLed");
    if (p.participation !== "observed" && conditionRaises("observations", ctx)) flags.push("studentObservedTooEarly");
    if (p.atTrainingSite === false) flags.push("studentNotAtTrainingSite");
    if (siteNotStated(p)) flags.push("studentSiteNotStated");
  } else if (needsDesignation(p.role) && p.participation === "led") {
    if (conditionRaises("designation", ctx)) flags.push("residentNotDesignated");
  }
  return flags;
}

/**
 * What a part's flags hang on, known from the part alone: it raises none, raises one whatever the context, or
 * raises one unless the resident was designated at the time (§9.4) / the student had observed enough (§9.3).
 */
export type FlagCondition = "none" | "certain" | "designation" | "observations";

export function flagCondition(
  p: Pick<LearnerParticipation, "role" | "participation" | "atTrainingSite">,
): FlagCondition {
  if (p.role === "medicalStudent") {
    if (p.participation === "led" || p.atTrainingSite !== true) return "certain";
    return p.participation === "observed" ? "none" : "observations";
  }
  return needsDesignation(p.role) && p.participation === "led" ? "designation" : "none";
}

/** §9.4: not designated competent at the time; §9.3: observed (or led) before observing `threshold` encounters. */
export function conditionRaises(condition: "designation" | "observations", ctx: FlagContext): boolean {
  return condition === "designation"
    ? !ctx.learner || !designatedAt(ctx.learner, ctx.startedAt)
    : ctx.observationsBefore < ctx.threshold;
}
