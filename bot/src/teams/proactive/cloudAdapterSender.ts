/**
 * Proactive messages through botbuilder's CloudAdapter (continueConversationAsync / createConversationAsync), and
 * in-place updates of a message the bot posted (updateActivity, in a proactive turn of the same conversation).
 *
 * The connector client's own retry policy (core-rest-pipeline: up to 3 retries, sleeping out Retry-After inside
 * the call) is removed for sends and updates: the durable scheduler owns retries, so that a wait is bounded by its claim
 * lease, counted, and turned into a recorded outcome. Conversation creation happens before botbuilder hands
 * us the client, so it keeps the SDK's bounded retries; its failures reach the scheduler all the same.
 */
import {
  CardFactory,
  type CloudAdapter,
  type ConversationParameters,
  type ConversationReference,
  type TurnContext,
} from "botbuilder";
import type { Logger } from "../../logger.js";
import type { StoredConversationReference } from "../../storage/conversationReferenceRepository.js";
import { minimalReference } from "../../storage/conversationReferenceRepository.js";
import type { OutgoingMessage, PersonalConversationRequest, ProactiveSender } from "../../reminders/ports.js";
import type { AdaptiveCard } from "../../cards/renderCard.js";
import { toSendError } from "./sendErrors.js";
import type { SharedCardUpdater } from "./sharedCardRefreshJob.js";

interface PipelineOwner {
  client?: { pipeline?: { removePolicy: (options: { name: string }) => unknown } };
}

function toActivity(message: OutgoingMessage) {
  return message.kind === "card"
    ? { type: "message", summary: message.summary, attachments: [CardFactory.adaptiveCard(message.card)] }
    : { type: "message", text: message.text };
}

export class CloudAdapterSender implements ProactiveSender, SharedCardUpdater {
  private warnedNoPipeline = false;

  constructor(
    private readonly adapter: CloudAdapter,
    /** MicrosoftAppId, or "" in local mode (botbuilder then sends without a token). */
    private readonly appId: string,
    private readonly logger: Logger,
  ) {}

  async send(reference: StoredConversationReference, message: OutgoingMessage): Promise<{ activityId?: string }> {
    return this.inTurn(reference, async (context) => ({
      activityId: (await context.sendActivity(toActivity(message)))?.id,
    }));
  }

  async update(reference: StoredConversationReference, activityId: string, card: AdaptiveCard): Promise<void> {
    await this.inTurn(reference, (context) =>
      context.updateActivity({ id: activityId, type: "message", attachments: [CardFactory.adaptiveCard(card)] }),
    );
  }

  /** One operation in a proactive turn of the conversation, its failure reported as a ProactiveSendError. */
  private async inTurn<T>(
    reference: StoredConversationReference,
    operation: (context: TurnContext) => Promise<T>,
  ): Promise<T> {
    let outcome = undefined as { value: T } | undefined;
    let failure: unknown;
    // Errors are caught inside the turn: thrown through, the adapter's onTurnError would swallow them.
    await this.adapter.continueConversationAsync(
      this.appId,
      reference as Partial<ConversationReference>,
      async (context) => {
        this.ownRetries(context);
        try {
          outcome = { value: await operation(context) };
        } catch (error) {
          failure = error;
        }
      },
    );
    if (failure !== undefined) throw toSendError("send", failure);
    if (!outcome) throw toSendError("send", new Error("the proactive turn did not run"));
    return outcome.value;
  }

  async createPersonalConversation(request: PersonalConversationRequest): Promise<StoredConversationReference> {
    const parameters = {
      isGroup: false,
      bot: { id: request.botId, name: "Balises" },
      members: [{ id: request.memberId, aadObjectId: request.aadObjectId, name: "" }],
      tenantId: request.tenantId,
      channelData: { tenant: { id: request.tenantId } },
    } as unknown as ConversationParameters;
    let created: StoredConversationReference | undefined;
    try {
      // No audience: botbuilder then uses the Bot Framework channel scope, as for continueConversationAsync.
      const audience = undefined as unknown as string;
      await this.adapter.createConversationAsync(
        this.appId,
        "msteams",
        request.serviceUrl,
        audience,
        parameters,
        (context) => {
          const activity = context.activity;
          created = minimalReference(
            {
              channelId: "msteams",
              serviceUrl: request.serviceUrl,
              conversation: { id: activity.conversation.id, conversationType: "personal", tenantId: request.tenantId },
              bot: { id: request.botId },
              user: { id: request.memberId, aadObjectId: request.aadObjectId },
            },
            request.tenantId,
          );
          return Promise.resolve();
        },
      );
    } catch (error) {
      throw toSendError("createConversation", error);
    }
    if (!created) throw toSendError("createConversation", new Error("the create-conversation turn did not run"));
    return created;
  }

  private ownRetries(context: TurnContext): void {
    const connector = context.turnState.get<PipelineOwner | undefined>(this.adapter.ConnectorClientKey);
    const pipeline = connector?.client?.pipeline;
    if (pipeline) {
      pipeline.removePolicy({ name: "defaultRetryPolicy" });
    } else if (!this.warnedNoPipeline) {
      this.warnedNoPipeline = true;
      this.logger.warn("connector client pipeline not found: the SDK's built-in retries stay on for proactive sends");
    }
  }
}
