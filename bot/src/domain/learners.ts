/**
 * Learners of a team (seed 003 §9): medical students (§9.3), residents and fellows (§9.4), interns of
 * other professions (§9.5). A pilot registers them with their supervisors (one or several Entra users) and
 * the training site they work from (a site's name, never a patient's). Residents and fellows carry the
 * history of their supervisors' designations (§9.4: competent for telehealth, given on a date, withdrawable).
 * Pure: validation and transitions; each transition returns the same object when nothing changes.
 */
import { z } from "zod";
import type { FieldIssue } from "../errors.js";
import type { Localized } from "../i18n/locale.js";
import { fieldIssues } from "./zodIssues.js";
import { freeTextSchema } from "./freeText.js";
import { FREE_TEXT_FIELDS } from "./freeTextFields.js";

export const LEARNER_ROLES = ["medicalStudent", "resident", "fellow", "otherIntern"] as const;
export type LearnerRole = (typeof LEARNER_ROLES)[number];

export const LEARNER_ROLE_LABELS: Record<LearnerRole, Localized> = {
  medicalStudent: { "fr-CA": "Étudiant ou étudiante en médecine", en: "Medical student" },
  resident: { "fr-CA": "Résident ou résidente", en: "Resident" },
  fellow: { "fr-CA": "Moniteur ou monitrice", en: "Fellow" },
  otherIntern: { "fr-CA": "Stagiaire d'une autre profession", en: "Other-profession intern" },
};

/** 003 §9.3: a student observes « quelques téléconsultations » before being observed; teams may set their own number. */
export const DEFAULT_OBSERVATION_THRESHOLD = 3;
export const MAX_OBSERVATION_THRESHOLD = 20;
export const MAX_SUPERVISORS = 10;
/** Bounded so the row stays small; the oldest entries drop off first (the audit trail keeps them all). */
export const MAX_DESIGNATIONS = 20;
export const MAX_SITE_CHARS = FREE_TEXT_FIELDS.trainingSite.max;

export interface Designation {
  at: string;
  by: string;
  withdrawnAt?: string;
  withdrawnBy?: string;
}

export interface Learner {
  teamKey: string;
  /** Entra object id of the learner. */
  oid: string;
  role: LearnerRole;
  /** Entra object ids of the supervisors (patrons); at least one. */
  supervisors: string[];
  /** Name of the training site (§9.3: students take part only from a training site). */
  trainingSite: string;
  /** §9.4 designations, oldest first; the current one is the last, unless withdrawn. Residents and fellows only. */
  designations: Designation[];
  /** Overrides the team's §9.3 threshold for this student. */
  observationThreshold?: number;
  registeredAt: string;
  registeredBy: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const msg = (fr: string, en: string) => ({ params: { message: { "fr-CA": fr, en } } });

export const oidSchema = z
  .string()
  .transform((v) => v.trim().toLowerCase())
  .refine((v) => GUID.test(v), msg("Identifiant Entra (GUID) attendu.", "Expected an Entra object id (GUID)."));

export const thresholdSchema = z.number().int().min(1).max(MAX_OBSERVATION_THRESHOLD);

/** §9.3: the site's name, trimmed; one line, no e-mail address, nothing like a patient identifier (freeText.ts). */
const site = z
  .string()
  .transform((v) => v.trim())
  .pipe(freeTextSchema(FREE_TEXT_FIELDS.trainingSite));

/** What a pilot sends to register or update a learner (the oid comes from the URL on update). */
export const learnerInputSchema = z.strictObject({
  oid: oidSchema,
  role: z.enum(LEARNER_ROLES),
  supervisors: z.array(oidSchema).min(1).max(MAX_SUPERVISORS),
  trainingSite: site,
  observationThreshold: thresholdSchema.nullable().optional(),
});
export type LearnerInput = z.input<typeof learnerInputSchema>;
export type CheckedLearnerInput = z.output<typeof learnerInputSchema>;

const SELF_SUPERVISION: Localized = {
  "fr-CA": "Un apprenant ne peut pas être son propre superviseur.",
  en: "A learner cannot be their own supervisor.",
};

export function validateLearnerInput(
  input: unknown,
): { ok: true; value: CheckedLearnerInput } | { ok: false; issues: FieldIssue[] } {
  const parsed = learnerInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: fieldIssues(parsed.error) };
  const value = { ...parsed.data, supervisors: [...new Set(parsed.data.supervisors)] };
  if (value.supervisors.includes(value.oid))
    return { ok: false, issues: [{ path: "supervisors", message: SELF_SUPERVISION }] };
  return { ok: true, value };
}

export function registerLearner(teamKey: string, input: CheckedLearnerInput, by: string, at: string): Learner {
  return {
    teamKey,
    oid: input.oid,
    role: input.role,
    supervisors: input.supervisors,
    trainingSite: input.trainingSite,
    designations: [],
    ...(input.observationThreshold ? { observationThreshold: input.observationThreshold } : {}),
    registeredAt: at,
    registeredBy: by,
  };
}

/** A pilot's update: role, supervisors, site, threshold. Designations stay as history (they only count for residents and fellows). */
export function updateLearner(learner: Learner, input: CheckedLearnerInput): Learner {
  const next: Learner = {
    ...learner,
    role: input.role,
    supervisors: input.supervisors,
    trainingSite: input.trainingSite,
  };
  if (input.observationThreshold) next.observationThreshold = input.observationThreshold;
  else delete next.observationThreshold;
  return JSON.stringify(next) === JSON.stringify(learner) ? learner : next;
}

export function isSupervisorOf(learner: Pick<Learner, "supervisors">, oid: string): boolean {
  return learner.supervisors.includes(oid);
}

/** §9.4 concerns residents and fellows. */
export function needsDesignation(role: LearnerRole): boolean {
  return role === "resident" || role === "fellow";
}

export function currentDesignation(learner: Pick<Learner, "designations">): Designation | undefined {
  const last = learner.designations[learner.designations.length - 1];
  return last && !last.withdrawnAt ? last : undefined;
}

/** Whether the learner was designated competent at that instant (given at or before, not yet withdrawn). */
export function designatedAt(learner: Pick<Learner, "designations">, at: string): boolean {
  const t = Date.parse(at);
  return learner.designations.some((d) => Date.parse(d.at) <= t && (!d.withdrawnAt || Date.parse(d.withdrawnAt) > t));
}

export function observationThreshold(
  learner: Pick<Learner, "observationThreshold">,
  teamThreshold: number = DEFAULT_OBSERVATION_THRESHOLD,
): number {
  return learner.observationThreshold ?? teamThreshold;
}
