/**
 * Teams meeting end (`application/vnd.microsoft.meetingEnd`): closes the meeting's open encounter with its
 * end time. What follows (the note obligation) is one of the lifecycle's `closed` listeners, wired in the
 * composition root.
 */
import type { MeetingEndEventDetails, TurnContext } from "botbuilder";
import { closeEncounter } from "../../encounters/encounterLifecycle.js";
import { activityMeetingId, activityTenantId } from "../turn/conversationScope.js";
import type { BotPorts } from "../turn/botPorts.js";

export async function handleMeetingEnd(
  context: TurnContext,
  details: MeetingEndEventDetails,
  services: Pick<BotPorts, "now" | "encounters" | "encounterLifecycle">,
): Promise<void> {
  const tenantId = activityTenantId(context.activity);
  const meetingId = details.id || activityMeetingId(context.activity);
  if (!tenantId || !meetingId) return;
  const latest = await services.encounters.latestForMeeting(tenantId, meetingId);
  if (!latest || latest.encounter.status !== "open") return;
  const end =
    details.endTime instanceof Date && !Number.isNaN(details.endTime.getTime()) ? details.endTime : services.now();
  await closeEncounter(services, {
    tenantId,
    encounterId: latest.encounter.id,
    endedAt: end.toISOString(),
    closedBy: "meetingEnd",
  });
}
