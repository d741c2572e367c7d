import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { connectionStringThrough, startFreezableRelay, type FreezableRelay } from "../support/frozenPeer.js";
import { createTableClientFactory } from "../../bot/src/storage/tableClients.js";
import { TableGateway, type StorageDeadlines } from "../../bot/src/storage/tableGateway.js";
import { asBackgroundWork } from "../../bot/src/outbound/deadline.js";
import { compositeKey, escapeKeyPart, unescapeKeyPart } from "../../bot/src/storage/keys.js";
import { AlreadyExistsError, EtagConflictError, StorageUnavailableError } from "../../bot/src/errors.js";

let azurite: RunningAzurite;
let gateway: TableGateway;

beforeAll(async () => {
  azurite = await startAzurite();
  gateway = new TableGateway(createTableClientFactory(azurite.storage()).client("TeamConfig"));
});
afterAll(() => azurite.stop());

describe("TableGateway over Azurite", () => {
  it("reads back what it wrote and reports absence as undefined", async () => {
    await gateway.create({ partitionKey: "tenant-a", rowKey: "r1", value: "un" });
    expect((await gateway.get("tenant-a", "r1"))?.value).toEqual({
      partitionKey: "tenant-a",
      rowKey: "r1",
      value: "un",
    });
    expect(await gateway.get("tenant-a", "absent")).toBeUndefined();
  });

  it("turns a stale ETag into a typed conflict and keeps the first write", async () => {
    const etag = await gateway.create({ partitionKey: "tenant-a", rowKey: "r2", value: "v1" });
    await gateway.replace({ partitionKey: "tenant-a", rowKey: "r2", value: "first" }, etag);
    await expect(
      gateway.replace({ partitionKey: "tenant-a", rowKey: "r2", value: "second" }, etag),
    ).rejects.toBeInstanceOf(EtagConflictError);
    expect((await gateway.get("tenant-a", "r2"))?.value.value).toBe("first");
  });

  it("turns a duplicate create into AlreadyExistsError", async () => {
    await gateway.create({ partitionKey: "tenant-a", rowKey: "r3" });
    await expect(gateway.create({ partitionKey: "tenant-a", rowKey: "r3" })).rejects.toBeInstanceOf(AlreadyExistsError);
  });

  it("pages a single partition with continuation tokens and never reads another partition", async () => {
    for (let i = 0; i < 7; i++) await gateway.create({ partitionKey: "tenant-p", rowKey: `row-${i}` });
    await gateway.create({ partitionKey: "tenant-q", rowKey: "row-0" });
    const first = await gateway.page("tenant-p", { prefix: "row-" }, 5);
    expect(first.items).toHaveLength(5);
    expect(first.continuationToken).toBeDefined();
    const second = await gateway.page("tenant-p", { prefix: "row-" }, 5, first.continuationToken);
    expect(second.items.map((i) => i.value.rowKey)).toEqual(["row-5", "row-6"]);
    expect(second.continuationToken).toBeUndefined();
  });

  it("stores OData-unsafe values verbatim and does not widen a query with them", async () => {
    const hostile = "x' or PartitionKey ne '";
    await gateway.create({ partitionKey: "tenant-o", rowKey: escapeKeyPart("O'Brien"), note: hostile });
    const rows = [];
    for await (const row of gateway.list(hostile)) rows.push(row);
    expect(rows).toEqual([]);
    expect((await gateway.get("tenant-o", escapeKeyPart("O'Brien")))?.value.note).toBe(hostile);
  });

  it("reports an unreachable storage as StorageUnavailableError", async () => {
    const dead = new TableGateway(
      createTableClientFactory({
        kind: "connectionString",
        connectionString: azurite.connectionString.replace(`:${azurite.port}/`, ":1/"),
        tablePrefix: "dead",
      }).client("Health"),
    );
    await expect(dead.ping()).rejects.toBeInstanceOf(StorageUnavailableError);
  });
});

