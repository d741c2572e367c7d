/**
 * Issue 15: a slow Bot Connector never delays the clinician's answer. Over HTTP against the running service
 * (Azurite behind it), the fake connector holds every update of a message (and, for the connection-lost steps,
 * every post) until the test releases it — 20 s otherwise, like the connector of the report. Each card action
 * must answer while its card's update is still held at the connector, from what it saved; once released, the
 * update everyone sees arrives (a queued job: encounters/sharedCardRefresh.ts). States are awaited, never time.
 */
import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import {
  startFakeConnector,
  type FakeConnector,
  type HoldOptions,
  type RecordedActivity,
} from "../support/fakeConnector.js";
import { CLINICIAN, TENANT_ID, postActivity } from "../support/activities.js";
import {
  MEETING_CHAT_ID,
  MEETING_ID,
  meetingInvokeActivity,
  meetingStartActivity,
} from "../support/meetingActivities.js";
import { seedTeam } from "../support/teams.js";
import { TEAM_G, TEAM_H } from "../support/teamsIds.js";
import { consentRecordClick } from "../support/consentFixtures.js";

let service: TestService;
let connector: FakeConnector;
const START = "2026-11-23T14:00:00.000Z";
/** What the clinician waits for, at most: far under the connector's 20 s, with room for a busy 2-core CI machine. */
const ANSWER_BUDGET_MS = 5_000;

type Card = Record<string, unknown>;
type InvokeBody = { statusCode: number; type: string; value: Card };
const cardOf = (a: RecordedActivity) => (a.body.attachments as Array<{ content: Card }> | undefined)?.[0]?.content;
const text = (x: unknown) => JSON.stringify(x);

beforeAll(async () => {
  connector = await startFakeConnector();
  service = await startTestService({}, { now: () => new Date("2026-11-23T14:05:00.000Z") });
  connector.meetings.set(MEETING_ID, {
    details: { id: MEETING_ID, scheduledStartTime: START, type: "Scheduled" },
    conversation: { id: MEETING_CHAT_ID },
    organizer: { id: CLINICIAN.id, aadObjectId: CLINICIAN.aadObjectId, tenantId: TENANT_ID },
  });
  connector.participants.set(MEETING_ID, new Map([[CLINICIAN.aadObjectId, "Organizer"]]));
  // The organiser is in two teams: the team card is posted too, and the team can be chosen.
  await seedTeam(service, TEAM_G, [CLINICIAN], TENANT_ID);
  await seedTeam(service, TEAM_H, [CLINICIAN], TENANT_ID);
  await warmUp();
});

/**
 * What is measured is a running service's answer, not its first steps (tables created on first use, code paths
 * compiled): the same actions once (not the team choice, which the organiser's next meetings would remember), on
 * another meeting, with the connector answering at once.
 */
async function warmUp(): Promise<void> {
  const meetingId = "meeting-warm-up";
  const conversationId = "19:meeting_warm-up@thread.v2";
  connector.meetings.set(meetingId, {
    details: { id: meetingId, type: "Scheduled" },
    organizer: { id: CLINICIAN.id, aadObjectId: CLINICIAN.aadObjectId, tenantId: TENANT_ID },
  });
  connector.participants.set(meetingId, new Map([[CLINICIAN.aadObjectId, "Organizer"]]));
  const opts = { user: CLINICIAN, serviceUrl: connector.serviceUrl, meetingId, conversationId };
  await postActivity(service.url, meetingStartActivity({ ...opts, startTime: START }));
  const posted = connector.sentTo(conversationId);
  const encounterId = /"encounterId":"([^"]+)"/.exec(text(posted.map(cardOf)))![1]!;
  const act = (verb: string, data: Record<string, unknown>) =>
    postActivity(service.url, meetingInvokeActivity(verb, { encounterId, ...data }, opts));
  await act("consent.record", { rev: 0, method: "verbal", scopeSession: "true" });
  await act("consent.withdraw", { rev: 1 });
  await act("contingency.record", { rev: 0, agreedWithPatient: "true" });
  await connector.waitForActivity((a) => a.conversationId === conversationId && a.method === "PUT");
}
afterAll(async () => {
  await service?.stop();
  await connector?.stop();
});

interface Observed {
  answer: InvokeBody;
  answeredInMs: number;
}

/**
 * The action, with the connector holding what it receives: the answer must come back while the held request is
 * pending (it never could if the action waited for it); then the request is released.
 */
async function whileConnectorIsSlow(
  verb: string,
  data: Record<string, unknown>,
  replyToId: string,
  hold: HoldOptions = {},
): Promise<Observed> {
  const held = connector.holdActivities(hold);
  const started = performance.now();
  const response = await postActivity(
    service.url,
    meetingInvokeActivity(verb, data, { user: CLINICIAN, serviceUrl: connector.serviceUrl, replyToId }),
  );
  const answeredInMs = performance.now() - started;
  expect(response.status).toBe(200);
  // The update reaches the connector after the answer, and is still unanswered there.
  await held.waitForPending(1);
  expect(held.pending()).toBeGreaterThanOrEqual(1);
  held.release();
  console.info(`${verb}: answered in ${answeredInMs.toFixed(0)} ms while the connector held the update`);
  return { answer: response.body as unknown as InvokeBody, answeredInMs };
}

