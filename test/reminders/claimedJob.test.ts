/**
 * A claimed job announces itself to the tenant's send budget while it may call (sharedSendBudget.ts claims the
 * slots the announced jobs still need at the end of a run), and stops when its run ends, however it ends.
 */
import { describe, expect, it } from "vitest";
import { processClaimed, type ClaimContext } from "../../bot/src/jobs/claimedJob.js";
import { SlidingWindowLimiter } from "../../bot/src/jobs/rateLimiter.js";
import { DEFAULT_BACKOFF } from "../../bot/src/jobs/retryPolicy.js";
import { createLogger } from "../../bot/src/logger.js";
import type { QueuedJob } from "../../bot/src/storage/reminderRepository.js";

const TENANT = "00000000-0000-4000-8000-0000000b0d9e";

function context(run: () => Promise<void>) {
  const seen: string[] = [];
  let announced = 0;
  const ctx = {
    queue: {
      claim: () => Promise.resolve("etag-claimed"),
      extend: () => Promise.resolve("etag-extended"),
      release: () => Promise.resolve(),
      complete: () => Promise.resolve(),
    },
    runner: {
      run: async () => {
        seen.push(`run, ${announced} announced`);
        await run();
        return { kind: "done" as const };
      },
      end: () => Promise.resolve(),
    },
    kinds: { givesUp: () => false },
    logger: createLogger("silent"),
    instanceId: "instance-1",
    limiter: new SlidingWindowLimiter(),
    budget: {
      reserve: () => Promise.resolve({ kind: "wait" as const, delayMs: 0 }),
      holdBack: () => Promise.resolve(),
      now: () => Date.now(),
      sleep: () => Promise.resolve(),
      expectCalls: (tenantId: string) => {
        seen.push(`announced for ${tenantId}`);
        announced += 1;
        return () => {
          announced -= 1;
          seen.push("done");
        };
      },
    },
    settings: {
      leaseMs: 60_000,
      maxInProcessAttempts: 3,
      maxInProcessWaitMs: 30_000,
      backoff: DEFAULT_BACKOFF,
      storageBackoff: DEFAULT_BACKOFF,
      giveUpAfterMs: 48 * 3_600_000,
      now: () => Date.now(),
      random: () => 0.5,
    },
    sleep: () => Promise.resolve(),
  } as unknown as ClaimContext;
  return { ctx, seen, announced: () => announced };
}

const job = {
  tenantId: TENANT,
  kind: "noteReminder",
  dueAt: new Date(),
  location: { partitionKey: "p", rowKey: "r" },
  etag: "etag-queued",
  availableAt: 0,
  attempts: 0,
} as unknown as QueuedJob;

describe("a claimed job and the tenant's send budget", () => {
  it("is announced while it runs, and no longer once its run is done", async () => {
    const { ctx, seen, announced } = context(() => Promise.resolve());
    await processClaimed(ctx, job);
    expect(seen).toEqual([`announced for ${TENANT}`, "run, 1 announced", "done"]);
    expect(announced()).toBe(0);
  });

  it("is no longer announced when its run fails either", async () => {
    const { ctx, seen, announced } = context(() => Promise.reject(new Error("connector down")));
    await expect(processClaimed(ctx, job)).resolves.toBe("retry");
    expect(seen).toEqual([`announced for ${TENANT}`, "run, 1 announced", "done"]);
    expect(announced()).toBe(0);
  });
});
