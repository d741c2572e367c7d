/**
 * A clinician of an encounter attaches it to one of their own teams (card, side panel or tab: one
 * implementation for every door). The team must be one where the clinician is on the roster; the choice
 * is remembered as their team for their next encounters. Who counts as a clinician of the encounter is
 * the caller's to check (the bot asks Teams for the organiser; the API reads the record).
 */
import { addClinician, setEncounterTeam, type Encounter } from "../domain/encounter.js";
import { canChooseTeam, normalizeGroupId } from "../domain/teams.js";
import { NotFoundError } from "../errors.js";
import type { EncounterRepository, StoredEncounter } from "../storage/encounterRepository.js";
import type { TeamRepository } from "../storage/teamRepository.js";
import type { Logger } from "../logger.js";
import type { SharedCards } from "./sharedCardRefresh.js";

export interface TeamChangeDeps {
  teams: Pick<TeamRepository, "teamsOf" | "setPreferredTeam">;
  encounters: Pick<EncounterRepository, "update">;
  now: () => Date;
}

export type TeamChange =
  | { kind: "changed" | "unchanged"; encounter: Encounter; /** Its stored version. */ version: number }
  | { kind: "notYourTeam" };

export async function moveEncounterToTeam(
  services: TeamChangeDeps,
  stored: StoredEncounter,
  teamKey: string,
  actor: { objectId: string; teamsUserId?: string },
): Promise<TeamChange> {
  const { tenantId, id } = stored.encounter;
  const chooser = actor.objectId.toLowerCase();
  const groupId = normalizeGroupId(teamKey);
  const mine = (await services.teams.teamsOf(tenantId, chooser)).map((t) => t.groupId);
  if (!groupId || !canChooseTeam(mine, groupId)) return { kind: "notYourTeam" };
  const result = await services.encounters.update(
    tenantId,
    id,
    (e) => {
      const next = setEncounterTeam(e, groupId, "chosen");
      return next === e ? e : addClinician(next, chooser, actor.teamsUserId);
    },
    stored,
  );
  if (!result) throw new NotFoundError({ "fr-CA": "rencontre", en: "encounter" });
  await services.teams.setPreferredTeam(tenantId, chooser, groupId, services.now().toISOString());
  return { kind: result.changed ? "changed" : "unchanged", encounter: result.encounter, version: result.version };
}

/**
 * The tab's door (side panel, configuration page): the meeting chat's team and contingency cards show the team, so
 * a change made there queues their update as a change from the card does; a refresh that could not be queued is
 * logged, the change stands.
 */
export async function moveEncounterFromTab(
  services: TeamChangeDeps & { sharedCards: SharedCards; logger: Logger },
  stored: StoredEncounter,
  teamKey: string,
  actor: { objectId: string; teamsUserId?: string },
): Promise<TeamChange> {
  const change = await moveEncounterToTeam(services, stored, teamKey, actor);
  if (change.kind === "changed")
    await services.sharedCards
      .refresh(change.encounter, change.version, ["team", "contingency"])
      .catch((error: unknown) =>
        services.logger.error(
          { err: (error as Error).message, encounterId: change.encounter.id },
          "card refresh not queued",
        ),
      );
  return change;
}
