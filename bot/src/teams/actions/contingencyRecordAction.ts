import { z } from "zod";
import { recordPlanCommand } from "../../encounters/encounterCommandCatalog.js";
import { defineAction } from "./cardAction.js";
import { toggle } from "./cardFlags.js";
import { teamContextForEncounter } from "../turn/teamContext.js";
import { encounterIdField, revField, runCardCommand, type SharedCardChangePorts } from "./encounterActionFlow.js";
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
    const { configuration } = await teamContextForEncounter(services, loaded.encounter);
    const { encounterId: _id, rev, ...facts } = data;
    const command = recordPlanCommand(facts, configuration.contingency.callbackDelayMinutes);
    const result = await runCardCommand(context, services, loaded.stored, loaded.actor, rev, command);
    return answerContingencyChange(services, result, locale);
  },
});
