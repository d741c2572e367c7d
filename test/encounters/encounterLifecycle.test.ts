import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { createTableClientFactory } from "../../bot/src/storage/tableClients.js";
import { TableGateway } from "../../bot/src/storage/tableGateway.js";
import { EncounterRepository } from "../../bot/src/storage/encounterRepository.js";
import { createEncounterEvents } from "../../bot/src/encounters/encounterEvents.js";
import { closeEncounter, openEncounter } from "../../bot/src/encounters/encounterLifecycle.js";
import { createLogger } from "../../bot/src/logger.js";
import type { Encounter } from "../../bot/src/domain/encounter.js";

let azurite: RunningAzurite;
let services: Parameters<typeof openEncounter>[0];

beforeAll(async () => {
  azurite = await startAzurite();
  services = {
    encounters: new EncounterRepository(
      new TableGateway(createTableClientFactory(azurite.storage()).client("Encounters")),
    ),
    encounterEvents: createEncounterEvents(),
    logger: createLogger("silent"),
  };
});
afterAll(() => azurite.stop());

const input = (meetingId: string) => ({
  tenantId: "t1",
  meetingId,
  conversationId: "19:meeting@thread.v2",
  startedAt: "2026-11-23T14:00:00.000Z",
  organizerId: "oid-organizer",
  scheduledEnd: "2026-11-23T14:30:00.000Z",
});

describe("encounter lifecycle (the reminders seam)", () => {
  it("tells `opened` listeners once, with the scheduled end, and not for a second meetingStart", async () => {
    const opened: Encounter[] = [];
    services.encounterEvents.opened.push(async (e) => void opened.push(e));
    const first = await openEncounter(services, input("m-open"));
    const second = await openEncounter(services, input("m-open"));
    services.encounterEvents.opened.length = 0;
    expect([first.created, second.created]).toEqual([true, false]);
    expect(opened).toHaveLength(1);
    expect(opened[0]?.scheduledEnd).toBe("2026-11-23T14:30:00.000Z");
  });

  it("closes exactly once whoever asks first, and tells `closed` listeners only on the transition", async () => {
    const closed: Encounter[] = [];
    services.encounterEvents.closed.push(async (e) => void closed.push(e));
    const { encounter } = await openEncounter(services, input("m-close"));
    const results = await Promise.all([
      closeEncounter(services, {
        tenantId: "t1",
        encounterId: encounter.id,
        endedAt: "2026-11-23T14:40:00.000Z",
        closedBy: "meetingEnd",
      }),
      closeEncounter(services, {
        tenantId: "t1",
        encounterId: encounter.id,
        endedAt: "2026-11-23T15:30:00.000Z",
        closedBy: "scheduler",
      }),
      closeEncounter(services, {
        tenantId: "t1",
        encounterId: encounter.id,
        endedAt: "2026-11-23T14:41:00.000Z",
        closedBy: "clinician",
      }),
    ]);
    services.encounterEvents.closed.length = 0;
    expect(results.filter((r) => r.closed)).toHaveLength(1);
    expect(closed).toHaveLength(1);
    const stored = (await services.encounters.get("t1", encounter.id))!.encounter;
    expect(stored.status).toBe("closed");
    expect(stored.noteStatus).toBe("due");
    expect(stored.endedAt).toBe(closed[0]?.endedAt);
  });

  it("a failing listener is logged and does not break the close", async () => {
    services.encounterEvents.closed.push(async () => {
      throw new Error("listener down");
    });
    const { encounter } = await openEncounter(services, input("m-fail"));
    const result = await closeEncounter(services, {
      tenantId: "t1",
      encounterId: encounter.id,
      endedAt: "2026-11-23T14:40:00.000Z",
      closedBy: "meetingEnd",
    });
    services.encounterEvents.closed.length = 0;
    expect(result.closed).toBe(true);
  });

  it("closing an unknown encounter is a no-op", async () => {
    expect(
      await closeEncounter(services, {
        tenantId: "t1",
        encounterId: "bm9wZQ.1",
        endedAt: "2026-11-23T14:40:00.000Z",
        closedBy: "scheduler",
      }),
    ).toEqual({ closed: false });
  });
});
