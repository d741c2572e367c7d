/**
 * Teams meeting activities (meetingStart / meetingEnd events, card invokes from a meeting chat) as Teams
 * sends them, for tests and the Playground notes. Posting through `serviceUrl` makes the bot's sends
 * land in the fake connector.
 */
import { baseActivity, TENANT_ID, type TestUser } from "./activities.js";

export const MEETING_ID = "MCMxOTptZWV0aW5nX1pXTTRaR0UzT1RJdE9EZG1aaTAwTVRjM0xUZ3pZVEV0WXpBPUB0aHJlYWQudjIjMA==";
export const MEETING_CHAT_ID = "19:meeting_ZWM4ZGE3OTItODdmZi00MTc3LTgzYTEtYzA=@thread.v2";

export interface MeetingOptions {
  serviceUrl: string;
  user: TestUser;
  meetingId?: string;
  conversationId?: string;
  tenantId?: string;
  locale?: string;
}

function meetingBase(type: string, options: MeetingOptions): Record<string, unknown> {
  const activity = baseActivity(type, {
    user: options.user,
    serviceUrl: options.serviceUrl,
    conversationId: options.conversationId ?? MEETING_CHAT_ID,
    conversationType: "groupChat",
    meetingId: options.meetingId ?? MEETING_ID,
    tenantId: options.tenantId ?? TENANT_ID,
    locale: options.locale,
    expectReplies: false,
  });
  return { ...activity, conversation: { ...(activity.conversation as object), isGroup: true } };
}

export function meetingStartActivity(options: MeetingOptions & { startTime: string }) {
  return {
    ...meetingBase("event", options),
    name: "application/vnd.microsoft.meetingStart",
    value: {
      Id: options.meetingId ?? MEETING_ID,
      JoinUrl: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_test%40thread.v2/0",
      Title: "Suivi télésanté",
      MeetingType: "Scheduled",
      StartTime: options.startTime,
    },
  };
}

export function meetingEndActivity(options: MeetingOptions & { endTime: string }) {
  return {
    ...meetingBase("event", options),
    name: "application/vnd.microsoft.meetingEnd",
    value: {
      Id: options.meetingId ?? MEETING_ID,
      JoinUrl: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_test%40thread.v2/0",
      Title: "Suivi télésanté",
      MeetingType: "Scheduled",
      EndTime: options.endTime,
    },
  };
}

export function meetingMessageActivity(text: string, options: MeetingOptions) {
  return { ...meetingBase("message", options), text };
}

/** An Action.Execute from a card posted in the meeting chat (`replyToId`: the card's message id). */
export function meetingInvokeActivity(
  verb: string,
  data: Record<string, unknown>,
  options: MeetingOptions & { replyToId?: string; trigger?: "manual" | "automatic" },
) {
  return {
    ...meetingBase("invoke", options),
    name: "adaptiveCard/action",
    ...(options.replyToId ? { replyToId: options.replyToId } : {}),
    value: { action: { type: "Action.Execute", verb, data }, trigger: options.trigger ?? "manual" },
  };
}
