import { reportedCrisis } from "../../domain/crisis.js";
import { crisisCommand } from "../../encounters/encounterCommandCatalog.js";
import { defineAction } from "./cardAction.js";
import { applyContingencyEvent, contingencyEventSchema } from "./contingencyChange.js";
import { crisisStepsResponse } from "./crisisViews.js";
import type { SharedCardChangePorts } from "./encounterActionFlow.js";

/**
 * contingency.crisis — a crisis during the encounter (001, 004; 003 §3): records the incident (a code and a time)
 * and answers the clinician, privately, with the steps. Nobody else's card is updated: the shared plan does not
 * show incidents, and replacing it would make Teams refresh the caller's own view over the steps.
 */
export const contingencyCrisisAction = defineAction({
  verb: "contingency.crisis",
  schema: contingencyEventSchema,
  handle: (context, data, services: SharedCardChangePorts, locale) =>
    applyContingencyEvent(context, data, services, locale, crisisCommand, (ports, result, answerLocale) =>
      crisisStepsResponse(ports, result.encounter, answerLocale, reportedCrisis(result.encounter)),
    ),
});
