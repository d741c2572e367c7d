/**
 * The caller as the domain's access rules see them (domain/supervisionAccess.ts), read from storage — never
 * from the request: the user from the token, pilots from the team configuration. And the rules' refusals as
 * the API's named errors.
 */
import { ForbiddenError, NotFoundError, type BalisesError } from "../errors.js";
import type { Identity } from "../auth/tokenValidator.js";
import { isPilot } from "../domain/roles.js";
import {
  LEARNER,
  NOT_YOURS,
  PILOTS_ONLY,
  TEAM_ACTIVITY_PILOTS_ONLY,
  readableLearner,
  type Access,
  type Denial,
  type Viewer,
} from "../domain/supervisionAccess.js";
import type { StoredLearner } from "../storage/learnerRepository.js";
import type { TeamConfigRepository } from "../storage/teamConfigRepository.js";

/** Where a team's pilots are listed (its configuration). */
export type PilotList = Pick<TeamConfigRepository, "get">;

export async function isTeamPilot(pilots: PilotList, who: Identity, teamKey: string): Promise<boolean> {
  const stored = await pilots.get(who.tenantId, teamKey);
  return stored ? isPilot(stored.pilots, who.userId) : false;
}

export async function viewerIn(pilots: PilotList, who: Identity, teamKey: string): Promise<Viewer> {
  return { userId: who.userId, pilot: await isTeamPilot(pilots, who, teamKey) };
}

export function denialError(reason: Denial): BalisesError {
  switch (reason) {
    case "pilotsOnly":
      return new ForbiddenError(PILOTS_ONLY);
    case "teamActivityPilotsOnly":
      return new ForbiddenError(TEAM_ACTIVITY_PILOTS_ONLY);
    case "notYours":
      return new ForbiddenError(NOT_YOURS);
    case "learnerNotFound":
      return new NotFoundError(LEARNER);
  }
}

/** What the rule allows, or its refusal thrown as a named error. */
export function granted<T>(access: Access<T>): T {
  if (!access.ok) throw denialError(access.reason);
  return access.value;
}

/** The stored learner the caller may read (§9), or 403/404 as the rule says. */
export function readableStored(viewer: Viewer, stored: StoredLearner | undefined): StoredLearner {
  granted(readableLearner(viewer, stored?.learner));
  // An absent learner is never readable: the rule above has refused it already.
  if (!stored) throw denialError("learnerNotFound");
  return stored;
}
