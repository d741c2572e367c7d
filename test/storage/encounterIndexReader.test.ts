// Merged paging over several index partitions (a supervisor's learners): every kept row once, in order, any page size.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { createTableClientFactory } from "../../bot/src/storage/tableClients.js";
import { TableGateway } from "../../bot/src/storage/tableGateway.js";
import { EncounterRepository } from "../../bot/src/storage/encounterRepository.js";
import { newEncounter } from "../../bot/src/domain/encounter.js";
import { decodeToken, forEachRow, forEachRowUnordered, readPage } from "../../bot/src/storage/encounterIndexReader.js";
import { ValidationError } from "../../bot/src/errors.js";

let azurite: RunningAzurite;
let repo: EncounterRepository;
const T = "tenant";
const L = ["l1", "l2", "l3"];
const expected: string[] = [];

beforeAll(async () => {
  azurite = await startAzurite();
  repo = new EncounterRepository(new TableGateway(createTableClientFactory(azurite.storage()).client("Encounters")));
  for (let i = 0; i < 40; i++) {
    // Learners l1..l3 in a rotating pattern, some encounters with two of them (the same row in two partitions).
    const who = [L[i % 3]!, ...(i % 4 === 0 ? [L[(i + 1) % 3]!] : [])];
    const e = newEncounter({
      tenantId: T,
      meetingId: `m${i}`,
      conversationId: "c",
      startedAt: new Date(Date.UTC(2026, 2, 1, 8, i * 7)).toISOString(),
      teamKey: i % 5 === 0 ? "other" : "team",
      organizerId: "org",
    });
    await repo.create({
      ...e,
      learners: who.map((learnerId) => ({
        learnerId,
        role: "resident",
        participation: "observed",
        recordedBy: "org",
        recordedAt: e.startedAt,
      })),
    });
    if (i % 5 !== 0) expected.push(e.id);
  }
});
afterAll(() => azurite.stop());

const source = {
  tenantId: T,
  sources: L.map((oid) => ({ by: "learner" as const, oid })),
  keep: (s: { teamKey?: string }) => s.teamKey === "team",
};

describe("readPage over merged partitions", () => {
  it.each([1, 2, 3, 7, 32, 200])("page size %i: every kept row once, oldest first", async (pageSize) => {
    const seen: string[] = [];
    let token: string | undefined;
    for (let guard = 0; guard < 100; guard++) {
      const page = await readPage(repo, source, "2026-03-01", "2026-04-01", pageSize, token);
      expect(page.items.length).toBeLessThanOrEqual(pageSize);
      seen.push(...page.items.map((s) => s.encounterId));
      token = page.continuationToken;
      if (!token) break;
    }
    expect(seen).toEqual(expected);
  });

  it("forEachRow visits the same rows; a token that is not ours is refused", async () => {
    const seen: string[] = [];
    await forEachRow(repo, source, "2026-03-01", "2026-04-01", (s) => void seen.push(s.encounterId));
    expect(seen).toEqual(expected);
    expect(() => decodeToken("eyJub3BlIjoxfQ")).toThrow(ValidationError);
  });
});

describe("forEachRowUnordered", () => {
  it.each([1, 3, 7])("visits every kept row exactly once across %i slices", async (parts) => {
    const seen: string[] = [];
    await forEachRowUnordered(
      repo,
      source,
      "2026-03-01T00:00:00.000Z",
      "2026-04-01T00:00:00.000Z",
      (s) => void seen.push(s.encounterId),
      parts,
      2,
    );
    expect(seen.sort()).toEqual([...expected].sort());
  });
});
