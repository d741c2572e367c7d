/**
 * Who may record on an encounter from a card: a clinician already recorded on the encounter, or the meeting
 * organiser (Teams role, asked each time) — encounters/encounterCommands.ts `encounterActor`, the side panel's rule
 * too. Everyone else, patients included, sees the patient-facing view.
 */
import type { TurnContext } from "botbuilder";
import type { Encounter } from "../../domain/encounter.js";
import { encounterActor, type Actor } from "../../encounters/encounterCommands.js";
import { activityConversation, activityFrom, activityMeetingId } from "../turn/conversationScope.js";
import { isMeetingOrganizer } from "./meetingFacts.js";
import type { BotPorts } from "../turn/botPorts.js";

/** The acting clinician, or undefined when not allowed (anonymous users have no Entra object id). */
export function authorisedActor(
  context: TurnContext,
  encounter: Encounter,
  services: Pick<BotPorts, "logger" | "devMeetingOrganizer">,
): Promise<Actor | undefined> {
  const from = activityFrom(context.activity);
  return encounterActor(encounter, { objectId: from?.aadObjectId, teamsUserId: from?.id }, (objectId) =>
    isMeetingOrganizer(context, encounter.meetingId, encounter.tenantId, objectId, services),
  );
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
