import { z } from "zod";
import { defineAction } from "./cardAction.js";
import { encounterIdField, loadEncounterForAction } from "./encounterActionFlow.js";
import { consentClinicianResponse, consentPatientResponse } from "./consentViews.js";
import type { BotPorts } from "../turn/botPorts.js";

/** consent.refresh — Teams asks for a user's view of the card: the clinician view for the organiser/clinicians, else the patient's. */
export const consentRefreshAction = defineAction({
  verb: "consent.refresh",
  schema: z.object({ encounterId: encounterIdField }),
  async handle(
    context,
    data,
    services: Pick<BotPorts, "logger" | "devMeetingOrganizer" | "encounters" | "teamConfigs" | "teams">,
    locale,
  ) {
    const loaded = await loadEncounterForAction(context, services, locale, data.encounterId);
    if ("response" in loaded) return loaded.response;
    return loaded.actor
      ? consentClinicianResponse(services, loaded.encounter, locale)
      : consentPatientResponse(loaded.encounter, locale);
  },
});
