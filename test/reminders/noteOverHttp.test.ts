/**
 * The obligation through the running service over HTTP, as Teams drives it: meetingStart, then meetingEnd or
 * the clinician's "note" command; the card comes 1:1 (never in the meeting chat); "Note déposée" and
 * "Me le rappeler plus tard" from the personal chat (003 §1.1, §8.8).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { startFakeConnector, type FakeConnector } from "../support/fakeConnector.js";
import {
  botAddedActivity,
  cardActionActivity,
  CLINICIAN,
  COLLEAGUE,
  postActivity,
  replies,
  TENANT_ID,
  type TestUser,
} from "../support/activities.js";
import { meetingEndActivity, meetingMessageActivity, meetingStartActivity } from "../support/meetingActivities.js";
import { validateCard } from "../support/adaptiveCardValidator.js";
import { eventually } from "./support/childService.js";
import { cardOf, headingOf } from "./support/harness.js";

let service: TestService;
let connector: FakeConnector;
let meetings = 0;

beforeAll(async () => {
  connector = await startFakeConnector();
  service = await startTestService({
    REMINDER_POLL_INTERVAL: "PT0.1S",
    REMINDER_OFFSETS: "PT1H",
    REMINDER_SNOOZE: "PT30M",
  });
});
afterAll(async () => {
  await service?.stop();
  await connector?.stop();
});

const text = (x: unknown) => JSON.stringify(x);
const personalOf = (u: TestUser) => `a:personal-${u.id}`;

/** A meeting with the bot in it, started by the clinician as organiser. */
async function startMeeting(): Promise<{ meetingId: string; chatId: string; encounterId: string }> {
  meetings += 1;
  const meetingId = `MCM-note-${meetings}-${Date.now()}`;
  const chatId = `19:meeting_note${meetings}@thread.v2`;
  const start = new Date().toISOString();
  connector.meetings.set(meetingId, {
    details: {
      id: meetingId,
      scheduledStartTime: start,
      scheduledEndTime: new Date(Date.now() + 30 * 60_000).toISOString(),
      type: "Scheduled",
    },
    conversation: { id: chatId },
    organizer: { id: CLINICIAN.id, aadObjectId: CLINICIAN.aadObjectId, tenantId: TENANT_ID },
  });
  connector.participants.set(
    meetingId,
    new Map([
      [CLINICIAN.aadObjectId, "Organizer"],
      [COLLEAGUE.aadObjectId, "Presenter"],
    ]),
  );
  const options = { serviceUrl: connector.serviceUrl, user: CLINICIAN, meetingId, conversationId: chatId };
  // Adding the app to the meeting: Teams tells the bot (conversationUpdate), which remembers the meeting chat.
  const added = botAddedActivity({ ...options, conversationType: "groupChat", expectReplies: false });
  expect((await postActivity(service.url, added)).status).toBe(200);
  expect((await postActivity(service.url, meetingStartActivity({ ...options, startTime: start }))).status).toBe(200);
  const stored = await service.services.encounters.latestForMeeting(TENANT_ID, meetingId);
  return { meetingId, chatId, encounterId: stored!.encounter.id };
}

async function invokeFromPersonalChat(verb: string, encounterId: string, user: TestUser = CLINICIAN, locale = "fr-CA") {
  const response = await postActivity(
    service.url,
    cardActionActivity(verb, { encounterId }, { user, locale, serviceUrl: connector.serviceUrl }),
  );
  expect(response.status).toBe(200);
  return (
    replies(response.body)[0]?.value as { body: { statusCode: number; type: string; value: Record<string, unknown> } }
  ).body;
}

