import { CardFactory } from "botbuilder";
import { z } from "zod";
import { reportConnectionLost } from "../../domain/encounter.js";
import { buildConnectionLostCard } from "../../cards/contingency/contingencyCard.js";
import { defineAction } from "./cardAction.js";
import { matrixForConversation } from "../teamContext.js";
import { changeEncounter, encounterIdField, loadEncounterForAction, revField } from "./encounterActionFlow.js";
import { answerContingencyChange, contingencyPatientResponse } from "./contingencyViews.js";

/**
 * contingency.connectionLost — records the incident, then posts the fallback steps in the chat for
 * everyone (003 §3). A replayed click (same card revision) records nothing and posts nothing.
 */
export const contingencyConnectionLostAction = defineAction({
  verb: "contingency.connectionLost",
  schema: z.object({ encounterId: encounterIdField, rev: revField }),
  async handle(context, data, services, locale) {
    const loaded = await loadEncounterForAction(context, services, locale, data.encounterId);
    if ("response" in loaded) return loaded.response;
    if (!loaded.actor) return contingencyPatientResponse(context, services, loaded.encounter, locale, "refused");
    const actor = loaded.actor;
    const at = services.now().toISOString();
    const result = await changeEncounter(services, loaded.stored, actor, "planRev", data.rev, (e) => reportConnectionLost(e, actor.objectId, at));
    if (result.outcome === "changed") {
      const { configuration } = await matrixForConversation(context, services);
      const card = buildConnectionLostCard({ locale: result.encounter.cardLocale ?? locale, encounter: result.encounter, configuration, at });
      await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
    }
    return answerContingencyChange(context, services, result, locale);
  },
});
