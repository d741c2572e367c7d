/**
 * Reaching the clinician 1:1 — never a targeted message in the meeting chat (those vanish after 24 h).
 * The stored personal chat first; else Teams is asked to open one (createConversation, with the clinician's
 * Teams id from the meeting and the meeting's serviceUrl), and the new chat is remembered. Teams refuses (403)
 * when Balises is not installed for the user: that becomes PersonalAppNotInstalled, recorded by the caller.
 */
import { PermanentSendFailure, type SendGate } from "../jobs/sendGate.js";
import type {
  ConversationReferenceRepository,
  StoredConversationReference,
} from "../storage/conversationReferenceRepository.js";
import type { NoteObligation } from "../storage/noteObligationRepository.js";
import type { OutgoingMessage, ProactiveSender } from "./ports.js";

/** The personal chat with the bot does not exist and Teams will not open one: Balises is not installed for the user. */
export class PersonalAppNotInstalled extends PermanentSendFailure {
  constructor(readonly connectorReason: string) {
    super({ kind: "permanent", reason: "personalAppNotInstalled", unreachable: true });
  }
}

/** The stored conversations a delivery reads (personal chat, meeting chat) and writes (a new personal chat). */
export type ClinicianConversations = Pick<
  ConversationReferenceRepository,
  "getPersonal" | "getConversation" | "savePersonal"
>;

export interface DeliveryServices {
  conversations: ClinicianConversations;
  now: () => Date;
}

export async function deliverToClinician(
  services: DeliveryServices,
  sender: ProactiveSender,
  o: NoteObligation,
  message: OutgoingMessage,
  gate: SendGate,
): Promise<{ activityId?: string; conversationId: string }> {
  const reference =
    (await services.conversations.getPersonal(o.tenantId, o.clinicianId))?.reference ??
    (await openPersonalChat(services, sender, o, gate));
  const result = await gate(reference.conversation.id, () => sender.send(reference, message));
  return { activityId: result.activityId, conversationId: reference.conversation.id };
}

async function openPersonalChat(
  services: DeliveryServices,
  sender: ProactiveSender,
  o: NoteObligation,
  gate: SendGate,
): Promise<StoredConversationReference> {
  const meeting = o.meetingConversationId
    ? await services.conversations.getConversation(o.tenantId, o.meetingConversationId)
    : undefined;
  if (!meeting) throw new PersonalAppNotInstalled("noPersonalConversation");
  let reference: StoredConversationReference;
  try {
    reference = await gate(`user|${o.clinicianId}`, () =>
      sender.createPersonalConversation({
        tenantId: o.tenantId,
        serviceUrl: meeting.reference.serviceUrl,
        botId: meeting.reference.bot.id,
        memberId: o.clinicianUserId ?? o.clinicianId,
        aadObjectId: o.clinicianId,
      }),
    );
  } catch (error) {
    if (error instanceof PermanentSendFailure && error.failure.unreachable)
      throw new PersonalAppNotInstalled(error.failure.reason);
    throw error;
  }
  await services.conversations.savePersonal(o.tenantId, o.clinicianId, {
    reference,
    scope: "personal",
    installedAt: services.now().toISOString(),
  });
  return reference;
}
