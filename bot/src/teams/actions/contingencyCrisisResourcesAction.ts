import { z } from "zod";
import { NO_SUCH_CRISIS, postCrisisResources } from "../../encounters/crisisResourcesPost.js";
import { defineAction } from "./cardAction.js";
import { cardChatQueue, encounterIdField, type SharedCardChangePorts } from "./encounterActionFlow.js";
import { loadForContingencyClinician } from "./contingencyChange.js";
import { crisisStepsResponse } from "./crisisViews.js";
import { errorResponse } from "./invokeResponses.js";

const schema = z.object({ encounterId: encounterIdField, at: z.iso.datetime() });

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
    const crisis = await postCrisisResources(
      services.sharedCards,
      cardChatQueue(context, services),
      encounter,
      data.at,
    );
    if (!crisis) return errorResponse("invalid_data", NO_SUCH_CRISIS[locale]);
    return crisisStepsResponse(services, encounter, locale, crisis, true);
  },
});
