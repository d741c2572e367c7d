/** bot/src/outbound/deadline.ts: the wait ends at the deadline, the call's signal is aborted, concurrent callers share a call. */
import { describe, expect, it } from "vitest";
import {
  asBackgroundWork,
  currentUrgency,
  DeadlineExceededError,
  shareInFlight,
  withAbortDeadline,
  withDeadline,
} from "../../bot/src/outbound/deadline.js";

const never = () => new Promise<never>(() => undefined);

describe("outbound deadlines", () => {
  it("ends the wait at the deadline and aborts the call's signal with the same error", async () => {
    let seen: AbortSignal | undefined;
    const started = Date.now();
    const error = await withAbortDeadline("peer", 50, (signal) => {
      seen = signal;
      return never();
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeadlineExceededError);
    expect((error as DeadlineExceededError).message).toBe("peer did not answer within 50 ms");
    expect(Date.now() - started).toBeLessThan(500);
    expect(seen?.aborted).toBe(true);
    expect(seen?.reason).toBe(error);
  });

  it("ends the wait even for a call that ignores the signal, and passes a timely answer through", async () => {
    await expect(withDeadline("peer", 50, never)).rejects.toBeInstanceOf(DeadlineExceededError);
    await expect(withDeadline("peer", 1_000, () => Promise.resolve(42))).resolves.toBe(42);
  });

  it("shares the call in flight between concurrent callers, and starts a new one after it settles", async () => {
    let calls = 0;
    const shared = shareInFlight(async () => {
      calls++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (calls === 1) throw new Error("first fails");
      return calls;
    });
    const [a, b] = await Promise.allSettled([shared(), shared()]);
    expect(calls).toBe(1);
    expect(a.status).toBe("rejected");
    expect(b.status).toBe("rejected");
    await expect(shared()).resolves.toBe(2);
  });

  it("knows background work from what a person waits on, across awaits", async () => {
    expect(currentUrgency()).toBe("person");
    const seen = await asBackgroundWork(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return currentUrgency();
    });
    expect(seen).toBe("background");
    expect(currentUrgency()).toBe("person");
  });
});
