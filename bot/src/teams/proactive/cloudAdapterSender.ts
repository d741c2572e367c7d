/**
 * Proactive messages through botbuilder's CloudAdapter (continueConversationAsync / createConversationAsync).
 *
 * The connector client's own retry policy (core-rest-pipeline: up to 3 retries, sleeping out Retry-After inside
 * the call) is removed for sends: the durable scheduler owns retries, so that a wait is bounded by its claim
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
import { toSendError } from "./sendErrors.js";

interface PipelineOwner {
  client?: { pipeline?: { removePolicy: (options: { name: string }) => unknown } };
}

function toActivity(message: OutgoingMessage) {
  return message.kind === "card"
    ? { type: "message", summary: message.summary, attachments: [CardFactory.adaptiveCard(message.card)] }
    : { type: "message", text: message.text };
}

export class CloudAdapterSender implements ProactiveSender {
  private warnedNoPipeline = false;

  constructor(
    private readonly adapter: CloudAdapter,
    /** MicrosoftAppId, or "" in local mode (botbuilder then sends without a token). */
    private readonly appId: string,
    private readonly logger: Logger,
  ) {}

  async send(reference: StoredConversationReference, message: OutgoingMessage): Promise<{ activityId?: string }> {
    let outcome: { activityId?: string } | undefined;
    let failure: unknown;
    // Errors are caught inside the turn: thrown through, the adapter's onTurnError would swallow them.
    await this.adapter.continueConversationAsync(
      this.appId,
      reference as Partial<ConversationReference>,
      async (context) => {
        this.ownRetries(context);
        try {
          const response = await context.sendActivity(toActivity(message));
          outcome = { activityId: response?.id };
        } catch (error) {
          failure = error;
        }
      },
    );
    if (failure !== undefined) throw toSendError("send", failure);
    if (!outcome) throw toSendError("send", new Error("the proactive turn did not run"));
    return outcome;
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
