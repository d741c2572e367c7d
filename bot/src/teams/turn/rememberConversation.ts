import { TurnContext, type Activity } from "botbuilder";
import { minimalReference } from "../../storage/conversationReferenceRepository.js";
import {
  activityConversation,
  activityFrom,
  activityTeamId,
  activityTenantId,
  conversationScope,
} from "./conversationScope.js";
import type { BotPorts } from "./botPorts.js";
import { loggedError } from "../../logger.js";

/**
 * Stores where the bot can write later; for a personal chat, also under the user's Entra object id.
 * Best effort: a storage outage must not stop the bot from answering the person in front of it
 * (the reference is written again on the next message). It takes the activity, not the turn: work queued after
 * the answer runs once botbuilder has revoked the turn's context.
 */
export async function rememberConversation(
  activity: Activity,
  services: Pick<BotPorts, "logger" | "now" | "conversations">,
): Promise<void> {
  try {
    await storeReference(activity, services);
  } catch (error) {
    services.logger.error({ err: loggedError(error) }, "conversation reference not stored");
  }
}

async function storeReference(
  activity: Activity,
  services: Pick<BotPorts, "logger" | "now" | "conversations">,
): Promise<void> {
  const tenantId = activityTenantId(activity);
  if (!tenantId) {
    services.logger.warn(
      { conversationType: activityConversation(activity)?.conversationType },
      "activity without tenant: conversation not remembered",
    );
    return;
  }
  const reference = minimalReference(TurnContext.getConversationReference(activity), tenantId);
  const scope = conversationScope(activity);
  const record = {
    reference,
    scope,
    teamId: activityTeamId(activity),
    installedAt: services.now().toISOString(),
    installedBy: activityFrom(activity)?.aadObjectId,
  };
  await services.conversations.saveConversation(tenantId, record);
  const userObjectId = activityFrom(activity)?.aadObjectId;
  if (scope === "personal" && userObjectId) await services.conversations.savePersonal(tenantId, userObjectId, record);
}
