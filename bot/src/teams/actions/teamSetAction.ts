import { z } from "zod";
import { moveEncounterToTeam } from "../../encounters/encounterTeamChange.js";
import { buildContingencySharedCard } from "../../cards/contingency/contingencyCard.js";
import { defineAction } from "./cardAction.js";
import { encounterIdField, loadEncounterForAction, type SharedCardActionPorts } from "./encounterActionFlow.js";
import { cardResponse } from "./invokeResponses.js";
import { teamChooserResponse, teamSharedCard } from "./teamViews.js";
import { updateSharedCard } from "../meeting/encounterCards.js";
import { teamContextForEncounter } from "../turn/teamContext.js";

const schema = z.object({ encounterId: encounterIdField, teamKey: z.string().max(64).default("") });

/**
 * encounter.team.set — a clinician of the encounter attaches it to one of their own teams (remembered as
 * their team for the next encounters). Everyone's team card and contingency plan follow the new team.
 */
export const teamSetAction = defineAction({
  verb: "encounter.team.set",
  schema,
  async handle(context, data, services: SharedCardActionPorts, locale) {
    const loaded = await loadEncounterForAction(context, services, locale, data.encounterId);
    if ("response" in loaded) return loaded.response;
    const actor = loaded.actor;
    if (!actor) return cardResponse(await teamSharedCard(services, loaded.encounter, locale, "refused"));
    const result = await moveEncounterToTeam(services, loaded.stored, data.teamKey, actor);
    if (result.kind === "notYourTeam")
      return teamChooserResponse(services, loaded.encounter, actor.objectId, locale, "notYourTeam");
    if (result.kind === "changed") {
      const e = result.encounter;
      const shared = e.cardLocale ?? locale;
      await updateSharedCard(context, services, await teamSharedCard(services, e, shared));
      const { configuration } = await teamContextForEncounter(services, e);
      await updateSharedCard(
        context,
        services,
        buildContingencySharedCard({ locale: shared, encounter: e, configuration }),
        e.contingencyActivityId,
      );
    }
    return teamChooserResponse(services, result.encounter, actor.objectId, locale, "saved");
  },
});
