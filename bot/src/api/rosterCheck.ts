/**
 * People named in a team (pilots, learners, supervisors) are chosen from its roster: someone who is not a
 * staff member of the team cannot be given a role in it.
 */
import { ValidationError } from "../errors.js";
import type { TeamRepository } from "../storage/teamRepository.js";

/** The team's roster, one person at a time. */
export type Roster = Pick<TeamRepository, "member">;

const NOT_ON_ROSTER = {
  "fr-CA": "Cette personne n'est pas membre de l'équipe Teams : choisissez-la parmi les membres de l'équipe.",
  en: "This person is not a member of the Teams team: choose them among the team's members.",
};

export async function requireOnRoster(
  roster: Roster,
  tenantId: string,
  teamKey: string,
  people: { path: string; oid: string }[],
): Promise<void> {
  const found = await Promise.all(people.map((p) => roster.member(tenantId, teamKey, p.oid)));
  const missing = people.filter((_, i) => !found[i]);
  if (missing.length > 0)
    throw new ValidationError(
      missing.map((m) => ({ path: m.path, message: NOT_ON_ROSTER })),
      NOT_ON_ROSTER,
    );
}
