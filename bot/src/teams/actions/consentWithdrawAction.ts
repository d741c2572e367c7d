import { z } from "zod";
import { withdrawCurrentConsent } from "../../domain/encounter.js";
import { defineAction } from "./cardAction.js";
import {
  changeEncounter,
  encounterIdField,
  loadEncounterForAction,
  revField,
  type SharedCardChangePorts,
} from "./encounterActionFlow.js";
import { answerConsentChange, consentPatientResponse } from "./consentViews.js";
import type { BotPorts } from "../turn/botPorts.js";

/** consent.withdraw — the patient withdraws consent (003 §1.3.2): recorded, the card updates for everyone. */
export const consentWithdrawAction = defineAction({
  verb: "consent.withdraw",
  schema: z.object({ encounterId: encounterIdField, rev: revField }),
  async handle(context, data, services: SharedCardChangePorts & Pick<BotPorts, "consentAudit">, locale) {
    const loaded = await loadEncounterForAction(context, services, locale, data.encounterId, "change");
    if ("response" in loaded) return loaded.response;
    if (!loaded.actor) return consentPatientResponse(services, loaded.encounter, locale, "refused");
    const actor = loaded.actor;
    const at = services.now().toISOString();
    await services.consentAudit.beforeChange(loaded.encounter);
    const result = await changeEncounter(services, loaded.stored, actor, "consentRev", data.rev, (e) =>
      withdrawCurrentConsent(e, actor.objectId, at),
    );
    if (result.outcome === "changed") services.consentAudit.afterAnswer(result.encounter);
    return answerConsentChange(context, services, result, locale);
  },
});
