import { z } from "zod";
import { defineAction } from "./cardAction.js";
import { encounterIdField, loadEncounterForAction } from "./encounterActionFlow.js";
import { cardResponse } from "./invokeResponses.js";
import { teamChooserResponse, teamSharedCard } from "./teamViews.js";
import type { BotPorts } from "../turn/botPorts.js";

/** encounter.team.open — the visible "choose the team" button: the chooser for the encounter's clinicians only. */
export const teamOpenAction = defineAction({
  verb: "encounter.team.open",
  schema: z.object({ encounterId: encounterIdField }),
  async handle(
    context,
    data,
    services: Pick<BotPorts, "logger" | "devMeetingOrganizer" | "encounters" | "teams">,
    locale,
  ) {
    const loaded = await loadEncounterForAction(context, services, locale, data.encounterId, "view");
    if ("response" in loaded) return loaded.response;
    if (!loaded.actor) return cardResponse(await teamSharedCard(services, loaded.encounter, locale, "refused"));
    return teamChooserResponse(services, loaded.encounter, loaded.actor.objectId, locale);
  },
});
