import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { createTableClientFactory } from "../../bot/src/storage/tableClients.js";
import { TableGateway } from "../../bot/src/storage/tableGateway.js";
import { LearnerRepository } from "../../bot/src/storage/learnerRepository.js";
import { ActivityCountRepository } from "../../bot/src/storage/activityCountRepository.js";
import { registerLearner, validateLearnerInput, type Learner } from "../../bot/src/domain/learners.js";
import { designate } from "../../bot/src/domain/supervision.js";
import { AlreadyExistsError, EtagConflictError, ValidationError } from "../../bot/src/errors.js";

let azurite: RunningAzurite;
let repo: LearnerRepository;
let counts: ActivityCountRepository;

const T = "00000000-0000-4000-8000-00000000de00";
const T2 = "00000000-0000-4000-8000-0000000000ff";
const TEAM = "19:team-a@thread.tacv2";
const PILOT = "11111111-0000-4000-8000-000000000001";
const SUP = "22222222-0000-4000-8000-000000000002";
const SUP2 = "22222222-0000-4000-8000-000000000003";

function learner(oid: string, supervisors = [SUP], teamKey = TEAM): Learner {
  const v = validateLearnerInput({ oid, role: "resident", supervisors, trainingSite: "Hôpital de l'Enfant-Jésus" });
  if (!v.ok) throw new Error(JSON.stringify(v.issues));
  return registerLearner(teamKey, v.value, PILOT, "2026-01-05T12:00:00.000Z");
}
const oid = (n: number) => `33333333-0000-4000-8000-${String(n).padStart(12, "0")}`;

beforeAll(async () => {
  azurite = await startAzurite();
  const gateway = new TableGateway(createTableClientFactory(azurite.storage()).client("Learners"));
  repo = new LearnerRepository(gateway);
  counts = new ActivityCountRepository(gateway);
});
afterAll(() => azurite.stop());

describe("LearnerRepository", () => {
  it("round-trips a learner and refuses a second registration", async () => {
    const l = learner(oid(1));
    await repo.create(T, l);
    expect((await repo.get(T, TEAM, oid(1)))?.learner).toEqual(l);
    await expect(repo.create(T, l)).rejects.toBeInstanceOf(AlreadyExistsError);
  });

  it("keeps tenants apart: the same team key in another tenant is another partition", async () => {
    expect(await repo.get(T2, TEAM, oid(1))).toBeUndefined();
    expect(await repo.listForSupervisor(T2, TEAM, SUP)).toEqual([]);
  });

  it("updates with the ETag; a stale ETag is a conflict, never a lost update", async () => {
    const stored = (await repo.get(T, TEAM, oid(1)))!;
    const d = designate(stored.learner, SUP, "2026-02-01T00:00:00.000Z");
    if (!d.ok) throw new Error();
    await repo.replace(T, d.learner, stored.learner, stored.etag);
    await expect(repo.replace(T, stored.learner, stored.learner, stored.etag)).rejects.toBeInstanceOf(
      EtagConflictError,
    );
    expect((await repo.get(T, TEAM, oid(1)))?.learner.designations).toHaveLength(1);
  });

  it("finds a supervisor's learners through the index, per team, and follows supervisor changes", async () => {
    await repo.create(T, learner(oid(2), [SUP, SUP2]));
    await repo.create(T, learner(oid(3), [SUP2]));
    await repo.create(T, learner(oid(4), [SUP], "19:team-b@thread.tacv2"));
    expect((await repo.listForSupervisor(T, TEAM, SUP)).map((s) => s.learner.oid).sort()).toEqual([oid(1), oid(2)]);
    expect((await repo.listForSupervisor(T, TEAM, SUP2)).map((s) => s.learner.oid).sort()).toEqual([oid(2), oid(3)]);

    const stored = (await repo.get(T, TEAM, oid(2)))!;
    await repo.replace(T, { ...stored.learner, supervisors: [SUP2] }, stored.learner, stored.etag);
    expect((await repo.listForSupervisor(T, TEAM, SUP)).map((s) => s.learner.oid)).toEqual([oid(1)]);
    expect(await repo.isSupervisorInTeam(T, "19:team-b@thread.tacv2", SUP)).toBe(true);
    expect(await repo.isSupervisorInTeam(T, "19:team-b@thread.tacv2", SUP2)).toBe(false);
  });

  it("never trusts a stale index row: the learner row decides", async () => {
    const l = learner(oid(5), [SUP]);
    await repo.create(T, l);
    const stored = (await repo.get(T, TEAM, oid(5)))!;
    // Claim the previous supervisors were already [SUP2]: SUP's index row stays behind, as a crash between the two writes would leave it.
    await repo.replace(T, { ...l, supervisors: [SUP2] }, { ...l, supervisors: [SUP2] }, stored.etag);
    expect((await repo.listForSupervisor(T, TEAM, SUP)).map((s) => s.learner.oid)).not.toContain(oid(5));
  });

  it("deletes a learner and their index rows", async () => {
    const stored = (await repo.get(T, TEAM, oid(3)))!;
    await repo.delete(T, stored.learner, stored.etag);
    expect(await repo.get(T, TEAM, oid(3))).toBeUndefined();
    expect((await repo.listForSupervisor(T, TEAM, SUP2)).map((s) => s.learner.oid)).not.toContain(oid(3));
  });

  it("pages the team's learners with continuation tokens and refuses a forged token", async () => {
    const first = await repo.pageTeam(T, TEAM, 2);
    expect(first.items).toHaveLength(2);
    expect(first.continuationToken).toBeDefined();
    const second = await repo.pageTeam(T, TEAM, 2, first.continuationToken);
    const all = [...first.items, ...second.items].map((s) => s.learner.oid);
    expect(new Set(all).size).toBe(all.length);
    expect((await repo.listTeam(T, TEAM)).length).toBeGreaterThanOrEqual(all.length);
    await expect(repo.pageTeam(T, TEAM, 2, "not-a-token")).rejects.toBeInstanceOf(ValidationError);
  });

  it("keeps the team's §9.3 threshold (default 3), create-once then ETag-conditional", async () => {
    expect(await repo.settings(T, TEAM)).toEqual({ observationThreshold: 3 });
    const saved = await repo.saveSettings(T, TEAM, 5);
    await expect(repo.saveSettings(T, TEAM, 4)).rejects.toBeInstanceOf(AlreadyExistsError);
    await repo.saveSettings(T, TEAM, 4, saved.etag);
    await expect(repo.saveSettings(T, TEAM, 6, saved.etag)).rejects.toBeInstanceOf(EtagConflictError);
    expect((await repo.settings(T, TEAM)).observationThreshold).toBe(4);
  });
});

describe("ActivityCountRepository (003 §5, §7)", () => {
  it("stores a clinician's in-person count per period, upsert or ETag-conditional", async () => {
    expect(await counts.get(T, SUP, "2026")).toBeUndefined();
    const first = await counts.put(T, SUP, "2026", 120, "2026-06-01T00:00:00.000Z");
    expect(await counts.get(T, SUP, "2026")).toMatchObject({ period: "2026", inPerson: 120 });
    await counts.put(T, SUP, "2026", 130, "2026-06-02T00:00:00.000Z", first.etag);
    await expect(counts.put(T, SUP, "2026", 140, "2026-06-03T00:00:00.000Z", first.etag)).rejects.toBeInstanceOf(
      EtagConflictError,
    );
    expect(await counts.get(T2, SUP, "2026")).toBeUndefined();
  });
});
