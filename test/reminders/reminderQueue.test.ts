/** The time-bucketed queue against Azurite: where jobs go, what a poll reads, ETag claims, bucket retirement. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TableClient } from "@azure/data-tables";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { TableGateway } from "../../bot/src/storage/tableGateway.js";
import { bucketOf, INDEX_PARTITION, ReminderRepository } from "../../bot/src/storage/reminderRepository.js";
import type { JobSpec } from "../../bot/src/jobs/job.js";

let azurite: RunningAzurite;
let n = 0;

beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

/** A queue on its own table; `indexWrites` counts the writes of bucket index rows. */
function queue(now: () => number = Date.now): {
  repo: ReminderRepository;
  client: TableClient;
  indexWrites: () => number;
} {
  n += 1;
  const client = TableClient.fromConnectionString(azurite.connectionString, `q${n}${Date.now() % 100000}`, {
    allowInsecureConnection: true,
  });
  const gateway = new TableGateway(client);
  let indexWrites = 0;
  const upsert = gateway.upsert.bind(gateway);
  gateway.upsert = (entity) => {
    if (entity.partitionKey === INDEX_PARTITION) indexWrites += 1;
    return upsert(entity);
  };
  return { repo: new ReminderRepository(gateway, now), client, indexWrites: () => indexWrites };
}

const T0 = Date.parse("2026-11-23T14:00:00.000Z");
const job = (i: number, dueMs: number): JobSpec => ({
  tenantId: "tenant-a",
  subject: `enc.${i}`,
  kind: "reminder",
  seq: 1,
  dueAt: new Date(dueMs),
});

async function enqueue(repo: ReminderRepository, spec: JobSpec, now = T0) {
  await repo.enqueue(spec, repo.locate(spec, now));
}

describe("where jobs go", () => {
  it("a job goes to its due minute's bucket, never to a past one", () => {
    const { repo } = queue();
    expect(repo.locate(job(1, T0 + 2 * 3_600_000), T0).partitionKey).toBe("queue|2026-11-23T16:00");
    expect(repo.locate(job(1, T0 - 3_600_000), T0).partitionKey).toBe("queue|2026-11-23T14:00");
    expect(bucketOf(T0 + 59_999)).toBe("2026-11-23T14:00");
  });

  it("writes a bucket's index row before and after its first job, after each next one until the bucket ends", async () => {
    let now = T0;
    const { repo, indexWrites } = queue(() => now);
    await enqueue(repo, job(1, T0), now);
    expect(indexWrites()).toBe(2);
    await enqueue(repo, job(2, T0), now);
    expect(indexWrites()).toBe(3);
    // Once the bucket has ended a poller may retire its index row: the row is written before the job again.
    now = T0 + 60_000;
    await repo.enqueue(job(3, T0), repo.locate(job(3, T0), T0));
    expect(indexWrites()).toBe(5);
    expect(await repo.dueJobs("2026-11-23T14:00", now)).toHaveLength(3);
  });

  it("enqueueing the same job twice stores it once", async () => {
    const { repo } = queue();
    await enqueue(repo, job(1, T0));
    await enqueue(repo, job(1, T0));
    expect(await repo.dueJobs("2026-11-23T14:00", T0)).toHaveLength(1);
  });
});

describe("rows as stored", () => {
  it("keeps the subject in the `encounterId` column, so rows written by earlier versions read the same", async () => {
    const { repo, client } = queue();
    const teamJob = { ...job(1, T0), subject: "team:group-1", kind: "rosterRefresh" };
    const location = repo.locate(teamJob, T0);
    await repo.enqueue(teamJob, location);
    const row = await client.getEntity(location.partitionKey, location.rowKey);
    expect(row).toMatchObject({ encounterId: "team:group-1", kind: "rosterRefresh" });
    expect(row).not.toHaveProperty("subject");
    // A row exactly as the previous version wrote it (kind checked where it runs, not here).
    await client.createEntity({
      partitionKey: "queue|2026-11-23T14:00",
      rowKey: `${String(T0).padStart(15, "0")}|tenant-a|enc.old|aKindFromElsewhere|2`,
      tenantId: "tenant-a",
      encounterId: "enc.old",
      kind: "aKindFromElsewhere",
      seq: 2,
      dueAt: new Date(T0).toISOString(),
      recipientId: "",
      availableAt: 0,
      attempts: 0,
      claimedBy: "",
      claimedUntil: 0,
      lastError: "",
    });
    const due = await repo.dueJobs("2026-11-23T14:00", T0);
    expect(due.map((j) => [j.subject, j.kind, j.seq])).toEqual([
      ["enc.old", "aKindFromElsewhere", 2],
      ["team:group-1", "rosterRefresh", 1],
    ]);
  });
});

