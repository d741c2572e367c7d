/**
 * Bot Framework activities as Teams sends them, for tests that post to /api/messages.
 * `deliveryMode: "expectReplies"` makes the bot answer in the HTTP body instead of calling the connector.
 */
import { randomUUID } from "node:crypto";

export const TENANT_ID = "11111111-1111-4111-8111-111111111111";
export const OTHER_TENANT_ID = "22222222-2222-4222-8222-222222222222";
export const BOT_ID = "28:balises-bot";

export interface TestUser {
  id: string;
  aadObjectId: string;
  name: string;
}

export const CLINICIAN: TestUser = {
  id: "29:clinician",
  aadObjectId: "aaaaaaaa-0000-4000-8000-000000000001",
  name: "Dre Clinicienne",
};
export const COLLEAGUE: TestUser = {
  id: "29:colleague",
  aadObjectId: "aaaaaaaa-0000-4000-8000-000000000002",
  name: "Collègue",
};

export interface ActivityOptions {
  user?: TestUser;
  locale?: string;
  conversationId?: string;
  conversationType?: "personal" | "groupChat" | "channel";
  meetingId?: string;
  tenantId?: string;
  serviceUrl?: string;
  expectReplies?: boolean;
}

export function baseActivity(type: string, options: ActivityOptions = {}): Record<string, unknown> {
  const user = options.user ?? CLINICIAN;
  const tenantId = options.tenantId ?? TENANT_ID;
  return {
    type,
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: "msteams",
    serviceUrl: options.serviceUrl ?? "https://smba.trafficmanager.net/amer/",
    from: { id: user.id, aadObjectId: user.aadObjectId, name: user.name },
    recipient: { id: BOT_ID, name: "Balises" },
    conversation: {
      id: options.conversationId ?? `a:personal-${user.aadObjectId}`,
      conversationType: options.conversationType ?? "personal",
      tenantId,
    },
    channelData: {
      tenant: { id: tenantId },
      ...(options.meetingId ? { meeting: { id: options.meetingId } } : {}),
    },
    locale: options.locale ?? "fr-CA",
    ...(options.expectReplies === false ? {} : { deliveryMode: "expectReplies" }),
  };
}

export function messageActivity(text: string, options: ActivityOptions = {}) {
  return { ...baseActivity("message", options), text };
}

export function cardActionActivity(verb: string, data: Record<string, unknown>, options: ActivityOptions = {}) {
  return {
    ...baseActivity("invoke", options),
    name: "adaptiveCard/action",
    value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
  };
}

export function botAddedActivity(options: ActivityOptions = {}) {
  return {
    ...baseActivity("conversationUpdate", options),
    membersAdded: [{ id: BOT_ID }],
  };
}

export async function postActivity(baseUrl: string, activity: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  const isJson = response.headers.get("content-type")?.includes("json") ?? false;
  return {
    status: response.status,
    body: text && isJson ? (JSON.parse(text) as Record<string, unknown>) : undefined,
    text,
  };
}

/** The activities the bot replied with (expectReplies). */
export function replies(body: Record<string, unknown> | undefined): Array<Record<string, unknown>> {
  return (body?.activities as Array<Record<string, unknown>>) ?? [];
}

export function firstCard(body: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  for (const activity of replies(body)) {
    const attachment = (activity.attachments as Array<{ content: Record<string, unknown> }> | undefined)?.[0];
    if (attachment) return attachment.content;
  }
  return undefined;
}
