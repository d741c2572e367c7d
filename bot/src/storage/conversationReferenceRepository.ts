/**
 * Where the bot can write later (proactive messages): one row per conversation, plus one row per user
 * pointing at that user's personal chat with the bot.
 * Names are dropped before storing: a meeting title or a display name may carry a patient's name.
 */
import { compositeKey } from "./keys.js";
import { CARD_READ_TTL_MS, RecentReads } from "./recentReads.js";
import type { TableGateway } from "./tableGateway.js";

export interface StoredConversationReference {
  channelId: string;
  serviceUrl: string;
  conversation: { id: string; conversationType?: string; tenantId: string; isGroup?: boolean };
  bot: { id: string };
  /** Entra object id of the user, for personal chats. */
  user?: { id: string; aadObjectId?: string };
}

export interface ConversationRecord {
  reference: StoredConversationReference;
  scope: "personal" | "groupChat" | "channel" | "meeting";
  teamId?: string;
  installedAt: string;
  installedBy?: string;
}

type ReferenceInput = {
  channelId?: string;
  serviceUrl?: string;
  conversation?: { id: string; conversationType?: string; tenantId?: string; isGroup?: boolean };
  bot?: { id: string };
  user?: { id: string; aadObjectId?: string };
};

/** Keeps only what is needed to write to the conversation again. */
export function minimalReference(raw: ReferenceInput, tenantId: string): StoredConversationReference {
  if (!raw.conversation?.id || !raw.serviceUrl || !raw.bot?.id)
    throw new TypeError("incomplete conversation reference");
  return {
    channelId: raw.channelId ?? "msteams",
    serviceUrl: raw.serviceUrl,
    conversation: {
      id: raw.conversation.id,
      conversationType: raw.conversation.conversationType,
      tenantId,
      isGroup: raw.conversation.isGroup,
    },
    bot: { id: raw.bot.id },
    user: raw.user ? { id: raw.user.id, aadObjectId: raw.user.aadObjectId } : undefined,
  };
}

function conversationRow(conversationId: string): string {
  return compositeKey("conv", conversationId);
}

function conversationKey(tenantId: string, conversationId: string): string {
  return `${tenantId}|${conversationId}`;
}

function personalRow(userObjectId: string): string {
  return compositeKey("user", userObjectId);
}

export class ConversationReferenceRepository {
  /**
   * Chats found in the last seconds (recentReads.ts): a card action and the update of everyone's card that follows
   * it each look the meeting chat up. A chat not found is read again next time: another instance may save it.
   */
  private readonly recent = new RecentReads<ConversationRecord | undefined>(CARD_READ_TTL_MS);

  constructor(private readonly table: TableGateway) {}

  async saveConversation(tenantId: string, record: ConversationRecord): Promise<void> {
    await this.table.upsert({
      partitionKey: tenantId,
      rowKey: conversationRow(record.reference.conversation.id),
      scope: record.scope,
      teamId: record.teamId,
      installedAt: record.installedAt,
      installedBy: record.installedBy,
      reference: JSON.stringify(record.reference),
    });
    this.recent.forget(conversationKey(tenantId, record.reference.conversation.id));
  }

  /** The personal chat of a user with the bot: where reminders and note obligations go. */
  async savePersonal(tenantId: string, userObjectId: string, record: ConversationRecord): Promise<void> {
    await this.table.upsert({
      partitionKey: tenantId,
      rowKey: personalRow(userObjectId),
      scope: "personal",
      installedAt: record.installedAt,
      reference: JSON.stringify(record.reference),
    });
  }

  async getConversation(tenantId: string, conversationId: string): Promise<ConversationRecord | undefined> {
    const found = await this.recent.get(
      conversationKey(tenantId, conversationId),
      () => this.read(tenantId, conversationRow(conversationId)),
      (record) => record !== undefined,
    );
    // Each caller gets its own copy: the reference is handed to botbuilder.
    return found && structuredClone(found);
  }

  async getPersonal(tenantId: string, userObjectId: string): Promise<ConversationRecord | undefined> {
    return this.read(tenantId, personalRow(userObjectId));
  }

  async removeConversation(tenantId: string, conversationId: string): Promise<void> {
    await this.table.delete(tenantId, conversationRow(conversationId));
    this.recent.forget(conversationKey(tenantId, conversationId));
  }

  private async read(tenantId: string, rowKey: string): Promise<ConversationRecord | undefined> {
    const row = await this.table.get(tenantId, rowKey);
    if (!row) return undefined;
    const v = row.value;
    return {
      reference: JSON.parse(String(v.reference)) as StoredConversationReference,
      scope: v.scope as ConversationRecord["scope"],
      teamId: v.teamId as string | undefined,
      installedAt: String(v.installedAt),
      installedBy: v.installedBy as string | undefined,
    };
  }
}
