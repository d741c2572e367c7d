/**
 * Durable and multi-instance safe, proven with real processes: the service (bot/src/index.ts) runs in child
 * processes against one Azurite and one fake Bot Connector.
 *  (a) an instance SIGKILLed between claiming a reminder and sending it, or before it is due, loses nothing:
 *      after a restart the reminder is sent, once;
 *  (b) three instances polling together send each reminder exactly once.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../bot/src/config.js";
import { createLogger } from "../../bot/src/logger.js";
import { composePorts, type AppPorts } from "../../bot/src/composition.js";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { startFakeConnector, type FakeConnector } from "../support/fakeConnector.js";
import { TENANT_ID, type TestUser } from "../support/activities.js";
import { close, headingOf, seedEncounter, type Seeder } from "./support/harness.js";
import { childServiceEntry, eventually, spawnService, type ChildService } from "./support/childService.js";

let azurite: RunningAzurite;
let connector: FakeConnector;
let entry: string;
const children: ChildService[] = [];
let n = 0;

beforeAll(async () => {
  [azurite, connector, entry] = await Promise.all([startAzurite(), startFakeConnector(), childServiceEntry()]);
});
afterEach(async () => {
  await Promise.all(children.splice(0).map((c) => c.kill("SIGKILL")));
});
afterAll(async () => {
  await connector?.stop();
  await azurite?.stop();
});

interface World {
  prefix: string;
  services: AppPorts;
  seeder: Seeder;
}

/** A fresh table prefix per test; the test process only seeds (its scheduler never runs). */
function world(env: Record<string, string> = {}): World {
  n += 1;
  const prefix = `d${n}${Math.random().toString(36).slice(2, 8)}`;
  const config = loadConfig({
    LOG_LEVEL: "silent",
    STORAGE_CONNECTION_STRING: azurite.connectionString,
    STORAGE_TABLE_PREFIX: prefix,
    ...env,
  });
  const services = composePorts(config, createLogger("silent"));
  return { prefix, services, seeder: { services, connector, clock: { now: () => Date.now() } } };
}

function instance(w: World, name: string, env: Record<string, string> = {}): ChildService {
  const child = spawnService(entry, name, {
    STORAGE_CONNECTION_STRING: azurite.connectionString,
    STORAGE_TABLE_PREFIX: w.prefix,
    REMINDER_POLL_INTERVAL: "PT0.2S",
    REMINDER_CLAIM_LEASE: "PT2S",
    ...env,
  });
  children.push(child);
  return child;
}

function user(i: number): TestUser {
  return {
    id: `29:durable-${n}-${i}`,
    aadObjectId: `cccccccc-${String(n).padStart(4, "0")}-4000-8000-${String(i).padStart(12, "0")}`,
    name: "Clinicien",
  };
}

const personalOf = (u: TestUser) => `a:personal-${u.aadObjectId}`;

async function queuedJob(w: World, encounterId: string) {
  const now = Date.now() + 60_000;
  const buckets = await w.services.jobs.buckets.dueBuckets(now);
  const jobs = (await Promise.all(buckets.map((b) => w.services.jobs.buckets.dueJobs(b.bucket, now)))).flat();
  return jobs.find((j) => j.subject === encounterId);
}

