import { z } from "zod";
import { recordPlan } from "../../domain/encounter.js";
import { defineAction } from "./cardAction.js";
import { toggle } from "./cardFlags.js";
import { teamContextForEncounter } from "../turn/teamContext.js";
import { changeEncounter, encounterIdField, revField, type SharedCardChangePorts } from "./encounterActionFlow.js";
import { answerContingencyChange } from "./contingencyViews.js";
import { loadForContingencyClinician } from "./contingencyChange.js";

const schema = z.object({
  encounterId: encounterIdField,
  rev: revField,
  phoneVerified: toggle,
  emailVerified: toggle,
  emergencyContactConfirmed: toggle,
  agreedWithPatient: toggle,
});

/** contingency.record — the plan agreed with the patient (003 §3): yes/no facts and the team's callback delay. */
export const contingencyRecordAction = defineAction({
  verb: "contingency.record",
  schema,
  async handle(context, data, services: SharedCardChangePorts, locale) {
    const loaded = await loadForContingencyClinician(context, services, locale, data.encounterId, "change");
    if ("response" in loaded) return loaded.response;
    const { actor } = loaded;
    const { configuration } = await teamContextForEncounter(services, loaded.encounter);
    const plan = {
      callbackDelayMinutes: configuration.contingency.callbackDelayMinutes,
      phoneVerified: data.phoneVerified,
      emailVerified: data.emailVerified,
      emergencyContactConfirmed: data.emergencyContactConfirmed,
      agreedWithPatient: data.agreedWithPatient,
      recordedBy: actor.objectId,
      recordedAt: services.now().toISOString(),
    };
    const result = await changeEncounter(services, loaded.stored, actor, "planRev", data.rev, (e) =>
      recordPlan(e, plan),
    );
    return answerContingencyChange(context, services, result, locale);
  },
});
