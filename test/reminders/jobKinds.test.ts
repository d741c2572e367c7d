/**
 * The job queue's registry of kinds: each kind runs through the handler its feature registered; a kind this
 * instance does not know (e.g. written by a newer version) is handed back to the queue, never run, and never
 * holds up the other jobs of its minute.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobKinds } from "../../bot/src/jobs/jobKinds.js";
import { CLINICIAN, TENANT_ID } from "../support/activities.js";
import { close, seedEncounter, startHarness, type Harness } from "./support/harness.js";

let h: Harness;

beforeAll(async () => {
  h = await startHarness({}, { start: "2026-11-23T14:00:00.000Z" });
});
afterAll(async () => {
  await h?.stop();
});

describe("the registry of job kinds", () => {
  it("refuses a kind registered twice", () => {
    const kind = { kind: "twice", run: () => Promise.resolve({ kind: "done" as const }) };
    expect(() => createJobKinds([kind, kind])).toThrow(/registered twice: twice/);
  });

  it("hands a job of an unknown kind back to the queue, and still runs the rest of its minute", async () => {
    const now = new Date(h.clock.now());
    await h.services.jobs.queue.schedule({
      tenantId: TENANT_ID,
      subject: "enc.1",
      kind: "fromANewerVersion",
      seq: 0,
      dueAt: now,
    });
    const e = await seedEncounter(h, { personal: true, clinician: CLINICIAN });
    await close(h, e);

    const stats = await h.scheduler.pollOnce();
    expect(stats).toMatchObject({ due: 2, sent: 1, retried: 1 });
    expect(h.connector.sentTo(`a:personal-${CLINICIAN.aadObjectId}`)).toHaveLength(1); // the note card
    const queued = (await h.services.jobs.buckets.dueJobs("2026-11-23T14:00", h.clock.now())).find(
      (j) => j.kind === "fromANewerVersion",
    );
    expect(queued).toMatchObject({ attempts: 1, lastError: expect.stringContaining("UnknownJobKind") as unknown });
    expect(await h.services.jobs.records.get(TENANT_ID, "enc.1", "fromANewerVersion", 0)).toMatchObject({
      state: "scheduled",
    });
  });
});
