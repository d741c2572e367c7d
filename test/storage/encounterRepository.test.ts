import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TableClient } from "@azure/data-tables";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { createTableClientFactory } from "../../bot/src/storage/tableClients.js";
import { TableGateway } from "../../bot/src/storage/tableGateway.js";
import { EncounterRepository } from "../../bot/src/storage/encounterRepository.js";
import {
  closeEncounter,
  newEncounter,
  recordConsent,
  recordPlan,
  reportConnectionLost,
  setNoteStatus,
  setPhysicalPresenceRequired,
  switchToPhone,
  type Encounter,
} from "../../bot/src/domain/encounter.js";
import type { ConsentRecord } from "../../bot/src/domain/consent.js";
import { EtagConflictError } from "../../bot/src/errors.js";

/** Writes to the row with the caller's ETag just before the caller does, as a concurrent instance would. */
class InterferingGateway extends TableGateway {
  interfereOnce = false;
  interfereAlways = false;
  override async replace(entity: Parameters<TableGateway["replace"]>[0], etag: string): Promise<string> {
    if (this.interfereOnce || this.interfereAlways) {
      this.interfereOnce = false;
      await super.merge({ partitionKey: entity.partitionKey, rowKey: entity.rowKey }, etag);
    }
    return super.replace(entity, etag);
  }
}

let azurite: RunningAzurite;
let repo: EncounterRepository;
let raw: TableClient;

const T = "tenant-1";
const CLINICIAN = "aaaaaaaa-0000-4000-8000-000000000001";
const MEETING = "MCMxOTptZWV0aW5nX1pXTTRaR0UzT1RJdE9EZG1aaTAwTVRjM0xUZ3pZVEV0WXpBPUB0aHJlYWQudjIjMA==";

beforeAll(async () => {
  azurite = await startAzurite();
  const factory = createTableClientFactory(azurite.storage());
  raw = factory.client("Encounters");
  repo = new EncounterRepository(new TableGateway(raw));
});
afterAll(() => azurite.stop());

function encounter(overrides: Partial<Parameters<typeof newEncounter>[0]> = {}): Encounter {
  return newEncounter({
    tenantId: T,
    meetingId: MEETING,
    conversationId: "19:meeting_abc@thread.v2",
    startedAt: "2026-11-23T14:00:00.000Z",
    organizerId: CLINICIAN,
    organizerUserId: "29:clinician",
    teamKey: "team-1",
    ...overrides,
  });
}

const fullConsent: ConsentRecord = {
  method: "verbal",
  scope: { session: true, recording: false, informationSharing: true },
  identityDocumentKind: "ramqCard",
  limitsExplained: true,
  inPersonOffered: true,
  caregivers: "presentWithConsent",
  supportStaff: "none",
  substituteConsent: false,
  emergencyException: false,
  group: { participants: 3, consentsRecorded: 3, conductRulesCommitment: true },
  recordedBy: CLINICIAN,
  recordedAt: "2026-11-23T14:02:00.000Z",
};

