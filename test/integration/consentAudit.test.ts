/**
 * DESIGN (privacy): consent events are written to the append-only audit, with codes only — after the card
 * action's answer, and never lost: an instance that dies after its answer, before the audit write and before
 * queuing the card refresh, leaves the events to whichever instance runs the encounter's follow-up job.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { startFakeConnector, type FakeConnector } from "../support/fakeConnector.js";
import { CLINICIAN, TENANT_ID, postActivity } from "../support/activities.js";
import {
  MEETING_CHAT_ID,
  MEETING_ID,
  meetingInvokeActivity,
  meetingStartActivity,
} from "../support/meetingActivities.js";
import { encounterIdFor } from "../../bot/src/domain/encounter.js";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { startHoldingProxy, type HoldingProxy } from "../support/holdingProxy.js";
import { connectionStringThrough } from "../support/frozenPeer.js";
import { loadConfig } from "../../bot/src/config.js";
import { createLogger } from "../../bot/src/logger.js";
import { startService, type RunningService } from "../../bot/src/server.js";
import { AuditRepository } from "../../bot/src/storage/auditRepository.js";
import { TableGateway } from "../../bot/src/storage/tableGateway.js";
import { createTableClientFactory } from "../../bot/src/storage/tableClients.js";
import { FOLLOW_UP_PERIOD_MS } from "../../bot/src/encounters/encounterFollowUp.js";

const START = "2026-11-23T14:00:00.000Z";
let service: TestService;
let connector: FakeConnector;

beforeAll(async () => {
  connector = await startFakeConnector();
  service = await startTestService({}, { now: () => new Date("2026-11-23T14:05:00.000Z") });
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
});
afterAll(async () => {
  await service.stop();
  await connector.stop();
});

const invoke = (verb: string, data: Record<string, unknown>) =>
  postActivity(service.url, meetingInvokeActivity(verb, data, { user: CLINICIAN, serviceUrl: connector.serviceUrl }));

describe("consent events in the audit trail", () => {
  it("records who recorded and who withdrew consent, with codes only, newest first", async () => {
    await postActivity(
      service.url,
      meetingStartActivity({ user: CLINICIAN, serviceUrl: connector.serviceUrl, startTime: START }),
    );
    const encounterId = encounterIdFor(MEETING_ID, START);
    await invoke("consent.record", {
      encounterId,
      rev: 0,
      method: "verbal",
      scopeSession: "true",
      identityDocumentKind: "ramqCard",
      limitsExplained: "true",
      inPersonOffered: "true",
    });
    await invoke("consent.withdraw", { encounterId, rev: 1 });

    const actions = async () =>
      (await service.services.audit.pageForEncounter(TENANT_ID, encounterId, 10)).items.map((e) => e.action);
    await expect.poll(actions, { timeout: 15_000 }).toEqual(["consent.withdraw", "consent.record"]);
    const page = await service.services.audit.pageForEncounter(TENANT_ID, encounterId, 10);
    expect(page.items.every((e) => e.by === CLINICIAN.aadObjectId)).toBe(true);
    const recorded = page.items[1]!.changes[0]!.after as Record<string, unknown>;
    expect(recorded).toMatchObject({ method: "verbal", identityDocumentKind: "ramqCard", scope: { session: true } });
    expect(Object.keys(recorded)).not.toContain("recordedBy");

    // A replay of the same (now outdated) action changes nothing and audits nothing; a later change is audited
    // once, and the events already there stay one each.
    await invoke("consent.record", { encounterId, rev: 0, method: "written" });
    await invoke("consent.record", { encounterId, rev: 2, method: "written", scopeSession: "true" });
    await expect.poll(actions, { timeout: 15_000 }).toEqual(["consent.record", "consent.withdraw", "consent.record"]);
  });
});

describe("an instance that dies after answering, before the audit write", () => {
  let azurite: RunningAzurite;
  let proxy: HoldingProxy;
  let first: RunningService | undefined;
  let next: RunningService | undefined;
  let dying = false;

  beforeAll(async () => {
    azurite = await startAzurite();
    // Once `dying` is set, every request to the Audit and Reminders tables goes unanswered for the first instance:
    // nothing it does after its answer (the audit write, queuing the card refresh) reaches storage.
    proxy = await startHoldingProxy(
      azurite.port,
      (_method, url) => dying && /\/devstoreaccount1\/[a-z0-9]*(Audit|Reminders)\b/.test(url),
    );
  });
  afterAll(async () => {
    await first?.close();
    await next?.close();
    await proxy.close();
    await azurite.stop();
  });

  const configFor = (connectionString: string, scheduler: "on" | "off") =>
    loadConfig({
      PORT: "0",
      LOG_LEVEL: "silent",
      STORAGE_CONNECTION_STRING: connectionString,
      STORAGE_TABLE_PREFIX: "crash",
      REMINDER_SCHEDULER: scheduler,
    });

  it("answers after its one write, and the next instance's follow-up job gets the event written", async () => {
    const now = () => new Date("2026-11-23T14:05:00.000Z");
    // The first instance runs no jobs, and dies right after its answer.
    first = await startService(configFor(connectionStringThrough(azurite.connectionString, proxy.port), "off"), {
      logger: createLogger("silent"),
      now,
    });
    const options = { user: CLINICIAN, serviceUrl: connector.serviceUrl };
    await postActivity(first.url, meetingStartActivity({ ...options, startTime: START }));
    const encounterId = encounterIdFor(MEETING_ID, START);
    dying = true;
    const answer = await postActivity(
      first.url,
      meetingInvokeActivity(
        "consent.record",
        { encounterId, rev: 0, method: "verbal", scopeSession: "true", identityDocumentKind: "ramqCard" },
        options,
      ),
    );
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.body)).toContain("Enregistré.");
    await expect.poll(() => proxy.held(), { timeout: 15_000 }).toBeGreaterThan(0);
    await first.close();
    first = undefined;

    const audit = new AuditRepository(
      new TableGateway(createTableClientFactory(configFor(azurite.connectionString, "off").storage).client("Audit")),
    );
    expect((await audit.pageForEncounter(TENANT_ID, encounterId, 10)).items).toEqual([]);

    // The next instance starts once the chain's next run is due: it finds the refresh never queued, and queues it.
    const later = () => new Date(now().getTime() + FOLLOW_UP_PERIOD_MS + 60_000);
    next = await startService(configFor(azurite.connectionString, "on"), {
      logger: createLogger("silent"),
      now: later,
    });
    await expect
      .poll(async () => (await audit.pageForEncounter(TENANT_ID, encounterId, 10)).items.map((e) => e.action), {
        timeout: 30_000,
      })
      .toEqual(["consent.record"]);
  });
});
