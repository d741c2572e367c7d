import { z } from "zod";
import { defineAction } from "./cardAction.js";
import { encounterIdField, loadEncounterForAction } from "./encounterActionFlow.js";
import { contingencyClinicianResponse, contingencyPatientResponse } from "./contingencyViews.js";
import type { BotPorts } from "../turn/botPorts.js";

/** contingency.refresh — the clinician view for the organiser/clinicians, the patient-facing plan for everyone else. */
export const contingencyRefreshAction = defineAction({
  verb: "contingency.refresh",
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
      ? contingencyClinicianResponse(services, loaded.encounter, locale)
      : contingencyPatientResponse(services, loaded.encounter, locale);
  },
});
