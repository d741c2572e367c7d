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
import { auditConsentEvent } from "../../encounters/consentAudit.js";
import type { BotPorts } from "../turn/botPorts.js";

/** consent.withdraw — the patient withdraws consent (003 §1.3.2): recorded, the card updates for everyone. */
export const consentWithdrawAction = defineAction({
  verb: "consent.withdraw",
  schema: z.object({ encounterId: encounterIdField, rev: revField }),
  async handle(context, data, services: SharedCardChangePorts & Pick<BotPorts, "audit">, locale) {
    const loaded = await loadEncounterForAction(context, services, locale, data.encounterId);
    if ("response" in loaded) return loaded.response;
    if (!loaded.actor) return consentPatientResponse(services, loaded.encounter, locale, "refused");
    const actor = loaded.actor;
    const at = services.now().toISOString();
    const result = await changeEncounter(services, loaded.stored, actor, "consentRev", data.rev, (e) =>
      withdrawCurrentConsent(e, actor.objectId, at),
    );
    if (result.outcome === "changed")
      await auditConsentEvent(services, result.encounter, "consent.withdraw", actor.objectId);
    return answerConsentChange(context, services, result, locale);
  },
});
