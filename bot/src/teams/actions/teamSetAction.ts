import { z } from "zod";
import { moveEncounterToTeam } from "../../encounters/encounterTeamChange.js";
import { defineAction } from "./cardAction.js";
import { encounterIdField, loadEncounterForAction, type SharedCardChangePorts } from "./encounterActionFlow.js";
import { cardResponse } from "./invokeResponses.js";
import { teamChooserResponse, teamSharedCard } from "./teamViews.js";
import { refreshSharedCards } from "../meeting/encounterCards.js";

const schema = z.object({ encounterId: encounterIdField, teamKey: z.string().max(64).default("") });

/**
 * encounter.team.set — a clinician of the encounter attaches it to one of their own teams (remembered as
 * their team for the next encounters). Everyone's team card and contingency plan follow the new team, after the answer.
 */
export const teamSetAction = defineAction({
  verb: "encounter.team.set",
  schema,
  async handle(context, data, services: SharedCardChangePorts, locale) {
    const loaded = await loadEncounterForAction(context, services, locale, data.encounterId, "change");
    if ("response" in loaded) return loaded.response;
    const actor = loaded.actor;
    if (!actor) return cardResponse(await teamSharedCard(services, loaded.encounter, locale, "refused"));
    const result = await moveEncounterToTeam(services, loaded.stored, data.teamKey, actor);
    if (result.kind === "notYourTeam")
      return teamChooserResponse(services, loaded.encounter, actor.objectId, locale, "notYourTeam");
    // Everyone's team card and contingency plan (the new team's delay and resources) follow by a queued job.
    if (result.kind === "changed")
      await refreshSharedCards(context, services, result.encounter, result.version, ["team", "contingency"]);
    return teamChooserResponse(services, result.encounter, actor.objectId, locale, "saved");
  },
});
