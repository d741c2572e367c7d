import type { TeamRef } from "../../api/types.js";

/** A team's name from the answer's list (undefined: the encounter has no team, or its team is gone). */
export function teamNameOf(teams: readonly TeamRef[], groupId: string | undefined): string | undefined {
  return groupId === undefined ? undefined : teams.find((t) => t.groupId === groupId)?.name;
}
