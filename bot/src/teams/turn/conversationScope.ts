import type { Activity } from "botbuilder";
import type { ConversationRecord } from "../../storage/conversationReferenceRepository.js";
import type { ActivityTeam } from "../../rosters/teamInstallation.js";

interface TeamsChannelData {
  tenant?: { id?: string };
  team?: { id?: string; aadGroupId?: string; name?: string };
  meeting?: { id?: string };
}

/**
 * The sender and the conversation of an activity as they really arrive: botbuilder types them as always
 * present, but an activity is data from outside (a malformed one must get a clear answer, not a crash).
 */
export function activityFrom(activity: Partial<Activity>): Partial<Activity["from"]> | undefined {
  return activity.from;
}

export function activityConversation(activity: Partial<Activity>): Partial<Activity["conversation"]> | undefined {
  return activity.conversation;
}

export function activityRecipientId(activity: Partial<Activity>): string | undefined {
  const recipient: Partial<Activity["recipient"]> | undefined = activity.recipient;
  return recipient?.id;
}

/** The tenant of an activity the Bot Connector authenticated (never from a request body of our own API). */
export function activityTenantId(activity: Partial<Activity>): string | undefined {
  const channelData = activity.channelData as TeamsChannelData | undefined;
  return activity.conversation?.tenantId ?? channelData?.tenant?.id;
}

/** The team's thread (19:…@thread.tacv2) of a channel activity; group and meeting chats have none. */
export function activityTeamId(activity: Partial<Activity>): string | undefined {
  return (activity.channelData as TeamsChannelData | undefined)?.team?.id;
}

/** The activity's team as the roster work needs it (thread, group id when Teams sent it, service URL). */
export function activityTeam(activity: Partial<Activity>): ActivityTeam | undefined {
  const team = (activity.channelData as TeamsChannelData | undefined)?.team;
  const tenantId = activityTenantId(activity);
  if (!team?.id || !tenantId || !activity.serviceUrl) return undefined;
  return {
    tenantId,
    threadId: team.id,
    serviceUrl: activity.serviceUrl,
    ...(team.aadGroupId ? { aadGroupId: team.aadGroupId } : {}),
    ...(team.name ? { name: team.name } : {}),
  };
}

export function activityMeetingId(activity: Partial<Activity>): string | undefined {
  return (activity.channelData as TeamsChannelData | undefined)?.meeting?.id;
}

export function conversationScope(activity: Partial<Activity>): ConversationRecord["scope"] {
  if (activityMeetingId(activity)) return "meeting";
  switch (activity.conversation?.conversationType) {
    case "personal":
      return "personal";
    case "channel":
      return "channel";
    default:
      return "groupChat";
  }
}