describe("TableGateway over a storage that stops answering (accepts connections, never answers)", () => {
  const deadlines: StorageDeadlines = { attemptMs: 300, callMs: 800, attempts: 2 };
  const background: StorageDeadlines = { attemptMs: 1_200, callMs: 1_300, attempts: 1 };
  let relay: FreezableRelay;
  const through = (prefix: string) =>
    new TableGateway(
      createTableClientFactory({
        kind: "connectionString",
        connectionString: connectionStringThrough(azurite.connectionString, relay.port),
        tablePrefix: prefix,
      }).client("TeamConfig"),
      { person: deadlines, background },
    );

  async function failure(call: () => Promise<unknown>) {
    const started = Date.now();
    const error = await call().then(
      () => undefined,
      (e: unknown) => e,
    );
    return { error: error as StorageUnavailableError, ms: Date.now() - started };
  }

  beforeAll(async () => {
    relay = await startFreezableRelay(azurite.port);
  });
  afterEach(() => relay.thaw());
  afterAll(() => relay.stop());

  it("tries a read twice, each attempt cut at its deadline, then reports storage unavailable (nothing saved)", async () => {
    const gateway = through("frozenread");
    await gateway.upsert({ partitionKey: "p", rowKey: "r", value: 1 });
    relay.freeze();
    const { error, ms } = await failure(() => gateway.get("p", "r"));
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect(error.outcome).toBe("notSaved");
    expect(relay.unanswered).toBe(2);
    expect(ms).toBeGreaterThanOrEqual(2 * deadlines.attemptMs - 50);
    expect(ms).toBeLessThan(deadlines.callMs + 300);
  });

  it("sends a write that gets no answer only once, and says its outcome is unknown", async () => {
    const gateway = through("frozenwrite");
    await gateway.upsert({ partitionKey: "p", rowKey: "r", value: 1 });
    relay.freeze();
    const { error, ms } = await failure(() => gateway.create({ partitionKey: "p", rowKey: "new" }));
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect(error.outcome).toBe("unknown");
    expect(error.userMessage["fr-CA"]).toMatch(/a peut-être été enregistrée/);
    expect(relay.unanswered).toBe(1);
    expect(ms).toBeLessThan(deadlines.attemptMs + 300);
  });

  it("holds the call's deadline when the table must be created first, and nothing was sent", async () => {
    const gateway = through("frozennew");
    relay.freeze();
    const { error, ms } = await failure(() => gateway.create({ partitionKey: "p", rowKey: "r" }));
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect(error.outcome).toBe("notSaved");
    expect(ms).toBeLessThan(deadlines.callMs + 300);
  });

  it("gives background work (the job scheduler) its own, longer deadlines", async () => {
    const gateway = through("frozenjob");
    await gateway.upsert({ partitionKey: "p", rowKey: "r", value: 1 });
    relay.freeze();
    const { error, ms } = await failure(() => asBackgroundWork(() => gateway.get("p", "r")));
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect(relay.unanswered).toBe(1);
    expect(ms).toBeGreaterThanOrEqual(background.attemptMs - 50);
    expect(ms).toBeLessThan(background.callMs + 300);
  });

  it("answers a health ping within a second (one 700 ms attempt), then recovers once storage answers", async () => {
    const gateway = new TableGateway(
      createTableClientFactory({
        kind: "connectionString",
        connectionString: connectionStringThrough(azurite.connectionString, relay.port),
        tablePrefix: "frozenping",
      }).client("Health"),
    );
    await gateway.ping();
    relay.freeze();
    const { error, ms } = await failure(() => gateway.ping());
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect(ms).toBeLessThan(1_000);
    relay.thaw();
    await gateway.ping();
    await expect(gateway.get("health", "ping")).resolves.toBeUndefined();
  });
});

describe("key escaping", () => {
  it.each(["19:meeting_abc/def==@thread.v2", "a#b?c\\d", "plain", "~tilde|pipe%", "a\u0001b"])(
    "round-trips %j without forbidden characters",
    (raw) => {
      const escaped = escapeKeyPart(raw);
      expect(escaped).not.toMatch(/[/\\#?\p{Cc}]/u);
      expect(unescapeKeyPart(escaped)).toBe(raw);
    },
  );

  it("keeps composite keys unambiguous", () => {
    expect(compositeKey("a|b", "c")).not.toBe(compositeKey("a", "b|c"));
  });
});
