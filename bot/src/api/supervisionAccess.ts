/**
 * Who may see or change what in supervision (issue 4), decided here from storage — never from the request:
 * the tenant and the user come from the token; pilots from the team configuration; supervisors from the
 * learner's own row (its supervisors list). A learner sees only themselves.
 */
import { ForbiddenError, NotFoundError } from "../errors.js";
import type { Identity } from "../auth/tokenValidator.js";
import { isPilot } from "../domain/roles.js";
import { currentDesignation, isSupervisorOf, observationThreshold, type Learner } from "../domain/learners.js";
import { studentProgress, type StudentEncounter, type StudentProgress } from "../domain/supervision.js";
import type { Localized } from "../i18n/locale.js";
import type { Services } from "../services.js";
import { learnerPartition } from "../storage/encounterRepository.js";

export const PILOTS_ONLY: Localized = {
  "fr-CA": "Seuls les pilotes cliniques de l'équipe inscrivent les apprenants et règlent la supervision.",
  en: "Only the team's clinical pilots register learners and set supervision.",
};

export const SUPERVISORS_ONLY: Localized = {
  "fr-CA":
    "Seul un superviseur de cet apprenant peut le désigner compétent en télésanté ou retirer la désignation (MSSS, Orientations en télésanté, §9.4).",
  en: "Only one of this learner's supervisors can designate them competent for telehealth or withdraw it (MSSS telehealth guidance, §9.4).",
};

export const NOT_YOURS: Localized = {
  "fr-CA":
    "Vous pouvez consulter vos propres données et celles des apprenants que vous supervisez; les pilotes consultent l'équipe.",
  en: "You can see your own data and that of the learners you supervise; pilots see the team.",
};

export const LEARNER: Localized = { "fr-CA": "apprenant de cette équipe", en: "learner of this team" };

export async function isTeamPilot(services: Services, who: Identity, teamKey: string): Promise<boolean> {
  const stored = await services.teamConfigs.get(who.tenantId, teamKey);
  return stored ? isPilot(stored.pilots, who.userId) : false;
}

export async function requirePilot(services: Services, who: Identity, teamKey: string): Promise<void> {
  if (!(await isTeamPilot(services, who, teamKey))) throw new ForbiddenError(PILOTS_ONLY);
}

/**
 * A learner the caller may read: pilots read any (404 when absent); a supervisor reads their learners; a
 * learner reads themselves. Anyone else gets 403 whether or not the learner exists (no existence oracle).
 */
export async function readableLearner(
  services: Services,
  who: Identity,
  teamKey: string,
  learnerOid: string,
): Promise<{ learner: Learner; etag: string }> {
  const [pilot, stored] = await Promise.all([
    isTeamPilot(services, who, teamKey),
    services.learners.get(who.tenantId, teamKey, learnerOid),
  ]);
  if (pilot) {
    if (!stored) throw new NotFoundError(LEARNER);
    return stored;
  }
  if (stored && (stored.learner.oid === who.userId || isSupervisorOf(stored.learner, who.userId))) return stored;
  throw new ForbiddenError(NOT_YOURS);
}

/** §9.3: a student's parts in this team's encounters (their learner index partition; no scans). */
export async function studentHistory(
  services: Services,
  tenantId: string,
  teamKey: string,
  learnerOid: string,
  limit = 2000,
): Promise<StudentEncounter[]> {
  const rows = await services.encounters.readIndexRange(learnerPartition(tenantId, learnerOid), "", "\uffff", limit);
  return rows.flatMap((s) => {
    const part = s.teamKey === teamKey ? s.learners?.find((l) => l.learnerId === learnerOid) : undefined;
    return part ? [{ startedAt: s.startedAt, participation: part.participation }] : [];
  });
}

export interface LearnerView {
  oid: string;
  teamKey: string;
  role: Learner["role"];
  supervisors: string[];
  trainingSite: string;
  designation: { at: string; by: string } | null;
  designations: Learner["designations"];
  /** The threshold that applies (the learner's override, else the team's). */
  observationThreshold: number;
  observationThresholdOverride: number | null;
  registeredAt: string;
  registeredBy: string;
  etag: string;
  /** Students only (§9.3). */
  progress?: StudentProgress;
}

export async function learnerView(
  services: Services,
  tenantId: string,
  stored: { learner: Learner; etag: string },
  teamThreshold: number,
): Promise<LearnerView> {
  const l = stored.learner;
  const threshold = observationThreshold(l, teamThreshold);
  const current = currentDesignation(l);
  const progress =
    l.role === "medicalStudent"
      ? studentProgress(await studentHistory(services, tenantId, l.teamKey, l.oid), threshold)
      : undefined;
  return {
    oid: l.oid,
    teamKey: l.teamKey,
    role: l.role,
    supervisors: l.supervisors,
    trainingSite: l.trainingSite,
    designation: current ? { at: current.at, by: current.by } : null,
    designations: l.designations,
    observationThreshold: threshold,
    observationThresholdOverride: l.observationThreshold ?? null,
    registeredAt: l.registeredAt,
    registeredBy: l.registeredBy,
    etag: stored.etag,
    ...(progress ? { progress } : {}),
  };
}
