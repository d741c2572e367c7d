/**
 * bot/src/jobs/sendGate.ts: a call waits for its slot of the tenant's budget, and starts when the slot does — a
 * call made late holds the tenant's next second back by as much (bot/src/jobs/sendSlots.ts).
 */
import { describe, expect, it } from "vitest";
import { createSendGate } from "../../bot/src/jobs/sendGate.js";
import { SlidingWindowLimiter } from "../../bot/src/jobs/rateLimiter.js";
import type { SendBudget } from "../../bot/src/jobs/sendBudget.js";

const TENANT = "00000000-0000-4000-8000-0000000b0d9e";

describe("the send gate", () => {
  it("starts the call when its slot starts, however long extending the job's claim took meanwhile", async () => {
    let clock = 1_000;
    const slotStart = clock + 50;
    let usedAt: number | undefined;
    const budget: SendBudget = {
      reserve: () =>
        Promise.resolve({
          kind: "slot",
          startsInMs: () => slotStart - clock,
          use: () => {
            usedAt = clock;
            return true;
          },
        }),
      expectCalls: () => () => undefined,
      holdBack: () => Promise.resolve(),
      now: () => clock,
      sleep: () => Promise.resolve(),
    };
    const advance = (ms: number) => {
      clock += ms;
      return Promise.resolve();
    };
    const gate = createSendGate({
      ...{ tenantId: TENANT, limiter: new SlidingWindowLimiter(() => clock), budget, maxAttempts: 1 },
      ...{ maxWaitMs: 2_000, backoff: { baseMs: 100, capMs: 100, jitter: 0 }, random: () => 0 },
      now: () => clock,
      sleep: advance,
      // Extending the claim is a storage write: 30 ms here.
      holdLease: (ms) => (ms > 0 ? advance(30) : Promise.resolve()),
    });

    await gate("a:conversation", () => Promise.resolve("sent"));

    expect(usedAt).toBe(slotStart);
  });
});
