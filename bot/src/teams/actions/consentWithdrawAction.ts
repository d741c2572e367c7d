import { z } from "zod";
import { withdrawConsentCommand } from "../../encounters/encounterCommandCatalog.js";
import { defineAction } from "./cardAction.js";
import {
  encounterIdField,
  loadEncounterForAction,
  revField,
  runCardCommand,
  type SharedCardChangePorts,
} from "./encounterActionFlow.js";
import { answerConsentChange, consentPatientResponse } from "./consentViews.js";

/** consent.withdraw — the patient withdraws consent (003 §1.3.2): recorded, the card updates for everyone. */
export const consentWithdrawAction = defineAction({
  verb: "consent.withdraw",
  schema: z.object({ encounterId: encounterIdField, rev: revField }),
  async handle(context, data, services: SharedCardChangePorts, locale) {
    const loaded = await loadEncounterForAction(context, services, locale, data.encounterId, "change");
    if ("response" in loaded) return loaded.response;
    if (!loaded.actor) return consentPatientResponse(services, loaded.encounter, locale, "refused");
    const result = await runCardCommand(
      context,
      services,
      loaded.stored,
      loaded.actor,
      data.rev,
      withdrawConsentCommand,
    );
    return answerConsentChange(services, result, locale, loaded.actor.objectId);
  },
});
