/**
 * A private meeting a clinician organises, as Teams describes it on the fake connector, started through the bot
 * endpoint `minutesAgo`: what a test needs to act on the encounter meetingStart opened.
 */
import { encounterIdFor } from "../../bot/src/domain/encounter.js";
import { newPrivateMeeting } from "../api/activityFixtures.js";
import { postActivity } from "./activities.js";
import type { FakeConnector } from "./fakeConnector.js";
import { meetingStartActivity } from "./meetingActivities.js";
import { TENANT, type TeamsUser } from "./teamsIds.js";

export async function startedMeeting(
  botUrl: string,
  connector: FakeConnector,
  organizer: TeamsUser,
  minutesAgo: number,
) {
  const meeting = newPrivateMeeting();
  const start = new Date(Date.now() - minutesAgo * 60_000).toISOString();
  const ids = { meetingId: meeting.meetingId, conversationId: meeting.chatId, tenantId: TENANT };
  connector.meetings.set(meeting.meetingId, {
    details: { id: meeting.meetingId, scheduledStartTime: start, type: "Scheduled" },
    conversation: { id: meeting.chatId },
    organizer: { id: organizer.id, aadObjectId: organizer.aadObjectId, tenantId: TENANT },
  });
  const options = { ...ids, serviceUrl: connector.serviceUrl, user: organizer };
  await postActivity(botUrl, meetingStartActivity({ ...options, startTime: start }));
  return { meeting, ids, options, encounterId: encounterIdFor(meeting.meetingId, start) };
}
