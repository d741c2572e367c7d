import type { AdaptiveCardInvokeResponse, TurnContext } from "botbuilder";
import { z } from "zod";
import type { Locale } from "../../i18n/locale.js";
import type { EncounterCommand } from "../../encounters/encounterCommands.js";
import { agreePlanWithNumberCommand, recordPlanCommand } from "../../encounters/encounterCommandCatalog.js";
import { defineAction } from "./cardAction.js";
import { toggle } from "./cardFlags.js";
import { teamContextForEncounter } from "../turn/teamContext.js";
import { runCardCommand, type SharedCardChangePorts } from "./encounterActionFlow.js";
import { answerContingencyChange } from "./contingencyViews.js";
import { contingencyEventSchema, loadForContingencyClinician } from "./contingencyChange.js";

const schema = contingencyEventSchema.extend({
  phoneVerified: toggle,
  emailVerified: toggle,
  emergencyContactConfirmed: toggle,
  agreedWithPatient: toggle,
});

/** Records a plan command built with the team's callback delay (known once the encounter's team is). */
async function recordPlanFromCard(
  context: TurnContext,
  data: z.infer<typeof contingencyEventSchema>,
  services: SharedCardChangePorts,
  locale: Locale,
  command: (callbackDelayMinutes: number) => EncounterCommand,
): Promise<AdaptiveCardInvokeResponse> {
  const loaded = await loadForContingencyClinician(context, services, locale, data.encounterId, "change");
  if ("response" in loaded) return loaded.response;
  const { configuration } = await teamContextForEncounter(services, loaded.encounter);
  const planCommand = command(configuration.contingency.callbackDelayMinutes);
  const result = await runCardCommand(context, services, loaded.stored, loaded.actor, data.rev, planCommand);
  return answerContingencyChange(services, result, locale);
}

/** contingency.record — the plan agreed with the patient (003 §3): yes/no facts and the team's callback delay. */
export const contingencyRecordAction = defineAction({
  verb: "contingency.record",
  schema,
  handle: (context, data, services: SharedCardChangePorts, locale) => {
    const { encounterId: _id, rev: _rev, ...facts } = data;
    return recordPlanFromCard(context, data, services, locale, (delay) => recordPlanCommand(facts, delay));
  },
});

/**
 * contingency.agreedWithNumber — the side panel's one click on the card (003 §3): the plan agreed and the callback
 * number confirmed, nothing else. The button sends no inputs: the toggles left as they are say nothing.
 */
export const contingencyAgreedWithNumberAction = defineAction({
  verb: "contingency.agreedWithNumber",
  schema: contingencyEventSchema,
  handle: (context, data, services: SharedCardChangePorts, locale) =>
    recordPlanFromCard(context, data, services, locale, agreePlanWithNumberCommand),
});
