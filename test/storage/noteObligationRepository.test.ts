/**
 * The note obligation's row (bot/src/storage/noteObligationRepository.ts) on Azurite: a change made from a row the
 * caller has just read writes with that row's ETag and reads nothing more; a write made since costs one re-read,
 * and neither change is lost.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { createTableClientFactory } from "../../bot/src/storage/tableClients.js";
import { TableGateway } from "../../bot/src/storage/tableGateway.js";
import { NoteObligationRepository, type NoteObligation } from "../../bot/src/storage/noteObligationRepository.js";

/** Counts the point reads that reach storage. */
class CountingGateway extends TableGateway {
  reads = 0;
  override get(...args: Parameters<TableGateway["get"]>): ReturnType<TableGateway["get"]> {
    this.reads += 1;
    return super.get(...args);
  }
}

const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const ENDED_AT = "2026-11-23T14:45:00.000Z";

let azurite: RunningAzurite;
let gateway: CountingGateway;
let repo: NoteObligationRepository;

beforeAll(async () => {
  azurite = await startAzurite();
  gateway = new CountingGateway(createTableClientFactory(azurite.storage()).client("Reminders"));
  repo = new NoteObligationRepository(gateway);
});
afterAll(() => azurite.stop());

let n = 0;
function obligation(): NoteObligation {
  n += 1;
  return {
    tenantId: TENANT,
    encounterId: `enc-${n}`,
    clinicianId: "aaaaaaaa-0000-4000-8000-000000000001",
    locale: "fr-CA",
    endedAt: ENDED_AT,
    deadline: "2026-11-24T14:45:00.000Z",
    openedAt: ENDED_AT,
    openedBy: "meetingEnd",
    reminderTimes: ["2026-11-23T16:45:00.000Z"],
    facts: {
      startedAt: "2026-11-23T14:00:00.000Z",
      endedAt: ENDED_AT,
      modality: "video",
      consent: { kind: "notRecorded" },
      participantCount: 1,
      planAgreed: false,
      connectionLostCount: 0,
    },
    jobsScheduled: true,
    cardDelivery: "pending",
  };
}

const delivered = (o: NoteObligation): NoteObligation => ({ ...o, cardDelivery: "sent", cardActivityId: "1:activity" });

describe("a change from the row just read", () => {
  it("writes with its ETag and reads nothing more", async () => {
    const { stored } = await repo.create(obligation());
    const before = gateway.reads;
    const result = await repo.update(TENANT, stored.obligation.encounterId, delivered, stored);
    expect(gateway.reads).toBe(before);
    expect(result?.changed).toBe(true);
    expect((await repo.get(TENANT, stored.obligation.encounterId))?.obligation.cardDelivery).toBe("sent");
  });

  it("after a write made since, reads once more and keeps both changes", async () => {
    const { stored } = await repo.create(obligation());
    const id = stored.obligation.encounterId;
    const filedAt = "2026-11-23T15:00:00.000Z";
    await repo.update(TENANT, id, (o) => ({ ...o, filedAt, filedBy: o.clinicianId }));
    const before = gateway.reads;
    await repo.update(TENANT, id, delivered, stored);
    expect(gateway.reads).toBe(before + 1);
    const now = (await repo.get(TENANT, id))?.obligation;
    expect(now?.filedAt).toBe(filedAt);
    expect(now?.cardDelivery).toBe("sent");
  });

  it("'nothing to do' judged on the caller's copy is judged again on the row as stored", async () => {
    const { stored } = await repo.create(obligation());
    const id = stored.obligation.encounterId;
    const overdueAt = "2026-11-24T14:45:00.000Z";
    const unlessFiled = (o: NoteObligation) => (o.filedAt ? o : { ...o, overdueAt });
    // The caller's copy says the note was filed; the row as stored does not.
    const copy = { ...stored, obligation: { ...stored.obligation, filedAt: "2026-11-23T15:00:00.000Z" } };
    const result = await repo.update(TENANT, id, unlessFiled, copy);
    expect(result?.changed).toBe(true);
    expect((await repo.get(TENANT, id))?.obligation.overdueAt).toBe(overdueAt);
  });

  it("a row of another encounter is not taken for this one's", async () => {
    const { stored: other } = await repo.create(obligation());
    const { stored } = await repo.create(obligation());
    const before = gateway.reads;
    await repo.update(TENANT, stored.obligation.encounterId, delivered, other);
    expect(gateway.reads).toBe(before + 1);
    expect((await repo.get(TENANT, stored.obligation.encounterId))?.obligation.encounterId).toBe(
      stored.obligation.encounterId,
    );
    expect((await repo.get(TENANT, other.obligation.encounterId))?.obligation.cardDelivery).toBe("pending");
  });
});
