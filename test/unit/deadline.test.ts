/** bot/src/outbound/deadline.ts: the wait ends at the deadline, the call's signal is aborted, concurrent callers share a call. */
import { describe, expect, it } from "vitest";
import {
  asBackgroundWork,
  currentUrgency,
  DeadlineExceededError,
  shareInFlight,
  withAbortDeadline,
  withDeadline,
  withinAttempt,
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

  it("an attempt: aborted with the call or at its own deadline, each with its error; none starts for a call given up", async () => {
    const timedOut = () => new DeadlineExceededError("attempt", 20);
    const abortedWith = (signal: AbortSignal) =>
      new Promise<never>((_, reject) => signal.addEventListener("abort", () => reject(new Error("aborted"))));
    await expect(withinAttempt(new AbortController().signal, 20, abortedWith, timedOut)).rejects.toMatchObject({
      operation: "attempt",
    });
    const call = new AbortController();
    const attempt = withinAttempt(call.signal, 60_000, abortedWith, timedOut);
    const reason = new DeadlineExceededError("call", 100);
    call.abort(reason);
    await expect(attempt).rejects.toBe(reason);
    let started = false;
    const run = () => ((started = true), Promise.resolve("sent"));
    await expect(withinAttempt(call.signal, 60_000, run, timedOut)).rejects.toBe(reason);
    expect(started).toBe(false);
    await expect(withinAttempt(new AbortController().signal, 60_000, run, timedOut)).resolves.toBe("sent");
  });
});
