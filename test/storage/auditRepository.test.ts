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

beforeAll(async () => {
  azurite = await startAzurite();
  repo = new AuditRepository(new TableGateway(createTableClientFactory(azurite.storage()).client("Audit")));
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

  it("offers no way to change or delete an entry", () => {
    const methods = Object.getOwnPropertyNames(AuditRepository.prototype).filter((m) => m !== "constructor");
    expect(methods.sort()).toEqual([
      "append",
      "appendForEncounter",
      "appendTo",
      "page",
      "pageForEncounter",
      "pageOf",
      "rowKey",
    ]);
    expect(methods.some((m) => /update|replace|merge|delete|remove|upsert/i.test(m))).toBe(false);
  });

  it("refuses a malformed continuation token as the caller's error", async () => {
    await expect(repo.page(TENANT, "team-a", 2, "%%%")).rejects.toBeInstanceOf(ValidationError);
  });

  it("bounds huge diffs (Azure Tables limits) by eliding large values, keeping paths", async () => {
    const changes = Array.from({ length: 300 }, (_, i) => ({
      path: `corridors.${i}`,
      before: null,
      after: { conditions: "x".repeat(2000) },
    }));
    const bounded = boundChanges(changes);
    expect(bounded).toHaveLength(300);
    expect(bounded[0]).toEqual({ path: "corridors.0", before: null, after: { omitted: true } });
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
});
