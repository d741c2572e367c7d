import type { Activity } from "botbuilder";
import type { ConversationRecord } from "../storage/conversationReferenceRepository.js";

interface TeamsChannelData {
  tenant?: { id?: string };
  team?: { id?: string };
  meeting?: { id?: string };
}

/** The tenant of an activity the Bot Connector authenticated (never from a request body of our own API). */
export function activityTenantId(activity: Partial<Activity>): string | undefined {
  const channelData = activity.channelData as TeamsChannelData | undefined;
  return activity.conversation?.tenantId ?? channelData?.tenant?.id;
}

export function activityTeamId(activity: Partial<Activity>): string | undefined {
  return (activity.channelData as TeamsChannelData | undefined)?.team?.id;
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
