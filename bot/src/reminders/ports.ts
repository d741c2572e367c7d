/**
 * What the scheduler needs from Teams, implemented in bot/src/teams/proactive (the only botbuilder users).
 * Both operations throw ProactiveSendError (jobs/retryPolicy.ts) when the connector refuses.
 */
import type { AdaptiveCard } from "../cards/renderCard.js";
import type { StoredConversationReference } from "../storage/conversationReferenceRepository.js";

export type OutgoingMessage = { kind: "card"; card: AdaptiveCard; summary: string } | { kind: "text"; text: string };

export interface PersonalConversationRequest {
  tenantId: string;
  serviceUrl: string;
  botId: string;
  /** The user's Teams id (29:…) when known, else their Entra object id. */
  memberId: string;
  aadObjectId: string;
}

export interface ProactiveSender {
  /** One message to an existing conversation (continueConversationAsync). */
  send: (reference: StoredConversationReference, message: OutgoingMessage) => Promise<{ activityId?: string }>;
  /** Opens (or finds: Teams answers with the same id) the user's personal chat with the bot (createConversationAsync). */
  createPersonalConversation: (request: PersonalConversationRequest) => Promise<StoredConversationReference>;
}
