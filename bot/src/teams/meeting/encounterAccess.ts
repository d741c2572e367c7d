/**
 * Who may record on an encounter: the meeting organiser (Teams role, asked each time) or a clinician
 * already recorded on the encounter. Everyone else, patients included, sees the patient-facing view.
 */
import type { TurnContext } from "botbuilder";
import { isRecordedClinician, type Encounter } from "../../domain/encounter.js";
import { activityConversation, activityFrom, activityMeetingId } from "../turn/conversationScope.js";
import { isMeetingOrganizer } from "./meetingFacts.js";
import type { BotPorts } from "../turn/botPorts.js";

export interface Actor {
  objectId: string;
  /** Teams user id (29:…), kept only for refresh.userIds. */
  teamsUserId?: string;
}

/** The acting clinician, or undefined when not allowed (anonymous users have no Entra object id). */
export async function authorisedActor(
  context: TurnContext,
  encounter: Encounter,
  services: Pick<BotPorts, "logger" | "devMeetingOrganizer">,
): Promise<Actor | undefined> {
  const objectId = activityFrom(context.activity)?.aadObjectId;
  if (!objectId) return undefined;
  const actor = { objectId, teamsUserId: activityFrom(context.activity)?.id };
  if (isRecordedClinician(encounter, objectId)) return actor;
  return (await isMeetingOrganizer(context, encounter.meetingId, encounter.tenantId, objectId, services))
    ? actor
    : undefined;
}

function baseConversationId(id: string | undefined): string | undefined {
  return id?.split(";")[0];
}

/** A card acts on the encounter of the conversation it was posted in, nowhere else. */
export function activityBelongsTo(context: TurnContext, encounter: Encounter): boolean {
  const meetingId = activityMeetingId(context.activity);
  if (meetingId) return meetingId === encounter.meetingId;
  return (
    baseConversationId(activityConversation(context.activity)?.id) === baseConversationId(encounter.conversationId)
  );
}
