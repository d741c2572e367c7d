import { z } from "zod";
import { activityFrom, activityTenantId } from "../turn/conversationScope.js";
import { defineAction } from "./cardAction.js";
import { errorResponse } from "./invokeResponses.js";
import { noteCardResponse } from "./noteCardResponse.js";
import type { BotPorts } from "../turn/botPorts.js";

const NO_IDENTITY = {
  "fr-CA": "Action possible seulement dans Teams, connecté à votre organisation.",
  en: "Only possible in Teams, signed in to your organisation.",
};

/** "Rappeler plus tard": one more reminder after REMINDER_SNOOZE, never after the deadline. */
export const noteRemindLaterAction = defineAction({
  verb: "note.remindLater",
  schema: z.object({ encounterId: z.string().min(1).max(600) }).loose(),
  async handle(context, data, services: Pick<BotPorts, "now" | "notes">, locale) {
    const tenantId = activityTenantId(context.activity);
    const by = activityFrom(context.activity)?.aadObjectId;
    if (!tenantId || !by) return errorResponse("no_identity", NO_IDENTITY[locale]);
    const { obligation, remindAt } = await services.notes.snooze(tenantId, data.encounterId, by);
    return noteCardResponse(obligation, locale, services.now(), remindAt);
  },
});
