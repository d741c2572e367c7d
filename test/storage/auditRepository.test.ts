/** Contract of AuditRepository against Azurite: append-only, newest first, paged, partitioned by team. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { createTableClientFactory } from "../../bot/src/storage/tableClients.js";
import { TableGateway } from "../../bot/src/storage/tableGateway.js";
import { AuditRepository, boundChanges, type AuditEntry } from "../../bot/src/storage/auditRepository.js";
import { ValidationError } from "../../bot/src/errors.js";

const TENANT = "11111111-1111-4111-8111-111111111111";
const WHO = "aaaaaaaa-0000-4000-8000-000000000001";

let azurite: RunningAzurite;
let repo: AuditRepository;
let rawTable: TableGateway;

beforeAll(async () => {
  azurite = await startAzurite();
  rawTable = new TableGateway(createTableClientFactory(azurite.storage()).client("Audit"));
  repo = new AuditRepository(rawTable);
});
afterAll(() => azurite.stop());

const entry = (i: number, at = `2026-11-23T15:00:0${i}.000Z`): AuditEntry => ({
  at,
  by: WHO,
  action: "config.update",
  changes: [{ path: "contingency.callbackDelayMinutes", before: i, after: i + 1 }],
});

describe("AuditRepository", () => {
  it("reads entries newest first, page by page", async () => {
    for (let i = 0; i < 5; i++) await repo.append(TENANT, "team-a", entry(i));
    const first = await repo.page(TENANT, "team-a", 2);
    expect(first.items.map((e) => e.changes[0]?.before)).toEqual([4, 3]);
    expect(first.continuationToken).toBeDefined();
    const second = await repo.page(TENANT, "team-a", 2, first.continuationToken);
    expect(second.items.map((e) => e.changes[0]?.before)).toEqual([2, 1]);
    const third = await repo.page(TENANT, "team-a", 2, second.continuationToken);
    expect(third.items.map((e) => e.changes[0]?.before)).toEqual([0]);
    expect(third.continuationToken).toBeUndefined();
    expect(first.items[0]).toEqual(entry(4));
  });

  it("keeps the order of entries written in the same millisecond", async () => {
    const at = "2026-11-23T16:00:00.000Z";
    for (let i = 0; i < 4; i++) await repo.append(TENANT, "team-same-ms", entry(i, at));
    expect((await repo.page(TENANT, "team-same-ms", 10)).items.map((e) => e.changes[0]?.before)).toEqual([3, 2, 1, 0]);
  });

  it("keeps teams and tenants apart, including look-alike keys", async () => {
    await repo.append(TENANT, "team|x", entry(1));
    await repo.append(TENANT, "team", entry(2));
    await repo.append("22222222-2222-4222-8222-222222222222", "team", entry(3));
    expect((await repo.page(TENANT, "team|x", 10)).items.map((e) => e.changes[0]?.before)).toEqual([1]);
    expect((await repo.page(TENANT, "team", 10)).items.map((e) => e.changes[0]?.before)).toEqual([2]);
  });

  it("keeps one row for an encounter's event written twice (an event is numbered), newest first", async () => {
    const encounterId = "MTk6bWVldGluZ19hdWRpdA.1795821498098";
    const recorded = { ...entry(1), action: "consent.record" };
    const withdrawn = { ...entry(2), action: "consent.withdraw" };
    await repo.appendOnceForEncounter(TENANT, encounterId, [{ sequence: 2, entry: recorded }]);
    await repo.appendOnceForEncounter(TENANT, encounterId, [
      { sequence: 2, entry: recorded },
      { sequence: 3, entry: withdrawn },
    ]);
    expect((await repo.pageForEncounter(TENANT, encounterId, 10)).items).toEqual([withdrawn, recorded]);
  });

  it("offers no way to change or delete an entry", () => {
    const methods = Object.getOwnPropertyNames(AuditRepository.prototype).filter((m) => m !== "constructor");
    expect(methods.sort()).toEqual([
      "append",
      "appendOnceForEncounter",
      "appendTo",
      "page",
      "pageForEncounter",
      "pageOf",
      "rowKey",
      "rowOf",
    ]);
    expect(methods.some((m) => /update|replace|merge|delete|remove|upsert/i.test(m))).toBe(false);
  });

  it("refuses a malformed continuation token as the caller's error", async () => {
    await expect(repo.page(TENANT, "team-a", 2, "%%%")).rejects.toBeInstanceOf(ValidationError);
  });

  it("bounds huge diffs (Azure Tables limits) by eliding large values, keeping paths", async () => {
    // Codes are kept as they are (free text is only a size): hundreds of pilots make a large value.
    const pilots = Array.from({ length: 60 }, (_, i) => `aaaaaaaa-0000-4000-8000-${String(i).padStart(12, "0")}`);
    const changes = Array.from({ length: 300 }, (_, i) => ({ path: `pilots.${i}`, before: null, after: pilots }));
    const bounded = boundChanges(changes);
    expect(bounded).toHaveLength(300);
    expect(bounded[0]).toEqual({ path: "pilots.0", before: null, after: { omitted: true } });
    await repo.append(TENANT, "team-huge", {
      at: "2026-11-23T17:00:00.000Z",
      by: WHO,
      action: "config.update",
      changes,
    });
    expect((await repo.page(TENANT, "team-huge", 1)).items[0]?.changes).toEqual(bounded);
    const small = [{ path: "a", before: 1, after: 2 }];
    expect(boundChanges(small)).toBe(small);
  });

  // DESIGN, privacy: the trail is append-only, so it never keeps what someone typed — only its size.
  it("keeps the size of free text, never the text, in the row and in what it reads back", async () => {
    const typed = "TREM 8501 1512 — marie.t@example.com";
    await repo.append(TENANT, "team-text", {
      at: "2026-11-23T18:00:00.000Z",
      by: WHO,
      action: "config.update",
      changes: [
        { path: "contingency.bridgeText", before: "", after: typed },
        { path: "corridors.0", before: null, after: { id: "c1", name: typed, kind: "gmf", contact: typed } },
      ],
    });
    const partition = AuditRepository.partition(TENANT, "team-text");
    const rows = await rawTable.page(partition, {}, 10);
    expect(rows.items).toHaveLength(1);
    expect(JSON.stringify(rows.items[0]?.value)).not.toMatch(/TREM|marie|example/);
    expect((await repo.page(TENANT, "team-text", 1)).items[0]?.changes).toEqual([
      { path: "contingency.bridgeText", before: { chars: 0 }, after: { chars: 36 } },
      {
        path: "corridors.0",
        before: null,
        after: { id: "c1", name: { chars: 36 }, kind: "gmf", contact: { chars: 36 } },
      },
    ]);
  });
});
