/**
 * The team configuration that applies to a conversation: the team's key (the Teams team's group id in a
 * channel — channel meetings included —, the chat id in a group or meeting chat, none in a personal chat),
 * its stored configuration or the MSSS defaults, the matrix with its adjustments, and whether the §4
 * notice applies. If storage fails, the MSSS defaults apply and the failure is logged: cards keep working.
 *
 * §4 notice (missingCorridor): shown in any team conversation whose team has no valid in-person referral
 * corridor — configured or not, since a team that never configured Balises has none either and §4 allows
 * no remote consultation without one. Not shown in a personal chat: the bot cannot know the clinician's
 * team there, and telling them "your team has none" could be false.
 */
import type { Activity, TurnContext } from "botbuilder";
import { hasValidCorridor } from "../domain/corridor.js";
import type { Matrix } from "../domain/matrix.js";
import { applyAdjustments } from "../domain/matrixAdjustments.js";
import { DEFAULT_TEAM_CONFIGURATION, type TeamConfiguration } from "../domain/teamConfig.js";
import type { Services } from "../services.js";
import { activityTeamId, activityTenantId } from "./conversationScope.js";

export interface ConversationTeamContext {
  /** Team key (team group id, or chat id for group/meeting chats); undefined in a personal chat. */
  teamKey?: string;
  configuration: TeamConfiguration;
  /** The baseline with the team's adjustments applied. */
  matrix: Matrix;
  /** True when the conversation's team has no valid in-person referral corridor (§4). */
  missingCorridor: boolean;
  /** True when the team has a stored configuration (false: MSSS defaults, or storage unreachable). */
  configured?: boolean;
}

/** Team key of a conversation: the team for channels, the chat itself for group and meeting chats. */
export function teamKeyOfActivity(activity: Partial<Activity>): string | undefined {
  const teamId = activityTeamId(activity);
  if (teamId) return teamId;
  const conversation = activity.conversation;
  if (!conversation?.id || conversation.conversationType === "personal") return undefined;
  return conversation.id;
}

export async function teamContextForActivity(activity: Partial<Activity>, services: Services): Promise<ConversationTeamContext> {
  const teamKey = teamKeyOfActivity(activity);
  const tenantId = activityTenantId(activity);
  let configuration = DEFAULT_TEAM_CONFIGURATION;
  let configured = false;
  if (teamKey && tenantId) {
    try {
      const stored = await services.teamConfigs.get(tenantId, teamKey);
      if (stored) {
        configuration = stored.configuration;
        configured = true;
      }
    } catch (error) {
      services.logger.warn({ err: { name: (error as Error).name, message: (error as Error).message } }, "team configuration unavailable: MSSS defaults apply");
    }
  }
  return {
    ...(teamKey ? { teamKey } : {}),
    configuration,
    matrix: applyAdjustments(configuration.matrix),
    missingCorridor: teamKey !== undefined && !hasValidCorridor(configuration),
    configured,
  };
}

export async function matrixForConversation(context: TurnContext, services: Services): Promise<ConversationTeamContext> {
  return teamContextForActivity(context.activity, services);
}

/** Same as matrixForConversation, by its more general name. */
export const teamContextFor = matrixForConversation;
