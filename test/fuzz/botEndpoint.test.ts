/**
 * Fuzz of POST /api/messages (the Bot Framework endpoint) against the real service and Azurite: 1,000+
 * malformed and hostile activities (see botActivities.ts), a fixed seed by default (fuzzRunner.ts).
 * Every answer: no 5xx, no hang past 5 s, every 4xx with the bilingual error body, every invoke answered
 * (never 501), no crash sentence, nothing logged as an error; after them the service still answers /healthz
 * and Object.prototype is untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLINICIAN, COLLEAGUE, postActivity } from "../support/activities.js";
import { meetingMessageActivity } from "../support/meetingActivities.js";
import { teamOnConnector } from "../support/teams.js";
import { botCases, type BotWorld } from "./botActivities.js";
import { runBatch, Tally } from "./fuzzBatch.js";
import { BATCH, casesPerTarget, fuzz, replaying } from "./fuzzRunner.js";
import { send, startFuzzService, type FuzzService } from "./fuzzService.js";
import { POLLUTION_MARK } from "./hostileValues.js";

const CASES = casesPerTarget(1_024);

let service: FuzzService;
let world: BotWorld;

beforeAll(async () => {
  service = await startFuzzService();
  const { connector } = service;
  const meetingId = "meeting-fuzz";
  const meetingChatId = "19:meeting_fuzz@thread.v2";
  connector.meetings.set(meetingId, {
    details: { id: meetingId },
    organizer: { id: CLINICIAN.id, aadObjectId: CLINICIAN.aadObjectId },
  });
  connector.participants.set(
    meetingId,
    new Map([
      [CLINICIAN.aadObjectId, "Organizer"],
      [COLLEAGUE.aadObjectId, "Attendee"],
    ]),
  );
  const team = {
    groupId: "7b0f6c2e-2f6a-4a57-9d7e-0c1a2b3c4d5e",
    threadId: "19:fuzzteam@thread.tacv2",
    channelId: "19:fuzzchannel@thread.tacv2",
    name: "Équipe fuzz",
  };
  teamOnConnector(connector, team, [CLINICIAN, COLLEAGUE]);
  const opened = await postActivity(
    service.url,
    meetingMessageActivity("consentement", {
      serviceUrl: connector.serviceUrl,
      user: CLINICIAN,
      meetingId,
      conversationId: meetingChatId,
    }),
  );
  expect(opened.status).toBe(200);
  const card = connector.sentTo(meetingChatId)[0]?.body.attachments as Array<{ content: Record<string, unknown> }>;
  const encounterId = (card[0]!.content.refresh as { action: { data: { encounterId: string } } }).action.data
    .encounterId;
  world = { serviceUrl: connector.serviceUrl, meetingId, meetingChatId, encounterId, team };
  service.errors.length = 0;
});
afterAll(() => service?.stop());

describe("fuzz: POST /api/messages", () => {
  it(`answers ${CASES} malformed and hostile activities with no 5xx, no hang and a bilingual body on every 4xx`, async () => {
    const tally = new Tally();
    const outcome = await fuzz("POST /api/messages", "test/fuzz/botEndpoint.test.ts", botCases(world), CASES, (batch) =>
      runBatch(service, batch, tally),
    );
    console.info(
      `[fuzz] POST /api/messages: seed ${outcome.seed}, ${outcome.runs * BATCH} cases (${tally.toString()})`,
    );
    if (!replaying()) expect(outcome.runs * BATCH).toBeGreaterThanOrEqual(Math.min(CASES, 1_000));

    const health = await send(service.port, { method: "GET", path: "/healthz", headers: {} });
    expect(health.status).toBe(200);
    expect(Object.hasOwn(Object.prototype, POLLUTION_MARK)).toBe(false);
  }, 300_000);
});
