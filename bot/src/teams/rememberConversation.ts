import { TurnContext } from "botbuilder";
import type { Services } from "../services.js";
import { minimalReference } from "../storage/conversationReferenceRepository.js";
import { activityTeamId, activityTenantId, conversationScope } from "./conversationScope.js";

/** Stores where the bot can write later; for a personal chat, also under the user's Entra object id. */
export async function rememberConversation(context: TurnContext, services: Services): Promise<void> {
  const activity = context.activity;
  const tenantId = activityTenantId(activity);
  if (!tenantId) {
    services.logger.warn({ conversationType: activity.conversation?.conversationType }, "activity without tenant: conversation not remembered");
    return;
  }
  const reference = minimalReference(TurnContext.getConversationReference(activity), tenantId);
  const scope = conversationScope(activity);
  const record = {
    reference,
    scope,
    teamId: activityTeamId(activity),
    installedAt: services.now().toISOString(),
    installedBy: activity.from?.aadObjectId,
  };
  await services.conversations.saveConversation(tenantId, record);
  const userObjectId = activity.from?.aadObjectId;
  if (scope === "personal" && userObjectId) await services.conversations.savePersonal(tenantId, userObjectId, record);
}
