/**
 * Teams meeting start (`application/vnd.microsoft.meetingStart`): opens the encounter of this occurrence,
 * attached to its organiser's team (encounterTeam.ts), and posts the consent and contingency cards — once,
 * with the team's card when the organiser still has to choose the team or none applies. A second
 * meetingStart for the same occurrence (a duplicate delivery, or a restart while the encounter is still
 * open) posts nothing.
 */
import type { MeetingStartEventDetails, TurnContext } from "botbuilder";
import { openEncounter } from "../../encounters/encounterLifecycle.js";
import { findCurrentEncounter } from "../../encounters/currentEncounter.js";
import type { BotPorts } from "../turn/botPorts.js";
import { activityConversation, activityMeetingId, activityTenantId } from "../turn/conversationScope.js";
import { teamContextForEncounter } from "../turn/teamContext.js";
import { turnLocale } from "../turn/turnLocale.js";
import { fetchMeetingFacts } from "./meetingFacts.js";
import { postEncounterCards, type EncounterCardKind } from "./encounterCards.js";
import { assignEncounterTeam } from "./encounterTeam.js";
import { rememberConversation } from "../turn/rememberConversation.js";

function startTime(details: MeetingStartEventDetails, fallback: Date): string {
  const time = details.startTime instanceof Date ? details.startTime.getTime() : NaN;
  return new Date(Number.isNaN(time) ? fallback.getTime() : time).toISOString();
}

export type MeetingStartPorts = Pick<
  BotPorts,
  | "logger"
  | "now"
  | "devMeetingOrganizer"
  | "encounters"
  | "encounterLifecycle"
  | "conversations"
  | "teamConfigs"
  | "teams"
  | "teamResolver"
>;

export async function handleMeetingStart(
  context: TurnContext,
  details: MeetingStartEventDetails,
  services: MeetingStartPorts,
): Promise<void> {
  const tenantId = activityTenantId(context.activity);
  const meetingId = details.id || activityMeetingId(context.activity);
  const conversationId = activityConversation(context.activity)?.id;
  if (!tenantId || !meetingId || !conversationId) {
    services.logger.warn(
      { hasTenant: Boolean(tenantId), hasMeeting: Boolean(meetingId) },
      "meetingStart without tenant or meeting: ignored",
    );
    return;
  }
  // The note obligation may later need to write in this chat (e.g. to say the personal app is missing).
  await rememberConversation(context.activity, services);
  const startedAt = startTime(details, services.now());
  if (await findCurrentEncounter(services, tenantId, meetingId, new Date(startedAt))) return;

  const facts = await fetchMeetingFacts(context, meetingId, services);
  const assignment = await assignEncounterTeam(context, services, tenantId, meetingId, facts.organizerId);
  const { created, encounter } = await openEncounter(services, {
    tenantId,
    meetingId,
    conversationId,
    startedAt,
    teamKey: assignment.teamKey,
    teamSource: assignment.source,
    ...facts,
  });
  if (!created) return;
  const team = await teamContextForEncounter(services, encounter);
  const kinds: EncounterCardKind[] = team.teamKey ? ["consent", "contingency"] : ["team", "consent", "contingency"];
  await postEncounterCards(context, services, encounter, kinds, turnLocale(context.activity), team);
}
