import { z } from "zod";
import { switchToPhone } from "../../domain/encounter.js";
import { defineAction } from "./cardAction.js";
import { changeEncounter, encounterIdField, loadEncounterForAction, revField } from "./encounterActionFlow.js";
import { answerContingencyChange, contingencyPatientResponse } from "./contingencyViews.js";

/** contingency.switchToPhone — the meeting continues by phone (003 §3): the modality change is recorded once. */
export const contingencySwitchToPhoneAction = defineAction({
  verb: "contingency.switchToPhone",
  schema: z.object({ encounterId: encounterIdField, rev: revField }),
  async handle(context, data, services, locale) {
    const loaded = await loadEncounterForAction(context, services, locale, data.encounterId);
    if ("response" in loaded) return loaded.response;
    if (!loaded.actor) return contingencyPatientResponse(context, services, loaded.encounter, locale, "refused");
    const actor = loaded.actor;
    const at = services.now().toISOString();
    const result = await changeEncounter(services, loaded.stored, actor, "planRev", data.rev, (e) => switchToPhone(e, actor.objectId, at));
    return answerContingencyChange(context, services, result, locale);
  },
});
