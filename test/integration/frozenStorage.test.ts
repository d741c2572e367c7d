/**
 * A storage that stops answering (process frozen, socket open: it accepts connections and never answers)
 * must cost a person seconds, not a hung request: the tab API answers a bilingual 503 within 5 s, /healthz
 * answers within 1 s, a card action gets a clean error — and once storage answers again, the same service
 * (never restarted) serves, saves and reports healthy.
 *
 * Reproduce the timings: npx vitest run test/integration/frozenStorage.test.ts (they are printed).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServiceOverFreezableStorage, type ServiceOverFrozenStorage } from "../support/frozenStorage.js";
import { startFakeConnector, type FakeConnector } from "../support/fakeConnector.js";
import { CLINICIAN, TENANT_ID, postActivity } from "../support/activities.js";
import {
  MEETING_CHAT_ID,
  MEETING_ID,
  meetingInvokeActivity,
  meetingStartActivity,
} from "../support/meetingActivities.js";
import { encounterIdFor } from "../../bot/src/domain/encounter.js";
import {
  as,
  defaults,
  install,
  putConfig,
  seededTeam,
  teamPath,
  type Client,
  type ErrorBody,
} from "../api/apiClient.js";

const START = "2026-11-23T14:00:00.000Z";
/** What a person may wait, at most, for the 503 (STORAGE_DEADLINES: 4 s per storage call). */
const API_BUDGET_MS = 5_000;
/** The health ping gives up at 700 ms; the rest is room for a busy 2-core CI machine. */
const HEALTH_BUDGET_MS = 2_000;

let service: ServiceOverFrozenStorage;
let connector: FakeConnector;
let pilot: Client;
let teamKey = "";
let etag: string | null | undefined;
/** The consent card's message in the meeting chat: the card a clinician acts on. */
let consentMessageId = "";
const encounterId = encounterIdFor(MEETING_ID, START);

beforeAll(async () => {
  connector = await startFakeConnector();
  service = await startServiceOverFreezableStorage(
    { DEV_IDENTITY: "on" },
    { now: () => new Date("2026-11-23T14:05:00.000Z") },
  );
  connector.meetings.set(MEETING_ID, {
    details: {
      id: MEETING_ID,
      scheduledStartTime: START,
      scheduledEndTime: "2026-11-23T14:30:00.000Z",
      type: "Scheduled",
    },
    conversation: { id: MEETING_CHAT_ID },
    organizer: { id: CLINICIAN.id, aadObjectId: CLINICIAN.aadObjectId, tenantId: TENANT_ID },
  });
  connector.participants.set(MEETING_ID, new Map([[CLINICIAN.aadObjectId, "Organizer"]]));
  pilot = await as(service, "pilote");
  teamKey = await seededTeam(service);
  const installed = await install(pilot, teamKey);
  expect(installed.status).toBe(201);
  etag = installed.body.etag;
  const started = await postActivity(
    service.url,
    meetingStartActivity({ user: CLINICIAN, serviceUrl: connector.serviceUrl, startTime: START }),
  );
  expect(started.status).toBe(200);
  expect(await service.services.encounters.get(TENANT_ID, encounterId)).toBeDefined();
  consentMessageId = connector.sentTo(MEETING_CHAT_ID).find((a) => a.method === "POST")?.activityId ?? "";
  expect(consentMessageId).not.toBe("");
});
afterAll(async () => {
  await service?.stop();
  await connector?.stop();
});

async function timed<T>(label: string, run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await run();
  const ms = Date.now() - started;
  console.info(`frozen storage: ${label} answered in ${ms} ms`);
  return { result, ms };
}

const health = async () => {
  const response = await fetch(`${service.url}/healthz`);
  return { status: response.status, body: (await response.json()) as { status: string; storage: string } };
};

