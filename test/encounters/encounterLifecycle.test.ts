import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { createTableClientFactory } from "../../bot/src/storage/tableClients.js";
import { TableGateway } from "../../bot/src/storage/tableGateway.js";
import { EncounterRepository } from "../../bot/src/storage/encounterRepository.js";
import { EncounterLifecycle } from "../../bot/src/encounters/encounterLifecycle.js";
import { createLogger } from "../../bot/src/logger.js";
import type { Encounter } from "../../bot/src/domain/encounter.js";

let azurite: RunningAzurite;
let encounters: EncounterRepository;
const opened: Encounter[] = [];
const closed: Encounter[] = [];
/** The lifecycle as the composition root builds it: its reactions given at construction. */
let lifecycle: EncounterLifecycle;

const record = (into: Encounter[]) => (e: Encounter) => {
  into.push(e);
  return Promise.resolve();
};

beforeAll(async () => {
  azurite = await startAzurite();
  encounters = new EncounterRepository(
    new TableGateway(createTableClientFactory(azurite.storage()).client("Encounters")),
  );
  lifecycle = new EncounterLifecycle({
    encounters,
    logger: createLogger("silent"),
    onOpened: [record(opened)],
    onClosed: [record(closed)],
  });
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

const closeInput = (encounterId: string, endedAt: string, closedBy: "meetingEnd" | "scheduler" | "clinician") => ({
  tenantId: "t1",
  encounterId,
  endedAt,
  closedBy,
});

describe("encounter lifecycle (the reactions' seam)", () => {
  it("tells `onOpened` listeners once, with the scheduled end, and not for a second meetingStart", async () => {
    const first = await lifecycle.open(input("m-open"));
    const second = await lifecycle.open(input("m-open"));
    expect([first.created, second.created]).toEqual([true, false]);
    const told = opened.filter((e) => e.id === first.encounter.id);
    expect(told).toHaveLength(1);
    expect(told[0]?.scheduledEnd).toBe("2026-11-23T14:30:00.000Z");
  });

  it("closes exactly once whoever asks first, and tells `onClosed` listeners only on the transition", async () => {
    const { encounter } = await lifecycle.open(input("m-close"));
    const results = await Promise.all([
      lifecycle.close(closeInput(encounter.id, "2026-11-23T14:40:00.000Z", "meetingEnd")),
      lifecycle.close(closeInput(encounter.id, "2026-11-23T15:30:00.000Z", "scheduler")),
      lifecycle.close(closeInput(encounter.id, "2026-11-23T14:41:00.000Z", "clinician")),
    ]);
    expect(results.filter((r) => r.closed)).toHaveLength(1);
    const told = closed.filter((e) => e.id === encounter.id);
    expect(told).toHaveLength(1);
    const stored = (await encounters.get("t1", encounter.id))?.encounter;
    expect(stored?.status).toBe("closed");
    expect(stored?.noteStatus).toBe("due");
    expect(stored?.endedAt).toBe(told[0]?.endedAt);
  });

  it("a failing listener is logged and does not break the close, nor keep the next listener from being told", async () => {
    const after: Encounter[] = [];
    const failing = new EncounterLifecycle({
      encounters,
      logger: createLogger("silent"),
      onClosed: [() => Promise.reject(new Error("listener down")), record(after)],
    });
    const { encounter } = await failing.open(input("m-fail"));
    const result = await failing.close(closeInput(encounter.id, "2026-11-23T14:40:00.000Z", "meetingEnd"));
    expect(result.closed).toBe(true);
    expect(after.map((e) => e.id)).toEqual([encounter.id]);
  });

  it("closing an unknown encounter is a no-op", async () => {
    expect(await lifecycle.close(closeInput("bm9wZQ.1", "2026-11-23T14:40:00.000Z", "scheduler"))).toEqual({
      closed: false,
    });
  });
});