describe("(a) a crashed instance loses nothing", () => {
  it("SIGKILL between claim and send: after the lease expires a restarted instance sends it, once", async () => {
    const w = world();
    const u = user(1);
    const e = await seedEncounter(w.seeder, { personal: true, clinician: u });
    await close(w.seeder, e);

    const first = instance(w, "first", { BALISES_TEST_PAUSE_AFTER_CLAIM_MS: "60000" });
    await eventually(
      "the first instance to claim the card",
      async () => (await queuedJob(w, e.id))?.claimedBy !== undefined,
    );
    // The claim is visible in storage before the child's log line has crossed its stdout pipe.
    await eventually(
      "the first instance to pause after its claim",
      () => first.logs.some((l) => l.msg === "test hook: pausing between claim and send"),
      10_000,
    );
    await first.kill("SIGKILL");
    expect(connector.sentTo(personalOf(u))).toHaveLength(0);
    const claimed = await queuedJob(w, e.id);
    expect(claimed).toMatchObject({ attempts: 1 });

    instance(w, "restarted");
    await eventually("the restarted instance to send the card", () => connector.sentTo(personalOf(u)).length > 0);
    await new Promise((r) => setTimeout(r, 1500)); // several more polls: nothing more may come
    expect(connector.sentTo(personalOf(u))).toHaveLength(1);
    expect(headingOf(connector.sentTo(personalOf(u))[0]!)).toBe("Note au dossier à déposer");
    const record = (await w.services.reminders.notes.jobsOf(TENANT_ID, e.id)).find((j) => j.kind === "noteCard");
    expect(record).toMatchObject({ state: "sent" });
    expect(await queuedJob(w, e.id)).toBeUndefined();
  }, 60_000);

  it("SIGKILL before the reminder is due: a restarted instance sends it when due", async () => {
    const w = world();
    const u = user(2);
    const e = await seedEncounter(w.seeder, { personal: true, clinician: u });
    const dueAt = new Date(Date.now() + 4000);
    await w.services.jobs.queue.schedule({
      tenantId: TENANT_ID,
      subject: e.id,
      kind: "autoClose",
      seq: 0,
      dueAt,
    });
    // The auto-close check closes the encounter, which opens the obligation and sends the card.
    const first = instance(w, "first");
    await new Promise((r) => setTimeout(r, 1500));
    await first.kill("SIGKILL");
    expect((await w.services.encounters.get(TENANT_ID, e.id))?.encounter.status).toBe("open");
    expect(await queuedJob(w, e.id)).toMatchObject({ kind: "autoClose", attempts: 0 });

    instance(w, "restarted");
    await eventually("the card after the auto-close", () => connector.sentTo(personalOf(u)).length > 0);
    await new Promise((r) => setTimeout(r, 1000));
    expect(connector.sentTo(personalOf(u))).toHaveLength(1);
    expect((await w.services.encounters.get(TENANT_ID, e.id))?.encounter).toMatchObject({
      status: "closed",
      closedBy: "scheduler",
    });
    expect(Date.now()).toBeGreaterThanOrEqual(dueAt.getTime());
  }, 60_000);
});

describe("(b) three instances", () => {
  it("send every reminder exactly once", async () => {
    // Seconds instead of hours: card at close, reminders at +2 s and +4 s, overdue at +6 s.
    const w = world({ REMINDER_OFFSETS: "PT2S,PT4S", NOTE_DEADLINE: "PT6S" });
    // Opened before the three instances start, and one after the other: three cold starts at once leave a loaded
    // 2-core machine little room for the test's own storage calls.
    const users = Array.from({ length: 24 }, (_, i) => user(100 + i));
    const encounters = [];
    for (const u of users) encounters.push(await seedEncounter(w.seeder, { personal: true, clinician: u }));
    const trio = ["alpha", "beta", "gamma"].map((name) => instance(w, name, { REMINDER_CLAIM_LEASE: "PT10S" }));
    await eventually(
      "three instances listening",
      () => trio.every((c) => c.logs.some((l) => l.msg === "Balises is listening")),
      90_000, // three cold starts at once on a loaded 2-core machine
    );
    for (const e of encounters) await close(w.seeder, e);
    const expected = users.length * 4;

    const total = () => users.reduce((sum, u) => sum + connector.sentTo(personalOf(u)).length, 0);
    await eventually(`${expected} sends`, () => total() >= expected, 90_000);
    await new Promise((r) => setTimeout(r, 2000)); // more polls by all three: nothing more may come
    expect(total()).toBe(expected);
    for (const [i, e] of encounters.entries()) {
      // Each job's record names the activity the connector accepted: one per job, none unaccounted for.
      const records = await w.services.reminders.notes.jobsOf(TENANT_ID, e.id);
      expect(records.map((r) => `${r.kind}:${r.seq}:${r.state}`).sort()).toEqual([
        "noteCard:0:sent",
        "overdue:0:sent",
        "reminder:1:sent",
        "reminder:2:sent",
      ]);
      const received = connector
        .sentTo(personalOf(users[i]!))
        .map((a) => a.activityId)
        .sort();
      expect(records.map((r) => r.activityId).sort()).toEqual(received);
      // The overdue notice reached them; on a loaded machine sends slip past the test's 6 s deadline and arrive in
      // any order, each card saying what is true when it is sent (noteObligationFlow checks the order on one instance).
      expect(connector.sentTo(personalOf(users[i]!)).map((a) => headingOf(a))).toContain("Note au dossier en retard");
    }
    // Who sent what (the claims each instance logged), for the report; the sum can exceed the sends only by lost races.
    const claims = trio.map((c) => c.logs.filter((l) => l.msg === "reminder claimed").length);
    console.info(`claims per instance: ${trio.map((c, i) => `${c.name}=${claims[i]}`).join(", ")}`);
    // A claim can be taken over after its lease ran out on a loaded machine; the records above show it was still sent once.
    expect(claims.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(expected);
  }, 240_000);
});
