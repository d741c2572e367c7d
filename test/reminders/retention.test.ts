/**
 * Retention (DESIGN "Privacy by construction"): an encounter's metadata is deleted after the retention period by
 * a `purgeEncounter` job in the durable queue. Real Azurite, the real scheduler polled by the test on a clock
 * the test moves; RETENTION_OVERRIDE (development only) makes the period 3 hours.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { compose } from "../../bot/src/composition.js";
import { createLogger } from "../../bot/src/logger.js";
import { clinicianPartition, learnerPartition, teamPartition } from "../../bot/src/storage/encounterRepository.js";
import { closeEncounter } from "../../bot/src/encounters/encounterLifecycle.js";
import type { Encounter } from "../../bot/src/domain/encounter.js";
import { OTHER_TENANT_ID, TENANT_ID } from "../support/activities.js";
import { startHarness, type Harness } from "./support/harness.js";
import {
  allRows,
  auditTeam,
  newClinician,
  personalChat,
  rowsOf,
  seedFull,
  type TableRow,
} from "./support/retentionSeed.js";

const H = 3_600_000;
const T0 = "2026-11-23T14:00:00.000Z";
const at = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ RETENTION_OVERRIDE: "PT3H" }, { start: T0 });
});
afterAll(async () => {
  await h?.stop();
});

const close = (e: Encounter) =>
  closeEncounter(h.services, {
    tenantId: e.tenantId,
    encounterId: e.id,
    endedAt: new Date(h.clock.now()).toISOString(),
    closedBy: "meetingEnd",
  });
const keysOf = (rows: TableRow[]) => rows.map((r) => `${r.table} ${r.partitionKey} ${r.rowKey} ${r.text}`).sort();

describe("the purge job", () => {
  it("deletes an encounter from every table once its retention has passed — once across two schedulers; audit, newer and other tenants' encounters stay", async () => {
    const [ca, cb, cc] = [newClinician(), newClinician(), newClinician()];
    const teamKey = "team-retention";
    h.clock.set(T0);
    const a = await seedFull(h, {
      tenantId: TENANT_ID,
      meetingId: "retention-a",
      startedAt: T0,
      teamKey,
      clinician: ca,
      learnerId: "learner-a",
    });
    await auditTeam(h.services, TENANT_ID, teamKey, ca.aadObjectId, T0);
    h.clock.set(at(0.5 * H));
    await close(a);
    await h.scheduler.pollOnce();
    h.clock.set(at(1 * H));
    const b = await seedFull(h, {
      tenantId: TENANT_ID,
      meetingId: "retention-b",
      startedAt: at(1 * H),
      teamKey,
      clinician: cb,
      learnerId: "learner-a",
    });
    const c = await seedFull(h, {
      tenantId: OTHER_TENANT_ID,
      meetingId: "retention-c",
      startedAt: at(1 * H),
      teamKey,
      clinician: cc,
      learnerId: "learner-a",
    });
    h.clock.set(at(1.5 * H));
    await Promise.all([close(b), close(c)]);
    await h.scheduler.pollOnce();
    expect(h.connector.sentTo(personalChat(ca))).toHaveLength(1); // the note card

    // Everything the encounter left: primary, 3 index rows, obligation, job records (noteCard, reminders, overdue, purge), queue rows.
    h.clock.set(at(3 * H - 1000));
    await h.scheduler.pollOnce(); // reminder 1 at end + 2 h
    const before = await allRows(h);
    const aRows = rowsOf(before, TENANT_ID, a.id);
    expect(new Set(aRows.map((r) => r.table))).toEqual(new Set(["Encounters", "Reminders"]));
    expect(
      aRows.filter(
        (r) =>
          r.partitionKey.includes("|clinician|") ||
          r.partitionKey.includes("|team|") ||
          r.partitionKey.includes("|learner|"),
      ),
    ).toHaveLength(3);
    expect(aRows.filter((r) => r.partitionKey.startsWith("queue|")).length).toBeGreaterThanOrEqual(3); // reminder 2, overdue, purge
    expect(await h.services.encounters.get(TENANT_ID, a.id)).toBeDefined(); // not a second early

    // A second instance: its own services and scheduler over the same storage.
    const { ports: services2, scheduler: scheduler2 } = compose(h.services.config, createLogger("silent"), {
      now: () => new Date(h.clock.now()),
      scheduler: { now: h.clock.now, sleep: h.clock.sleep, random: () => 0.5 },
    });
    const runs = [vi.spyOn(h.services.purge, "purge"), vi.spyOn(services2.purge, "purge")];
    h.clock.set(at(3 * H));
    await Promise.all([h.scheduler.pollOnce(), scheduler2.pollOnce(), h.scheduler.pollOnce(), scheduler2.pollOnce()]);
    const purgesOfA = runs.flatMap((spy) => spy.mock.calls.filter(([job]) => job.encounterId === a.id));
    expect(purgesOfA).toHaveLength(1);
    runs.forEach((spy) => spy.mockRestore());

    const after = await allRows(h);
    expect(rowsOf(after, TENANT_ID, a.id)).toEqual([]);
    expect(await h.services.encounters.get(TENANT_ID, a.id)).toBeUndefined();
    expect(await h.services.reminders.obligations.get(TENANT_ID, a.id)).toBeUndefined();
    expect(await h.services.encounters.listByClinician(TENANT_ID, ca.aadObjectId, T0, at(24 * H))).toEqual([]);
    expect(
      (await h.services.encounters.listByTeam(TENANT_ID, teamKey, T0, at(24 * H))).map((s) => s.encounterId),
    ).toEqual([b.id]);
    expect(
      (await h.services.encounters.readIndexRange(learnerPartition(TENANT_ID, "learner-a"), "", "\uffff", 10)).map(
        (s) => s.encounterId,
      ),
    ).toEqual([b.id]);
    // Untouched: the newer encounter, the other tenant's, and the audit trail.
    expect(keysOf(rowsOf(after, TENANT_ID, b.id))).toEqual(keysOf(rowsOf(before, TENANT_ID, b.id)));
    expect(keysOf(rowsOf(after, OTHER_TENANT_ID, c.id))).toEqual(keysOf(rowsOf(before, OTHER_TENANT_ID, c.id)));
    expect(rowsOf(after, OTHER_TENANT_ID, c.id).length).toBeGreaterThan(5);
    expect(keysOf(after.filter((r) => r.table === "Audit"))).toEqual(keysOf(before.filter((r) => r.table === "Audit")));
    expect((await h.services.audit.page(TENANT_ID, teamKey, 10)).items).toHaveLength(2);

    // Its pending reminders went with it; the newer encounter's still come.
    h.clock.set(at(3.5 * H));
    await h.scheduler.pollOnce();
    expect(h.connector.sentTo(personalChat(cb))).toHaveLength(2);
    h.clock.set(at(26 * H));
    await h.scheduler.pollOnce();
    await h.scheduler.pollOnce();
    expect(h.connector.sentTo(personalChat(ca))).toHaveLength(2); // note card + reminder 1, nothing after the purge
    expect(rowsOf(await allRows(h), TENANT_ID, a.id)).toEqual([]); // and nothing came back
    await scheduler2.stop();
  });

  it("a rerun is harmless, and the same encounter id in another tenant is not touched", async () => {
    const start = at(30 * H);
    h.clock.set(start);
    const teamKey = "team-twins";
    const mine = await seedFull(h, {
      tenantId: TENANT_ID,
      meetingId: "retention-twin",
      startedAt: start,
      teamKey,
      clinician: newClinician(),
      learnerId: "learner-t",
    });
    const twinClinician = newClinician();
    const twin = await seedFull(h, {
      tenantId: OTHER_TENANT_ID,
      meetingId: "retention-twin",
      startedAt: start,
      teamKey,
      clinician: twinClinician,
      learnerId: "learner-t",
    });
    expect(twin.id).toBe(mine.id);
    await close(mine);
    await close(twin);
    await h.scheduler.pollOnce(); // the note cards
    await h.services.reminders.notes.markFiled(OTHER_TENANT_ID, twin.id, twinClinician.aadObjectId); // cancels its reminders, not its purge
    const twinBefore = keysOf(rowsOf(await allRows(h), OTHER_TENANT_ID, twin.id));

    const { purge, retention } = h.services;
    expect(await purge.purge({ tenantId: TENANT_ID, encounterId: mine.id })).toMatchObject({
      encounterFound: true,
    });
    expect(await purge.purge({ tenantId: TENANT_ID, encounterId: mine.id })).toEqual({
      encounterFound: false,
      noteRows: 0,
      queueRows: 0,
    });
    const rows = await allRows(h);
    expect(rowsOf(rows, TENANT_ID, mine.id)).toEqual([]);
    expect(keysOf(rowsOf(rows, OTHER_TENANT_ID, twin.id))).toEqual(twinBefore);
    expect(await h.services.encounters.listByTeam(OTHER_TENANT_ID, teamKey, start, at(31 * H))).toHaveLength(1);

    // A straggler (a job queued without its record: the purge removed it) does nothing and writes nothing.
    const straggler = {
      tenantId: TENANT_ID,
      subject: mine.id,
      kind: "reminder",
      seq: 1,
      dueAt: new Date(at(32 * H)),
    };
    await h.services.jobs.buckets.enqueue(straggler, h.services.jobs.buckets.locate(straggler, h.clock.now()));
    h.clock.set(at(32.5 * H));
    await h.scheduler.pollOnce(); // the twin's reminder 1, and the straggler
    expect(rowsOf(await allRows(h), TENANT_ID, mine.id)).toEqual([]);

    // A purge job replayed for an encounter already gone (e.g. a crash between the deletes and the queue removal).
    await retention.schedule(mine);
    h.clock.set(at(33 * H));
    const runs = vi.spyOn(purge, "purge");
    await h.scheduler.pollOnce();
    expect(runs.mock.calls.filter(([job]) => job.encounterId === mine.id)).toHaveLength(2); // this tenant's replay, the twin's own job
    expect(rowsOf(await allRows(h), TENANT_ID, mine.id)).toEqual([]);
    expect(rowsOf(await allRows(h), OTHER_TENANT_ID, twin.id)).toEqual([]); // purged by its own job, at its own time
    runs.mockRestore();
  });
});

describe("encounters written before retention existed", () => {
  it("get their purge job on the next read (once), keep the flag through updates, and are purged — a failing purge is retried, never given up", async () => {
    const clinician = newClinician();
    const teamKey = "team-legacy";
    h.clock.set(at(40 * H));
    const old = await seedFull(h, {
      tenantId: TENANT_ID,
      meetingId: "retention-legacy",
      startedAt: "2024-01-10T15:00:00.000Z",
      teamKey,
      clinician,
      learnerId: "learner-l",
    });
    // Undo what the `opened` listener did, to get a row as written before this change: no flag, no purge job.
    await h.services.purge.purge({ tenantId: TENANT_ID, encounterId: old.id });
    await h.services.encounters.create(old); // primary and index rows, no `opened` event
    const raw = () =>
      allRows(h).then((rows) =>
        rows.find(
          (r) => r.table === "Encounters" && r.text.includes(`"id":"${old.id}"`) && r.rowKey.startsWith("occ|"),
        ),
      );
    expect((await raw())?.text).not.toContain("purgeScheduled");
    expect(await h.services.jobs.records.get(TENANT_ID, old.id, "purgeEncounter", 0)).toBeUndefined();

    const schedules = vi.spyOn(h.services.retention, "schedule");
    await h.services.encounters.get(TENANT_ID, old.id);
    await h.services.encounters.get(TENANT_ID, old.id);
    await h.services.encounters.update(TENANT_ID, old.id, (e) => ({ ...e, physicalPresenceRequired: false }));
    expect(schedules).toHaveBeenCalledTimes(1);
    expect((await raw())?.text).toContain('"purgeScheduled":true');
    expect(await h.services.jobs.records.get(TENANT_ID, old.id, "purgeEncounter", 0)).toMatchObject({
      state: "scheduled",
      dueAt: "2024-01-10T18:00:00.000Z",
    });
    schedules.mockRestore();

    // Due long ago (more than the 48 h after which reminders are given up): a storage failure only delays it.
    const purge = vi.spyOn(h.services.purge, "purge").mockRejectedValueOnce(new Error("storage down"));
    await h.scheduler.pollOnce();
    expect(await h.services.encounters.get(TENANT_ID, old.id)).toBeDefined();
    h.clock.advance(H);
    await h.scheduler.pollOnce();
    expect(purge.mock.calls.filter(([job]) => job.encounterId === old.id)).toHaveLength(2);
    expect(rowsOf(await allRows(h), TENANT_ID, old.id)).toEqual([]);
    expect(
      await h.services.encounters.readIndexRange(
        clinicianPartition(TENANT_ID, clinician.aadObjectId),
        "",
        "\uffff",
        10,
      ),
    ).toEqual([]);
    expect(await h.services.encounters.readIndexRange(teamPartition(TENANT_ID, teamKey), "", "\uffff", 10)).toEqual([]);
    purge.mockRestore();
  });
});