describe("what a poll reads", () => {
  it("only buckets up to now, and in the current bucket only rows already due", async () => {
    const { repo } = queue();
    await enqueue(repo, job(1, T0 + 10_000));
    await enqueue(repo, job(2, T0 + 50_000));
    for (let i = 0; i < 50; i++) await enqueue(repo, job(100 + i, T0 + (i + 1) * 3_600_000));
    const now = T0 + 20_000;
    const buckets = await repo.dueBuckets(now);
    expect(buckets.map((b) => b.bucket)).toEqual(["2026-11-23T14:00"]);
    expect((await repo.dueJobs("2026-11-23T14:00", now)).map((j) => j.subject)).toEqual(["enc.1"]);
    expect(repo.stats).toEqual({ indexReads: 1, bucketReads: 1 });
  });
});

describe("claims", () => {
  it("only one of two claimers with the same ETag wins (412 for the other)", async () => {
    const { repo } = queue();
    await enqueue(repo, job(1, T0));
    const [seenByA] = await repo.dueJobs("2026-11-23T14:00", T0);
    const [seenByB] = await repo.dueJobs("2026-11-23T14:00", T0);
    const a = await repo.claim(seenByA!, "instance-a", T0 + 60_000);
    const b = await repo.claim(seenByB!, "instance-b", T0 + 60_000);
    expect(a).toBeDefined();
    expect(b).toBeUndefined();
    const [now] = await repo.dueJobs("2026-11-23T14:00", T0);
    expect(now).toMatchObject({ claimedBy: "instance-a", claimedUntil: T0 + 60_000, attempts: 1 });
  });

  it("a stale claim can neither be extended nor complete the job", async () => {
    const { repo } = queue();
    await enqueue(repo, job(1, T0));
    const [seen] = await repo.dueJobs("2026-11-23T14:00", T0);
    const first = (await repo.claim(seen!, "a", T0 + 1000))!;
    // The lease expired; another instance re-claims with the current ETag.
    const [again] = await repo.dueJobs("2026-11-23T14:00", T0 + 2000);
    expect(await repo.claim(again!, "b", T0 + 62_000)).toBeDefined();
    expect(await repo.extend(seen!, first, T0 + 70_000)).toBeUndefined();
    expect(await repo.complete(seen!, first)).toBe(false);
    expect(await repo.dueJobs("2026-11-23T14:00", T0 + 2000)).toHaveLength(1);
  });

  it("release hands the job back with a not-before time", async () => {
    const { repo } = queue();
    await enqueue(repo, job(1, T0));
    const [seen] = await repo.dueJobs("2026-11-23T14:00", T0);
    const etag = (await repo.claim(seen!, "a", T0 + 60_000))!;
    expect(await repo.release(seen!, etag, T0 + 5000, "http503")).toBeDefined();
    const [back] = await repo.dueJobs("2026-11-23T14:00", T0);
    expect(back).toMatchObject({ availableAt: T0 + 5000, lastError: "http503", attempts: 1 });
    expect(back!.claimedBy).toBeUndefined();
  });
});

describe("retiring drained buckets", () => {
  it("deletes the index row of an empty bucket more than a minute old", async () => {
    const { repo } = queue();
    await enqueue(repo, job(1, T0));
    const [seen] = await repo.dueJobs("2026-11-23T14:00", T0);
    await repo.complete(seen!, seen!.etag);
    const [bucket] = await repo.dueBuckets(T0);
    expect(await repo.retireBucket(bucket!, T0 + 30_000)).toBe(false); // too recent
    expect(await repo.retireBucket(bucket!, T0 + 121_000)).toBe(true);
    expect(await repo.dueBuckets(T0 + 121_000)).toEqual([]);
  });

  it("never loses a job a writer added after the poller saw the bucket empty", async () => {
    const { repo, client } = queue();
    await enqueue(repo, job(1, T0));
    const [seen] = await repo.dueJobs("2026-11-23T14:00", T0);
    await repo.complete(seen!, seen!.etag);
    const [bucket] = await repo.dueBuckets(T0);
    // A slow writer lands in that bucket now (its index upsert changes the ETag the poller holds).
    await repo.enqueue(job(2, T0), repo.locate(job(2, T0), T0));
    expect(await repo.retireBucket(bucket!, T0 + 121_000)).toBe(false);
    expect(await client.getEntity(INDEX_PARTITION, "2026-11-23T14:00")).toBeDefined();
    expect((await repo.dueJobs("2026-11-23T14:00", T0 + 121_000)).map((j) => j.subject)).toEqual(["enc.2"]);
  });
});