describe("after the meeting, over HTTP", () => {
  it("meetingEnd opens the obligation: the card reaches the clinician's personal chat, not the meeting chat", async () => {
    const { meetingId, chatId, encounterId } = await startMeeting();
    const chatBefore = connector.sentTo(chatId).length;
    const before = connector.sentTo(personalOf(CLINICIAN)).length;
    await postActivity(
      service.url,
      meetingEndActivity({
        serviceUrl: connector.serviceUrl,
        user: CLINICIAN,
        meetingId,
        conversationId: chatId,
        endTime: new Date().toISOString(),
      }),
    );
    await eventually(
      "the note card in the personal chat",
      () => connector.sentTo(personalOf(CLINICIAN)).length > before,
      10_000,
    );
    const card = connector.sentTo(personalOf(CLINICIAN)).at(-1)!;
    expect(headingOf(card)).toBe("Note au dossier à déposer");
    expect(cardOf(card)?.actions?.[0]?.data?.encounterId).toBe(encounterId);
    expect(validateCard(cardOf(card)!).errors).toEqual([]);
    expect(connector.sentTo(chatId).length).toBe(chatBefore);
    // Opened via createConversation with the organiser's Teams id, then remembered.
    expect(connector.conversationsCreated.some((c) => text(c).includes(CLINICIAN.id))).toBe(true);
    // The delivery is recorded after the connector accepted the card: wait for that state, not for time.
    const obligation = async () =>
      (await service.services.reminders.obligations.get(TENANT_ID, encounterId))!.obligation;
    await eventually("the delivery recorded", async () => (await obligation()).cardDelivery === "sent", 10_000);
    expect(await obligation()).toMatchObject({ openedBy: "meetingEnd", clinicianId: CLINICIAN.aadObjectId });
  });

  it("the clinician's 'note' command closes the encounter and opens the obligation too", async () => {
    const { chatId, meetingId, encounterId } = await startMeeting();
    const before = connector.sentTo(personalOf(CLINICIAN)).length;
    await postActivity(
      service.url,
      meetingMessageActivity("note", {
        serviceUrl: connector.serviceUrl,
        user: CLINICIAN,
        meetingId,
        conversationId: chatId,
      }),
    );
    await eventually("the note card", () => connector.sentTo(personalOf(CLINICIAN)).length > before, 10_000);
    const o = (await service.services.reminders.obligations.get(TENANT_ID, encounterId))!.obligation;
    expect(o.openedBy).toBe("clinician");
  });

  it("'Note déposée' records the filing and answers with the filed card; reminders are cancelled", async () => {
    const { chatId, meetingId, encounterId } = await startMeeting();
    await postActivity(
      service.url,
      meetingEndActivity({
        serviceUrl: connector.serviceUrl,
        user: CLINICIAN,
        meetingId,
        conversationId: chatId,
        endTime: new Date().toISOString(),
      }),
    );
    await eventually(
      "the obligation",
      async () => (await service.services.reminders.obligations.get(TENANT_ID, encounterId)) !== undefined,
      10_000,
    );

    const refused = await invokeFromPersonalChat("note.filed", encounterId, COLLEAGUE);
    expect(refused).toMatchObject({ statusCode: 403, type: "application/vnd.microsoft.error" });

    const answer = await invokeFromPersonalChat("note.filed", encounterId);
    expect(answer.statusCode).toBe(200);
    expect(answer.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(text(answer.value)).toContain("Note au dossier déposée");
    expect(text(answer.value)).toContain("dans le délai");
    expect(text(answer.value)).not.toContain("note.filed");
    const o = (await service.services.reminders.obligations.get(TENANT_ID, encounterId))!.obligation;
    expect(o).toMatchObject({ filedBy: CLINICIAN.aadObjectId, filedOnTime: true, filedWithin24h: true });
    const reminders = (await service.services.reminders.notes.jobsOf(TENANT_ID, encounterId)).filter(
      (j) => j.kind === "reminder" || j.kind === "overdue",
    );
    expect(reminders.map((j) => j.state)).toEqual(["cancelled", "cancelled"]);
  });

  it("'Me le rappeler plus tard' answers when the next reminder comes, in the clinician's language", async () => {
    const { chatId, meetingId, encounterId } = await startMeeting();
    await postActivity(
      service.url,
      meetingEndActivity({
        serviceUrl: connector.serviceUrl,
        user: CLINICIAN,
        meetingId,
        conversationId: chatId,
        endTime: new Date().toISOString(),
      }),
    );
    await eventually(
      "the obligation",
      async () => (await service.services.reminders.obligations.get(TENANT_ID, encounterId)) !== undefined,
      10_000,
    );
    const answer = await invokeFromPersonalChat("note.remindLater", encounterId, CLINICIAN, "en-US");
    expect(answer.statusCode).toBe(200);
    expect(text(answer.value)).toContain("I will remind you around");
    expect(validateCard(answer.value).errors).toEqual([]);
    const snooze = (await service.services.reminders.notes.jobsOf(TENANT_ID, encounterId)).find(
      (j) => j.kind === "snooze",
    );
    expect(snooze?.state).toBe("scheduled");
    expect(Date.parse(snooze!.dueAt) - Date.now()).toBeGreaterThan(25 * 60_000);
  });

  it("an unknown encounter is answered, not thrown", async () => {
    const answer = await invokeFromPersonalChat("note.filed", "bm9wZQ.1795460400000");
    expect(answer).toMatchObject({ statusCode: 404, type: "application/vnd.microsoft.error" });
  });
});
