import { z } from "zod";
import { recordedCrisisAt } from "../../domain/crisis.js";
import { defineAction } from "./cardAction.js";
import { queueForMeetingChat } from "../meeting/encounterCards.js";
import { encounterIdField, type SharedCardChangePorts } from "./encounterActionFlow.js";
import { loadForContingencyClinician } from "./contingencyChange.js";
import { crisisStepsResponse } from "./crisisViews.js";
import { errorResponse } from "./invokeResponses.js";

const schema = z.object({ encounterId: encounterIdField, at: z.iso.datetime() });

const NO_SUCH_CRISIS = {
  "fr-CA": "Aucune situation de crise n'est consignée à cette heure pour cette rencontre : rien n'a été publié.",
  en: "No crisis is recorded at that time for this meeting: nothing was posted.",
};

/**
 * contingency.crisisResources — from the clinician's crisis steps, queues the post of the crisis resources in the
 * meeting chat for the patient (001, 004). Named by the recorded crisis: clicking again for the same crisis posts
 * nothing more.
 */
export const contingencyCrisisResourcesAction = defineAction({
  verb: "contingency.crisisResources",
  schema,
  async handle(context, data, services: SharedCardChangePorts, locale) {
    const loaded = await loadForContingencyClinician(context, services, locale, data.encounterId, "view");
    if ("response" in loaded) return loaded.response;
    const { encounter } = loaded;
    const crisis = recordedCrisisAt(encounter, data.at);
    if (!crisis) return errorResponse("invalid_data", NO_SUCH_CRISIS[locale]);
    await queueForMeetingChat(context.activity, services, encounter, "crisis resources", () =>
      services.sharedCards.postCrisisResources(encounter, crisis.at),
    );
    return crisisStepsResponse(services, encounter, locale, crisis, true);
  },
});
