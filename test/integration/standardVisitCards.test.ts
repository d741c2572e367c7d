/**
 * Issue 12, effort through the cards: the standard visit — verbal consent for the session (003 §1.1, §1.3.1), the
 * plan agreed with the callback number confirmed (§3), where the patient is (004), the note filed after the meeting
 * (§1.1, §8.8) — clicked on the meeting chat's cards through the real bot endpoint. Each click is counted from the
 * cards themselves: every input the clinician must change from the default the card shows, plus the button. The
 * count is printed next to the side panel's (test/browser/standardVisit.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { startFakeConnector, type FakeConnector } from "../support/fakeConnector.js";
import { cardActionActivity, postActivity } from "../support/activities.js";
import { meetingEndActivity, meetingInvokeActivity, meetingStartActivity } from "../support/meetingActivities.js";
import { TEAM_G, TENANT, USERS } from "../support/teamsIds.js";
import { seedTeam } from "../support/teams.js";
import { newPrivateMeeting } from "../api/activityFixtures.js";
import { encounterIdFor } from "../../bot/src/domain/encounter.js";

type Card = Record<string, unknown>;
type Input = { id: string; type: string; value?: unknown; valueOff?: string };

const MEETING = newPrivateMeeting();
const START = new Date(Date.now() - 60_000).toISOString();
const encounterId = encounterIdFor(MEETING.meetingId, START);
const CLINICIAN = USERS.clinicien;

/** Every input of a card, with the value it shows before anyone touches it. */
function inputsOf(node: unknown, found: Input[] = []): Input[] {
  if (Array.isArray(node)) node.forEach((n) => inputsOf(n, found));
  else if (node && typeof node === "object") {
    const o = node as Record<string, unknown>;
    if (typeof o.type === "string" && o.type.startsWith("Input.") && typeof o.id === "string") found.push(o as Input);
    Object.values(o).forEach((v) => inputsOf(v, found));
  }
  return found;
}

const shown = (input: Input): string =>
  typeof input.value === "string" ? input.value : input.type === "Input.Toggle" ? (input.valueOff ?? "false") : "";

/** The clicks a submit takes on `card`: each input whose value differs from what the card shows, and the button. */
function clicksFor(card: Card, verb: string, data: Record<string, string>): number {
  expect(JSON.stringify(card)).toContain(`"verb":"${verb}"`);
  const inputs = inputsOf(card);
  const changed = Object.entries(data).filter(([id, value]) => {
    const input = inputs.find((i) => i.id === id);
    expect(input, `${verb}: input ${id}`).toBeDefined();
    return shown(input!) !== value;
  });
  return changed.length + 1;
}

let service: TestService;
let connector: FakeConnector;
const ids = { meetingId: MEETING.meetingId, conversationId: MEETING.chatId, tenantId: TENANT };

async function invoke(verb: string, data: Record<string, unknown>): Promise<Card> {
  const activity = meetingInvokeActivity(verb, data, { ...ids, serviceUrl: connector.serviceUrl, user: CLINICIAN });
  const response = await postActivity(service.url, activity);
  expect(response.status, verb).toBe(200);
  return (response.body as { value: Card }).value;
}

beforeAll(async () => {
  connector = await startFakeConnector();
  service = await startTestService();
  await seedTeam(service, TEAM_G, [USERS.pilote, CLINICIAN]);
  connector.meetings.set(MEETING.meetingId, {
    details: { id: MEETING.meetingId, scheduledStartTime: START, type: "Scheduled" },
    conversation: { id: MEETING.chatId },
    organizer: { id: CLINICIAN.id, aadObjectId: CLINICIAN.aadObjectId, tenantId: TENANT },
  });
  const options = { ...ids, serviceUrl: connector.serviceUrl, user: CLINICIAN };
  await postActivity(service.url, meetingStartActivity({ ...options, startTime: START }));
});
afterAll(async () => {
  await service?.stop();
  await connector?.stop();
});

describe("a standard visit through the meeting chat's cards (effort)", () => {
  it("counts the clicks of consent, plan, location and note on the cards", async () => {
    // Where Teams renders no user-specific view (Playground, mobile), each card's « Ouvrir ma vue » is one more.
    const consentView = await invoke("consent.open", { encounterId });
    const consent = { method: "verbal", scopeSession: "true", identityDocumentKind: "ramqCard" };
    const consentAnswers = { ...consent, limitsExplained: "true", inPersonOffer: "declined" };
    const consentClicks = clicksFor(consentView, "consent.record", consentAnswers);
    await invoke("consent.record", { encounterId, rev: 0, ...consentAnswers });

    const planView = await invoke("contingency.open", { encounterId });
    const plan = { phoneVerified: "true", emailVerified: "false", emergencyContactConfirmed: "false" };
    const planAnswers = { ...plan, agreedWithPatient: "true" };
    const planClicks = clicksFor(planView, "contingency.record", planAnswers);
    const afterPlan = await invoke("contingency.record", { encounterId, rev: 0, ...planAnswers });

    const locationAnswers = { regionCode: "04", confidentialPlace: "yes" };
    const locationClicks = clicksFor(afterPlan, "contingency.location", locationAnswers);
    await invoke("contingency.location", { encounterId, rev: 1, ...locationAnswers });

    const end = meetingEndActivity({
      ...ids,
      serviceUrl: connector.serviceUrl,
      user: CLINICIAN,
      endTime: new Date().toISOString(),
    });
    await postActivity(service.url, end);
    await expect.poll(() => service.services.reminders.obligations.get(TENANT, encounterId)).toBeTruthy();
    // The post-meeting card's « Note déposée » (noteObligationFlow.test.ts checks the card carries it).
    const filed = await postActivity(
      service.url,
      cardActionActivity(
        "note.filed",
        { encounterId },
        { user: CLINICIAN, tenantId: TENANT, serviceUrl: connector.serviceUrl },
      ),
    );
    expect(filed.status).toBe(200);
    const noteClicks = 1;

    const { encounter } = (await service.services.encounters.get(TENANT, encounterId))!;
    expect(encounter.consents[0]).toMatchObject({
      method: "verbal",
      limitsExplained: true,
      inPersonAnswer: "declined",
    });
    expect(encounter.plan).toMatchObject({ agreedWithPatient: true, phoneVerified: true });
    expect(encounter.location).toMatchObject({ regionCode: "04", confidential: true });
    expect((await service.services.reminders.obligations.get(TENANT, encounterId))?.obligation.filedBy).toBe(
      CLINICIAN.aadObjectId,
    );
    const total = consentClicks + planClicks + locationClicks + noteClicks;
    console.log(
      `Standard visit through the cards: ${total} clicks (consent ${consentClicks}, plan ${planClicks}, location ${locationClicks}, note ${noteClicks}); ${total + 2} where « Ouvrir ma vue » is needed on the two cards`,
    );
    expect(total).toBeGreaterThan(0);
  });
});