const recordConsent = async () => {
  const response = await postActivity(
    service.url,
    meetingInvokeActivity(
      "consent.record",
      { encounterId, rev: 0, method: "verbal", scopeSession: "true", identityDocumentKind: "ramqCard" },
      { user: CLINICIAN, serviceUrl: connector.serviceUrl, replyToId: consentMessageId },
    ),
  );
  return {
    status: response.status,
    body: response.body as { statusCode: number; type: string; value: { code?: string; message?: string } },
  };
};

function expectStorageUnavailable(response: { status: number; body: ErrorBody }) {
  expect(response.status).toBe(503);
  expect(response.body.error.code).toBe("storage_unavailable");
  expect(response.body.error.messages["fr-CA"]).toMatch(/stockage de Balises/);
  expect(response.body.error.messages.en).toMatch(/Balises storage/);
}

describe("storage frozen: accepts connections, never answers", () => {
  beforeAll(() => service.relay.freeze());

  it("the tab's read answers a bilingual 503 within 5 s", async () => {
    const { result, ms } = await timed("GET team config", () => pilot.get<ErrorBody>(teamPath(teamKey, "config")));
    expectStorageUnavailable(result);
    expect(ms).toBeLessThan(API_BUDGET_MS);
    // The operator reads why in the log; the person's answer never carries it.
    const said = service.logs.find((line) => line.msg === "request answered 503");
    expect(said?.err).toMatchObject({ name: "StorageUnavailableError" });
    expect((said?.err as { cause?: string } | undefined)?.cause).toMatch(/did not answer within \d+ ms/);
    expect(JSON.stringify(result.body)).not.toMatch(/did not answer within/);
  });

  it("the tab's write answers a bilingual 503 within 5 s", async () => {
    const { result, ms } = await timed("PUT team config", () => putConfig(pilot, teamKey, defaults(), etag));
    expectStorageUnavailable(result);
    expect(ms).toBeLessThan(API_BUDGET_MS);
  });

  it("/healthz reports degraded without waiting out the storage deadline, concurrent checks too", async () => {
    const { result, ms } = await timed("/healthz (5 at once)", () => Promise.all([1, 2, 3, 4, 5].map(() => health())));
    for (const check of result) {
      expect(check.status).toBe(503);
      expect(check.body).toMatchObject({ status: "degraded", storage: "unreachable" });
    }
    expect(ms).toBeLessThan(HEALTH_BUDGET_MS);
    const said = service.logs.find((line) => line.msg === "health check: storage unreachable");
    expect((said?.err as { cause?: string } | undefined)?.cause).toMatch(/did not answer within \d+ ms/);
  });

  it("a consent card action gets a clean storage error within 5 s", async () => {
    const { result, ms } = await timed("consent.record invoke", recordConsent);
    expect(result.status).toBe(503);
    expect(result.body.statusCode).toBe(503);
    expect(result.body.type).toBe("application/vnd.microsoft.error");
    expect(result.body.value.code).toBe("storage_unavailable");
    expect(result.body.value.message).toMatch(/stockage de Balises/);
    expect(ms).toBeLessThan(API_BUDGET_MS);
    const said = service.logs.find((line) => line.msg === "card action answered 503");
    expect(said).toMatchObject({ verb: "consent.record" });
    expect((said?.err as { cause?: string } | undefined)?.cause).toMatch(/did not answer within \d+ ms/);
  });
});

describe("storage answering again, same service", () => {
  beforeAll(() => service.relay.thaw());

  it("reports healthy, reads, saves and records consent without a restart", async () => {
    expect((await health()).status).toBe(200);
    const read = await pilot.get(teamPath(teamKey, "config"));
    expect(read.status).toBe(200);
    const saved = await putConfig(pilot, teamKey, defaults(), read.headers.get("etag"));
    expect(saved.status).toBe(200);
    const consent = await recordConsent();
    expect(consent.body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive" });
    expect((await service.services.encounters.get(TENANT_ID, encounterId))?.encounter.consents).toHaveLength(1);
  });
});