const updateOf = (activityId: string | undefined, contains: string) =>
  connector.waitForActivity(
    (a) => a.method === "PUT" && a.activityId === activityId && text(cardOf(a)).includes(contains),
  );

describe("a slow connector (20 s per update) does not delay the clinician's answer", () => {
  let encounterId = "";
  const ids = { team: "", consent: "", contingency: "" };

  it("meetingStart posts the team, consent and contingency cards", async () => {
    const response = await postActivity(
      service.url,
      meetingStartActivity({ user: CLINICIAN, serviceUrl: connector.serviceUrl, startTime: START }),
    );
    expect(response.status).toBe(200);
    const posted = connector.sentTo(MEETING_CHAT_ID).filter((a) => a.method === "POST");
    expect(posted).toHaveLength(3);
    const [team, consent, contingency] = posted.map((a) => a.activityId ?? "");
    Object.assign(ids, { team, consent, contingency });
    encounterId = /"encounterId":"([^"]+)"/.exec(text(cardOf(posted[1]!)))![1]!;
  });

  it("consent.record answers while its update is held at the connector, then everyone's card shows the consent", async () => {
    const { answer, answeredInMs } = await whileConnectorIsSlow(
      "consent.record",
      consentRecordClick(encounterId, 0),
      ids.consent,
    );
    expect(text(answer.value)).toContain("Enregistré.");
    expect(text(answer.value)).toContain("Consentement noté le 2026-11-23 à 09 h 05");
    expect(answeredInMs).toBeLessThan(ANSWER_BUDGET_MS);
    await updateOf(ids.consent, "Consentement noté le 2026-11-23 à 09 h 05");
  });

  it("consent.withdraw answers while its update is held at the connector, then everyone's card shows the withdrawal", async () => {
    const { answer, answeredInMs } = await whileConnectorIsSlow(
      "consent.withdraw",
      { encounterId, rev: 1 },
      ids.consent,
    );
    expect(text(answer.value)).toContain("Consentement retiré le 2026-11-23 à 09 h 05");
    expect(answeredInMs).toBeLessThan(ANSWER_BUDGET_MS);
    await updateOf(ids.consent, "Consentement retiré le 2026-11-23 à 09 h 05");
  });

  it("contingency.record answers while its update is held at the connector, then everyone's plan shows it agreed", async () => {
    const { answeredInMs } = await whileConnectorIsSlow(
      "contingency.record",
      { encounterId, rev: 0, phoneVerified: "true", agreedWithPatient: "true" },
      ids.contingency,
    );
    expect(answeredInMs).toBeLessThan(ANSWER_BUDGET_MS);
    await updateOf(ids.contingency, "Plan convenu avec vous, consigné le 2026-11-23 à 09 h 05");
  });

  it("contingency.connectionLost answers while its update is held at the connector while the steps' post is held, then they are posted", async () => {
    const posted = () => connector.sentTo(MEETING_CHAT_ID).filter((a) => a.method === "POST").length;
    const before = posted();
    const { answeredInMs } = await whileConnectorIsSlow(
      "contingency.connectionLost",
      { encounterId, rev: 1 },
      ids.contingency,
      { methods: ["PUT", "POST"] },
    );
    expect(answeredInMs).toBeLessThan(ANSWER_BUDGET_MS);
    const steps = await connector.waitForActivity(
      (a) => a.method === "POST" && text(cardOf(a)).includes("Connexion perdue : que faire"),
    );
    expect(text(cardOf(steps))).toContain("Perte de connexion signalée à 09 h 05");
    expect(posted()).toBe(before + 1);
  });

  it("contingency.switchToPhone answers while its update is held at the connector, then everyone's plan says the meeting goes on by phone", async () => {
    const { answeredInMs } = await whileConnectorIsSlow(
      "contingency.switchToPhone",
      { encounterId, rev: 2 },
      ids.contingency,
    );
    expect(answeredInMs).toBeLessThan(ANSWER_BUDGET_MS);
    await updateOf(ids.contingency, "La rencontre se poursuit par téléphone depuis");
  });

  it("encounter.team.set answers while its update is held at the connector, then everyone's team card and plan follow the team", async () => {
    const before = connector.activities.length;
    const { answer, answeredInMs } = await whileConnectorIsSlow(
      "encounter.team.set",
      { encounterId, teamKey: TEAM_H.groupId },
      ids.team,
    );
    expect(text(answer.value)).toContain(TEAM_H.name);
    expect(answeredInMs).toBeLessThan(ANSWER_BUDGET_MS);
    await updateOf(ids.team, TEAM_H.name);
    await connector.waitForActivity(
      (a) => a.method === "PUT" && a.activityId === ids.contingency && connector.activities.indexOf(a) >= before,
    );
  });
});
