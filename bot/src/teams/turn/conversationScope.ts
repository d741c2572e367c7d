import type { Activity } from "botbuilder";
import type { ConversationRecord } from "../../storage/conversationReferenceRepository.js";
import type { ActivityTeam } from "../../rosters/teamInstallation.js";

/** A field of an activity when it is text (an activity is data from outside: anything else counts as absent). */
const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** Drops the fields of an object that are not text; undefined when it is not an object. */
function textFields<K extends string>(value: unknown, keys: readonly K[]): Partial<Record<K, string>> | undefined {
  const source = record(value);
  if (!source) return undefined;
  const fields: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const field = text(source[key]);
    if (field !== undefined) fields[key] = field;
  }
  return fields;
}

/**
 * The sender and the conversation of an activity as they really arrive: botbuilder types them as always
 * present, but an activity is data from outside (a malformed one must get a clear answer, not a crash).
 * Only their text fields are kept.
 */
export function activityFrom(activity: Partial<Activity>): Partial<Activity["from"]> | undefined {
  return textFields(activity.from, ["id", "aadObjectId", "name"] as const);
}

export function activityConversation(activity: Partial<Activity>): Partial<Activity["conversation"]> | undefined {
  return textFields(activity.conversation, ["id", "tenantId", "conversationType", "name"] as const);
}

export function activityRecipientId(activity: Partial<Activity>): string | undefined {
  return text(record(activity.recipient)?.id);
}

function channelData(activity: Partial<Activity>): {
  tenant?: { id?: string };
  team?: { id?: string; aadGroupId?: string; name?: string };
  meeting?: { id?: string };
} {
  const data = record(activity.channelData);
  return {
    tenant: textFields(data?.tenant, ["id"] as const),
    team: textFields(data?.team, ["id", "aadGroupId", "name"] as const),
    meeting: textFields(data?.meeting, ["id"] as const),
  };
}

/**
 * The tenant of an activity the Bot Connector authenticated (never from a request body of our own API). Teams says
 * it twice (conversation.tenantId, channelData.tenant.id): an activity whose two say different tenants has none.
 */
export function activityTenantId(activity: Partial<Activity>): string | undefined {
  if (tenantIdsDisagree(activity)) return undefined;
  return activityConversation(activity)?.tenantId ?? channelData(activity).tenant?.id;
}

/** The activity's two tenant ids, when both are said and differ (the activity then has no tenant). */
export function tenantIdsDisagree(activity: Partial<Activity>): { conversation: string; channel: string } | undefined {
  const [conversation, channel] = [activityConversation(activity)?.tenantId, channelData(activity).tenant?.id];
  return conversation && channel && conversation.toLowerCase() !== channel.toLowerCase()
    ? { conversation, channel }
    : undefined;
}

/** The team's thread (19:…@thread.tacv2) of a channel activity; group and meeting chats have none. */
export function activityTeamId(activity: Partial<Activity>): string | undefined {
  return channelData(activity).team?.id;
}

/** The activity's team as the roster work needs it (thread, group id when Teams sent it, service URL). */
export function activityTeam(activity: Partial<Activity>): ActivityTeam | undefined {
  const team = channelData(activity).team;
  const tenantId = activityTenantId(activity);
  const serviceUrl = text(activity.serviceUrl);
  if (!team?.id || !tenantId || !serviceUrl) return undefined;
  return {
    tenantId,
    threadId: team.id,
    serviceUrl,
    ...(team.aadGroupId ? { aadGroupId: team.aadGroupId } : {}),
    ...(team.name ? { name: team.name } : {}),
  };
}

export function activityMeetingId(activity: Partial<Activity>): string | undefined {
  return channelData(activity).meeting?.id;
}

export function conversationScope(activity: Partial<Activity>): ConversationRecord["scope"] {
  if (activityMeetingId(activity)) return "meeting";
  switch (activityConversation(activity)?.conversationType) {
    case "personal":
      return "personal";
    case "channel":
      return "channel";
    default:
      return "groupChat";
  }
}