describe("EncounterRepository over Azurite", () => {
  it("creates an occurrence once: the second create returns the stored one", async () => {
    const e = encounter({ startedAt: "2026-11-20T10:00:00.000Z" });
    const first = await repo.create(e);
    const second = await repo.create(e);
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.stored.encounter).toEqual(e);
  });

  it("reads by id only within the tenant", async () => {
    const e = encounter({ startedAt: "2026-11-20T11:00:00.000Z" });
    await repo.create(e);
    expect((await repo.get(T, e.id))?.encounter.id).toBe(e.id);
    expect(await repo.get("tenant-2", e.id)).toBeUndefined();
    expect(await repo.get(T, "not an id")).toBeUndefined();
  });

  it("finds the meeting's latest occurrence (recurring meeting, one id)", async () => {
    const meetingId = "recurring-meeting";
    await repo.create(encounter({ meetingId, startedAt: "2026-11-02T14:00:00.000Z" }));
    await repo.create(encounter({ meetingId, startedAt: "2026-11-16T14:00:00.000Z" }));
    await repo.create(encounter({ meetingId, startedAt: "2026-11-09T14:00:00.000Z" }));
    expect((await repo.latestForMeeting(T, meetingId))?.encounter.startedAt).toBe("2026-11-16T14:00:00.000Z");
    expect(await repo.latestForMeeting(T, "never-seen")).toBeUndefined();
  });

  it("a card's recent copy of the meeting's latest occurrence is dropped by this instance's writes", async () => {
    const meetingId = "recent-meeting";
    expect(await repo.recentLatestForMeeting(T, meetingId)).toBeUndefined();
    const e = encounter({ meetingId, startedAt: "2026-11-03T14:00:00.000Z" });
    await repo.create(e);
    expect((await repo.recentLatestForMeeting(T, meetingId))?.encounter.status).toBe("open");
    await repo.update(T, e.id, (x) => closeEncounter(x, "2026-11-03T15:00:00.000Z", "meetingEnd"));
    expect((await repo.recentLatestForMeeting(T, meetingId))?.encounter.status).toBe("closed");
    // Another instance's write reaches the copy only after CARD_READ_TTL_MS: until then, the copy is served.
    const other = new EncounterRepository(new TableGateway(raw));
    await other.create(encounter({ meetingId, startedAt: "2026-11-04T14:00:00.000Z" }));
    expect((await repo.recentLatestForMeeting(T, meetingId))?.encounter.startedAt).toBe("2026-11-03T14:00:00.000Z");
  });

  it("re-applies a change after a concurrent write instead of losing either (ETag)", async () => {
    const gateway = new InterferingGateway(raw);
    const racing = new EncounterRepository(gateway);
    const e = encounter({ startedAt: "2026-11-20T12:00:00.000Z" });
    await racing.create(e);
    gateway.interfereOnce = true;
    let calls = 0;
    const result = await racing.update(T, e.id, (x) => {
      calls++;
      return recordConsent(x, fullConsent);
    });
    expect(calls).toBe(2);
    expect(result?.encounter.consents).toHaveLength(1);
    expect((await repo.get(T, e.id))?.encounter.consents).toHaveLength(1);
  });

  it("two concurrent updates both land (ETag retry)", async () => {
    const e = encounter({ startedAt: "2026-11-20T13:00:00.000Z" });
    await repo.create(e);
    await Promise.all([
      repo.update(T, e.id, (x) => recordConsent(x, fullConsent)),
      repo.update(T, e.id, (x) => reportConnectionLost(x, CLINICIAN, "2026-11-20T13:05:00.000Z")),
      repo.update(T, e.id, (x) => switchToPhone(x, CLINICIAN, "2026-11-20T13:06:00.000Z")),
    ]);
    const stored = (await repo.get(T, e.id))!.encounter;
    expect(stored.consents).toHaveLength(1);
    expect(stored.incidents.map((i) => i.kind).sort()).toEqual(["connectionLost", "switchedToPhone"]);
    expect(stored.modality).toBe("phone");
  });

  it("an unchanged result writes nothing", async () => {
    const e = encounter({ startedAt: "2026-11-20T15:00:00.000Z" });
    await repo.create(e);
    const before = await repo.get(T, e.id);
    const result = await repo.update(T, e.id, (x) => x);
    expect(result?.changed).toBe(false);
    expect((await repo.get(T, e.id))?.etag).toBe(before?.etag);
  });

  it("lists by clinician and by team over a date range, with the summary the activity view needs", async () => {
    const oid = "bbbbbbbb-0000-4000-8000-000000000009";
    for (const day of ["01", "05", "10", "15"]) {
      const e = encounter({
        organizerId: oid,
        teamKey: "team-range",
        meetingId: `m-${day}`,
        startedAt: `2026-10-${day}T14:00:00.000Z`,
      });
      await repo.create(e);
      await repo.update(T, e.id, (x) =>
        closeEncounter(recordConsent(x, fullConsent), `2026-10-${day}T14:45:00.000Z`, "meetingEnd"),
      );
    }
    const mine = await repo.listByClinician(T, oid, "2026-10-05T00:00:00.000Z", "2026-10-15T00:00:00.000Z");
    expect(mine.map((s) => s.startedAt)).toEqual(["2026-10-05T14:00:00.000Z", "2026-10-10T14:00:00.000Z"]);
    expect(mine[0]).toMatchObject({
      status: "closed",
      consentStatus: "valid",
      consentKind: "verbal",
      durationMinutes: 45,
      noteStatus: "due",
      participantCount: 3,
      clinicianId: oid,
    });
    const team = await repo.listByTeam(T, "team-range", "2026-10-01T00:00:00.000Z", "2026-11-01T00:00:00.000Z");
    expect(team).toHaveLength(4);
    expect(
      await repo.listByTeam("tenant-2", "team-range", "2026-10-01T00:00:00.000Z", "2026-11-01T00:00:00.000Z"),
    ).toEqual([]);
  });

  it("keeps the index rows in step when the note status changes (issue 4's update path)", async () => {
    const oid = "bbbbbbbb-0000-4000-8000-000000000010";
    const e = encounter({ organizerId: oid, startedAt: "2026-09-01T14:00:00.000Z" });
    await repo.create(e);
    await repo.update(T, e.id, (x) =>
      setNoteStatus(closeEncounter(x, "2026-09-01T15:00:00.000Z", "meetingEnd"), "filed", "2026-09-01T16:00:00.000Z"),
    );
    const [summary] = await repo.listByClinician(T, oid, "2026-09-01T00:00:00.000Z", "2026-09-02T00:00:00.000Z");
    expect(summary?.noteStatus).toBe("filed");
  });

  it("stores no patient identifier and no free-text field (Law 25; 003 §1.3.5)", async () => {
    const e = encounter({ startedAt: "2026-11-21T14:00:00.000Z", meetingId: "privacy-meeting" });
    await repo.create(e);
    await repo.update(T, e.id, (x) => {
      let next = recordConsent(x, { ...fullConsent, substituteConsent: true });
      next = recordPlan(next, {
        callbackDelayMinutes: 5,
        phoneVerified: true,
        emailVerified: true,
        emergencyContactConfirmed: true,
        agreedWithPatient: true,
        recordedBy: CLINICIAN,
        recordedAt: "2026-11-21T14:03:00.000Z",
      });
      next = reportConnectionLost(next, CLINICIAN, "2026-11-21T14:20:00.000Z");
      next = switchToPhone(next, CLINICIAN, "2026-11-21T14:22:00.000Z");
      next = setPhysicalPresenceRequired(next, false);
      return closeEncounter(next, "2026-11-21T14:50:00.000Z", "meetingEnd");
    });
    const rows = [];
    for await (const row of raw.listEntities()) rows.push(row);
    const mine = rows.filter((r) => String(r.encounterId ?? r.id) === e.id);
    expect(mine.length).toBeGreaterThanOrEqual(3); // primary + clinician index + team index
    const forbidden =
      /name|ramq|phone(?!Verified)|e-?mail(?!Verified)|birth|dob|address|reason|note(?!Status)|comment|text|diagnos|clinical/i;
    for (const row of mine) {
      const columns = Object.keys(row).filter(
        (k) => !["partitionKey", "rowKey", "etag", "timestamp", "odata.metadata"].includes(k),
      );
      expect(columns.filter((k) => forbidden.test(k))).toEqual([]);
      const nested = JSON.stringify(row);
      for (const key of [
        "patientName",
        "ramqNumber",
        "dateOfBirth",
        "patientPhone",
        "patientEmail",
        "reason",
        "comment",
        "freeText",
      ]) {
        expect(nested).not.toContain(`"${key}"`);
      }
      // Every string value is an id, a timestamp, a code or JSON of those: no sentence anywhere.
      for (const column of columns) {
        const value = row[column];
        if (typeof value === "string" && !value.startsWith("[") && !value.startsWith("{"))
          expect(value).not.toMatch(/\s/);
      }
    }
  });

  it("surfaces EtagConflictError when every attempt loses the race", async () => {
    const gateway = new InterferingGateway(raw);
    const racing = new EncounterRepository(gateway);
    const e = encounter({ startedAt: "2026-11-22T14:00:00.000Z" });
    await racing.create(e);
    gateway.interfereAlways = true;
    await expect(
      racing.update(T, e.id, (x) => reportConnectionLost(x, CLINICIAN, "2026-11-22T14:01:00.000Z")),
    ).rejects.toBeInstanceOf(EtagConflictError);
    expect((await repo.get(T, e.id))?.encounter.incidents).toEqual([]);
  });
});
