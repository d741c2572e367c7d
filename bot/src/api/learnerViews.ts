/**
 * A learner as the API shows it (contract LearnerView): the current §9.4 designation, the threshold that
 * applies, and for students their §9.3 progress, read from their encounters.
 */
import type { LearnerView } from "../contract/index.js";
import { currentDesignation, observationThreshold } from "../domain/learners.js";
import { studentProgress, type StudentEncounter } from "../domain/supervision.js";
import { studentEncounters } from "../domain/supervisionActivity.js";
import type { EncounterRepository } from "../storage/encounterRepository.js";
import type { StoredLearner } from "../storage/learnerRepository.js";

/** A learner's encounters (EncounterRepository.readSource). */
export type EncounterHistory = Pick<EncounterRepository, "readSource">;

/** §9.3: a student's parts in this team's encounters (their learner index; no scans). */
export async function studentHistory(
  encounters: EncounterHistory,
  tenantId: string,
  teamKey: string,
  learnerOid: string,
  limit = 2000,
): Promise<StudentEncounter[]> {
  const rows = await encounters.readSource(tenantId, { by: "learner", oid: learnerOid }, limit);
  return studentEncounters(rows, teamKey, learnerOid);
}

export async function learnerView(
  encounters: EncounterHistory,
  tenantId: string,
  stored: StoredLearner,
  teamThreshold: number,
): Promise<LearnerView> {
  const l = stored.learner;
  const threshold = observationThreshold(l, teamThreshold);
  const current = currentDesignation(l);
  const progress =
    l.role === "medicalStudent"
      ? studentProgress(await studentHistory(encounters, tenantId, l.teamKey, l.oid), threshold)
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

/** Everyone a learner view mentions, for their names. */
export const mentioned = (views: LearnerView[]) =>
  views.flatMap((v) => [
    v.oid,
    v.registeredBy,
    ...v.supervisors,
    ...v.designations.flatMap((d) => [d.by, d.withdrawnBy]),
  ]);
