/**
 * Issue 12: every shared encounter card carries a visible "Ouvrir ma vue clinicien" button, so the flow works
 * where Teams shows no user-specific view (the Agents Playground, some mobile clients) and for a clinician who
 * is not in the card's `refresh.userIds`. Over HTTP against the running service and Azurite: a co-organiser
 * who has not acted yet opens their view from the button and records consent; an anonymous patient who clicks
 * it gets the patient-facing card with a polite notice, and nobody else's card changes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { startFakeConnector, type FakeConnector, type RecordedActivity } from "../support/fakeConnector.js";
import { CLINICIAN, COLLEAGUE, TENANT_ID, postActivity, type TestUser } from "../support/activities.js";
import {
  MEETING_CHAT_ID,
  MEETING_ID,
  meetingInvokeActivity,
  meetingStartActivity,
} from "../support/meetingActivities.js";
import { encounterIdFor } from "../../bot/src/domain/encounter.js";
import { seedTeam } from "../support/teams.js";
import { ANONYMOUS_PATIENT, TEAM_G } from "../support/teamsIds.js";
import { consentRecordClick } from "../support/consentFixtures.js";

const START = "2026-11-23T14:00:00.000Z";
const encounterId = encounterIdFor(MEETING_ID, START);
let service: TestService;
let connector: FakeConnector;
let now = new Date("2026-11-23T14:00:30.000Z");

type Card = Record<string, unknown>;
type InvokeBody = { statusCode: number; type: string; value: Card };
const text = (x: unknown) => JSON.stringify(x);
const cardOf = (a: RecordedActivity) => (a.body.attachments as Array<{ content: Card }> | undefined)?.[0]?.content;

beforeAll(async () => {
  connector = await startFakeConnector();
  service = await startTestService({}, { now: () => now });
  connector.meetings.set(MEETING_ID, {
    details: { id: MEETING_ID, scheduledStartTime: START, type: "Scheduled" },
    conversation: { id: MEETING_CHAT_ID },
    organizer: { id: CLINICIAN.id, aadObjectId: CLINICIAN.aadObjectId, tenantId: TENANT_ID },
  });
  // The colleague is a co-organiser: Teams gives them the organiser's role, but they are not on the cards yet.
  connector.participants.set(
    MEETING_ID,
    new Map([
      [CLINICIAN.aadObjectId, "Organizer"],
      [COLLEAGUE.aadObjectId, "Organizer"],
    ]),
  );
  await seedTeam(service, TEAM_G, [CLINICIAN, COLLEAGUE], TENANT_ID);
});
afterAll(async () => {
  await service?.stop();
  await connector?.stop();
});

async function click(
  verb: string,
  data: Record<string, unknown>,
  user: TestUser | typeof ANONYMOUS_PATIENT,
): Promise<InvokeBody> {
  const activity = meetingInvokeActivity(verb, data, {
    serviceUrl: connector.serviceUrl,
    user: { aadObjectId: "", ...user },
  });
  // An anonymous participant has no Entra object id at all.
  if (!("aadObjectId" in user))
    delete ((activity as Record<string, unknown>).from as { aadObjectId?: string }).aadObjectId;
  const response = await postActivity(service.url, activity);
  expect(response.status).toBe(200);
  return response.body as unknown as InvokeBody;
}

describe("the shared cards' visible button to the clinician's view", () => {
  let consentCard: Card = {};
  let planCard: Card = {};

  it("meetingStart posts both shared cards with the button, refreshing automatically for the organiser only", async () => {
    await postActivity(
      service.url,
      meetingStartActivity({ user: CLINICIAN, serviceUrl: connector.serviceUrl, startTime: START }),
    );
    const posted = await connector.waitForActivity(
      (a) => a.conversationId === MEETING_CHAT_ID && text(cardOf(a)).includes("contingency.open"),
    );
    planCard = cardOf(posted)!;
    consentCard = cardOf(connector.sentTo(MEETING_CHAT_ID).find((a) => text(cardOf(a)).includes("consent.open"))!)!;
    for (const [card, verb] of [
      [consentCard, "consent.open"],
      [planCard, "contingency.open"],
    ] as const) {
      expect(card.actions).toEqual([
        { type: "Action.Execute", title: "Ouvrir ma vue clinicien", verb, data: { encounterId } },
      ]);
      expect((card.refresh as { userIds: string[] }).userIds).toEqual([CLINICIAN.id]);
    }
  });

  it("a co-organiser not on the cards opens their view from the button and records consent with it", async () => {
    const view = await click("consent.open", { encounterId }, COLLEAGUE);
    expect(view.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(text(view.value)).toContain('"verb":"consent.record"');
    expect(text(view.value)).toContain("Input.ChoiceSet");
    const plan = await click("contingency.open", { encounterId }, COLLEAGUE);
    expect(text(plan.value)).toContain('"verb":"contingency.record"');

    now = new Date("2026-11-23T14:02:00.000Z");
    const saved = await click("consent.record", consentRecordClick(encounterId, 0), COLLEAGUE);
    expect(text(saved.value)).toContain("Enregistré.");
    const { encounter } = (await service.services.encounters.get(TENANT_ID, encounterId))!;
    expect(encounter.consents[0]?.recordedBy).toBe(COLLEAGUE.aadObjectId);
    // Now recorded on the encounter: everyone's card refreshes for them too.
    const update = await connector.waitForActivity(
      (a) => a.method === "PUT" && text(cardOf(a)).includes("consent.open") && text(cardOf(a)).includes(COLLEAGUE.id),
    );
    expect((cardOf(update)!.refresh as { userIds: string[] }).userIds).toEqual([CLINICIAN.id, COLLEAGUE.id]);
  });

  it("an anonymous patient who clicks it gets the card everyone sees, with a polite notice; no clinician field", async () => {
    const sentBefore = connector.sentTo(MEETING_CHAT_ID).length;
    for (const verb of ["consent.open", "contingency.open"]) {
      const answer = await click(verb, { encounterId }, ANONYMOUS_PATIENT);
      expect(answer.type).toBe("application/vnd.microsoft.card.adaptive");
      const card = text(answer.value);
      expect(card).toContain(
        "Cette vue est réservée à la personne qui organise la rencontre et aux membres du personnel clinique inscrits",
      );
      expect(card).not.toContain("Input.");
      expect(card).not.toMatch(/"verb":"(consent|contingency)\.(record|withdraw|connectionLost|switchToPhone)"/);
      expect(card).not.toContain("Règlement sur les services à distance");
    }
    // Only the caller sees the answer: nobody's card in the chat was posted or replaced for it.
    expect(connector.sentTo(MEETING_CHAT_ID)).toHaveLength(sentBefore);
  });

  it("in English for an English client", async () => {
    const answer = await postActivity(
      service.url,
      meetingInvokeActivity(
        "consent.open",
        { encounterId },
        {
          serviceUrl: connector.serviceUrl,
          user: { ...COLLEAGUE, aadObjectId: "aaaaaaaa-0000-4000-8000-0000000000ff" },
          locale: "en-US",
        },
      ),
    );
    const body = answer.body as unknown as InvokeBody;
    expect(text(body.value)).toContain("This view is for the meeting organiser and the clinicians recorded");
    expect(text(body.value)).toContain("Open my clinician view");
  });
});
