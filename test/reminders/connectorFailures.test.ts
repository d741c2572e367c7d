/**
 * What the scheduler does when the Bot Connector refuses: 429/502/504 retried with backoff and jitter, never
 * before Retry-After, and not dropped; 403/404 (bot uninstalled or blocked) end the job with the reason.
 * Waits go through the harness clock, so the requested delays are asserted exactly and nothing is slow.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TENANT_ID, type TestUser } from "../support/activities.js";
import { close, seedEncounter, startHarness, type Harness } from "./support/harness.js";

let h: Harness;
let clinician: TestUser;
let n = 0;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});
beforeEach(() => {
  n += 1;
  clinician = {
    id: `29:c-${n}`,
    aadObjectId: `bbbbbbbb-0000-4000-8000-${String(n).padStart(12, "0")}`,
    name: "Clinicien",
  };
  h.clock.slept.length = 0;
});

const personal = () => `a:personal-${clinician.aadObjectId}`;
const attemptsTo = (conversationId: string) => h.connector.attempts.filter((a) => a.conversationId === conversationId);
const H = 3_600_000;

async function openObligation() {
  const e = await seedEncounter(h, { personal: true, clinician });
  await close(h, e);
  return e;
}

describe("transient refusals", () => {
  it("retries 429 (after Retry-After), 502 and 504 with backoff, then delivers once", async () => {
    h.clock.set("2026-11-23T14:00:00.000Z");
    h.connector.failNextFor(personal(), { status: 429, retryAfterSeconds: 3 }, { status: 502 }, { status: 504 });
    const e = await openObligation();
    await h.scheduler.pollOnce();
    expect(h.connector.sentTo(personal())).toHaveLength(1);
    expect(attemptsTo(personal()).map((a) => a.status)).toEqual([429, 502, 504, 200]);
    // Retry-After 3 s honoured (jitter only adds); then exponential backoff 2 s, 4 s (random fixed at 0.5: no jitter).
    expect(h.clock.slept).toEqual([3300, 2000, 4000]);
    expect(h.clock.slept[0]).toBeGreaterThanOrEqual(3000);
    const card = (await h.services.reminders.notes.jobsOf(TENANT_ID, e.id)).find((j) => j.kind === "noteCard");
    expect(card).toMatchObject({ state: "sent", conversationId: personal() });
  });

  it("spreads retries with jitter", async () => {
    const jittered = await startHarness({}, { scheduler: { random: () => 0.9 } });
    try {
      jittered.connector.failNextFor(personal(), { status: 502 });
      const e = await seedEncounter(jittered, { personal: true, clinician });
      await close(jittered, e);
      await jittered.scheduler.pollOnce();
      // backoff 1 s × (1 − 0.2 + 2 × 0.2 × 0.9) = 1160 ms
      expect(jittered.clock.slept).toEqual([1160]);
    } finally {
      await jittered.stop();
    }
  });

  it("hands a job still refused after its in-process tries back to storage, and sends it later — never dropped", async () => {
    h.clock.set("2026-11-24T14:00:00.000Z");
    h.connector.failNextFor(personal(), ...Array.from({ length: 4 }, () => ({ status: 503 })));
    const e = await openObligation();
    const stats = await h.scheduler.pollOnce();
    expect(stats.retried).toBe(1);
    expect(h.connector.sentTo(personal())).toHaveLength(0);
    const buckets = await h.services.jobs.buckets.dueBuckets(h.clock.now());
    const queued = (await Promise.all(buckets.map((b) => h.services.jobs.buckets.dueJobs(b.bucket, h.clock.now()))))
      .flat()
      .filter((j) => j.subject === e.id);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ kind: "noteCard", attempts: 1, lastError: "http503:ServiceError" });
    expect(queued[0]!.claimedBy).toBeUndefined();
    expect(queued[0]!.availableAt).toBeGreaterThan(h.clock.now());

    await h.scheduler.pollOnce();
    expect(h.connector.sentTo(personal())).toHaveLength(0); // still backing off
    h.clock.set(new Date(queued[0]!.availableAt).toISOString());
    await h.scheduler.pollOnce();
    expect(h.connector.sentTo(personal())).toHaveLength(1);
  });

  it("holds a long Retry-After in storage rather than in a claim", async () => {
    h.clock.set("2026-11-25T14:00:00.000Z");
    h.connector.failNextFor(personal(), { status: 429, retryAfterSeconds: 120 });
    await openObligation();
    const stats = await h.scheduler.pollOnce();
    // The card goes back to storage (with any job of the tenant still waiting to send: a 429 holds the tenant back).
    expect(stats.retried).toBeGreaterThanOrEqual(1);
    expect(h.connector.sentTo(personal())).toHaveLength(0);
    // The 120 s were not slept: only the budget's pace between calls of one instant (1/45 s a slot, under 1 s).
    expect(h.clock.slept.filter((ms) => ms >= 1000)).toEqual([]);
    h.clock.advance(119_000);
    await h.scheduler.pollOnce();
    expect(h.connector.sentTo(personal())).toHaveLength(0);
    h.clock.advance(30_000);
    await h.scheduler.pollOnce();
    expect(h.connector.sentTo(personal())).toHaveLength(1);
  });
});

describe("the bot uninstalled or blocked", () => {
  it.each([
    [403, "BotNotInConversationRoster"],
    [403, "MessageWritesBlocked"],
    [404, "ConversationNotFound"],
  ])("HTTP %i %s ends the reminder with that reason, with no further attempt", async (status, code) => {
    h.clock.set("2026-11-26T14:00:00.000Z");
    const e = await openObligation();
    await h.scheduler.pollOnce();
    expect(h.connector.sentTo(personal())).toHaveLength(1);

    h.connector.failConversation(personal(), { status, body: { error: { code, message: "scripted" } } });
    h.clock.advance(2 * H);
    await h.scheduler.pollOnce();
    const reminder = (await h.services.reminders.notes.jobsOf(TENANT_ID, e.id)).find(
      (j) => j.kind === "reminder" && j.seq === 1,
    );
    expect(reminder).toMatchObject({ state: "ended", endedReason: code });
    const tried = attemptsTo(personal()).length;
    for (let i = 0; i < 3; i++) {
      h.clock.advance(10 * 60_000);
      await h.scheduler.pollOnce();
    }
    expect(attemptsTo(personal()).length).toBe(tried);
  });

  it("a blocked Teams answer (403, subCode MessageWritesBlocked in the message) is read as such", async () => {
    h.clock.set("2026-11-27T14:00:00.000Z");
    h.connector.failConversation(personal(), {
      status: 403,
      body: {
        errorCode: 209,
        message: JSON.stringify({ subCode: "MessageWritesBlocked", details: "Thread is blocked from message writes." }),
      },
    });
    const e = await openObligation();
    await h.scheduler.pollOnce();
    const o = (await h.services.reminders.obligations.get(TENANT_ID, e.id))!.obligation;
    expect(o).toMatchObject({ cardDelivery: "unreachable", cardDeliveryReason: "MessageWritesBlocked" });
    const card = (await h.services.reminders.notes.jobsOf(TENANT_ID, e.id)).find((j) => j.kind === "noteCard");
    expect(card).toMatchObject({ state: "ended", endedReason: "MessageWritesBlocked" });
  });
});

describe("the scheduler's cost", () => {
  it("reads only the bucket index and the due buckets, however many reminders lie in the future", async () => {
    h.clock.set("2026-12-01T14:00:00.000Z");
    // Drain what earlier tests left due.
    for (let i = 0; i < 3; i++) await h.scheduler.pollOnce();
    const now = h.clock.now();
    for (let i = 0; i < 300; i++) {
      const due = new Date(now + 60_000 + i * 7 * 60_000);
      await h.services.jobs.queue.schedule({
        tenantId: TENANT_ID,
        subject: `future.${i}`,
        kind: "reminder",
        seq: 1,
        dueAt: due,
      });
    }
    h.clock.advance(5 * 60_000);
    const stats = await h.scheduler.pollOnce();
    // 1 index query + the one due bucket (the first future job, now due).
    expect(stats.indexReads).toBe(1);
    expect(stats.bucketReads).toBe(1);
    expect(stats.due).toBe(1);
    // Its bucket drains, and is retired once it is more than a minute behind: then no bucket is read at all.
    h.clock.advance(2 * 60_000);
    await h.scheduler.pollOnce();
    const quiet = await h.scheduler.pollOnce();
    expect(quiet).toMatchObject({ indexReads: 1, bucketReads: 0 });
  });
});
