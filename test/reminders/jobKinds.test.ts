/**
 * The job queue's registry of kinds: each kind runs through the handler its feature registered; a kind this
 * instance does not know (e.g. written by a newer version) is handed back to the queue, never run, and never
 * holds up the other jobs of its minute. Kinds registered by name whose code loads on first run (the Microsoft
 * Teams side, issue 14) run like the others, and say so when what loaded is not what was registered.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Job, JobKind } from "../../bot/src/jobs/job.js";
import { createJobKinds, deferredJobKinds } from "../../bot/src/jobs/jobKinds.js";
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

describe("kinds whose code loads on first run", () => {
  const job = (kind: string): Job => ({
    tenantId: TENANT_ID,
    subject: "enc.1",
    kind,
    seq: 0,
    dueAt: new Date(0),
    location: { partitionKey: "p", rowKey: "r" },
  });
  const gate = <T>(_conversationId: string, send: () => Promise<T>) => send();
  const ended =
    (reason: string): JobKind["run"] =>
    () =>
      Promise.resolve({ kind: "ended", reason });

  it("loads once, on the first run of any of them, then runs each through its own handler", async () => {
    let loads = 0;
    const kinds = createJobKinds(
      deferredJobKinds(["a", "b"], () => {
        loads += 1;
        return Promise.resolve([
          { kind: "a", run: ended("ran a") },
          { kind: "b", run: ended("ran b") },
        ]);
      }),
    );
    expect(loads).toBe(0);
    expect(kinds.givesUp("a")).toBe(true);
    const runs = await Promise.all([kinds.get("a")!.run(job("a"), gate), kinds.get("b")!.run(job("b"), gate)]);
    await kinds.get("a")!.run(job("a"), gate);
    expect(runs).toEqual([
      { kind: "ended", reason: "ran a" },
      { kind: "ended", reason: "ran b" },
    ]);
    expect(loads).toBe(1);
  });

  it("fails their jobs, naming both lists, when the code loaded builds other kinds than those registered", async () => {
    const [a] = deferredJobKinds(["a", "b"], () => Promise.resolve([{ kind: "a", run: ended("ran a") }]));
    await expect(a!.run(job("a"), gate)).rejects.toThrow("deferred job kinds [a, b] were built as [a]");
  });

  it("refuses a kind that would never be given up or would run without a record: the registry reads that first", async () => {
    const load = (policy: Partial<JobKind>) => () => Promise.resolve([{ kind: "a", run: ended("ran"), ...policy }]);
    await expect(deferredJobKinds(["a"], load({ givesUp: false }))[0]!.run(job("a"), gate)).rejects.toThrow(
      /sets a policy/,
    );
    await expect(deferredJobKinds(["a"], load({ runsWithoutRecord: true }))[0]!.run(job("a"), gate)).rejects.toThrow(
      /sets a policy/,
    );
  });
});
