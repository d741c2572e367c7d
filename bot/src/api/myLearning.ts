/**
 * A learner's side of « Mes rencontres » (seed 003 §9.3, §9.4): their own parts, read from their learner
 * index partition (one bounded read), and where they stand in each of their teams that registered them.
 */
import type { Identity } from "../auth/tokenValidator.js";
import { learnerStanding, ownParts, type LearnerStanding, type OwnPart } from "../domain/myEncounters.js";
import { studentEncounters } from "../domain/supervisionActivity.js";
import type { LearnerRepository } from "../storage/learnerRepository.js";
import type { TeamRecord } from "../storage/teamRepository.js";
import type { EncounterHistory } from "./learnerViews.js";

export interface LearningPorts {
  encounters: EncounterHistory;
  learners: Pick<LearnerRepository, "get" | "settings">;
}

/** A learner's whole history is small; this bounds the one read of it (as the learners list does). */
const MAX_HISTORY = 2000;

export async function myLearning(
  ports: LearningPorts,
  who: Identity,
  teams: readonly TeamRecord[],
  since: string,
): Promise<{ parts: OwnPart[]; standings: LearnerStanding[] }> {
  const source = { by: "learner", oid: who.userId } as const;
  const [history, registrations] = await Promise.all([
    ports.encounters.readSource(who.tenantId, source, MAX_HISTORY),
    Promise.all(teams.map((t) => ports.learners.get(who.tenantId, t.groupId, who.userId))),
  ]);
  const registered = registrations.flatMap((stored) => (stored ? [stored.learner] : []));
  const standings = await Promise.all(
    registered.map(async (learner) => {
      const { observationThreshold } = await ports.learners.settings(who.tenantId, learner.teamKey);
      return learnerStanding(learner, studentEncounters(history, learner.teamKey, who.userId), observationThreshold);
    }),
  );
  return { parts: ownParts(history, who.userId, since), standings };
}
