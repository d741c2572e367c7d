/**
 * Every connector operation a job makes goes through a gate: the conversation's rate limit (this process) and a
 * slot of the tenant's budget (every instance), then the operation, then — on a transient refusal — a wait
 * (backoff with jitter, never less than Retry-After; a 429 holds the whole tenant back) and another try, while
 * keeping the job's claim lease ahead of the wait. After a few tries, or when the wait is long, the job is handed
 * back to storage to be retried later (TransientSendExhausted).
 */
import { SlidingWindowLimiter, TEAMS_PER_THREAD_WINDOWS } from "./rateLimiter.js";
import { classifySendError, retryDelay, type BackoffOptions, type SendFailure } from "./retryPolicy.js";
import { shareThrottling, takeSendSlot, type SendBudget } from "./sendBudget.js";

/** The connector will never accept this (403/404 uninstalled or blocked, 400/413). */
export class PermanentSendFailure extends Error {
  constructor(readonly failure: Extract<SendFailure, { kind: "permanent" }>) {
    super(`permanent send failure: ${failure.reason}`);
    this.name = "PermanentSendFailure";
  }
}

/** Still failing after the in-process tries: retry from storage after `delayMs`. */
export class TransientSendExhausted extends Error {
  constructor(
    readonly reason: string,
    readonly delayMs: number,
  ) {
    super(`transient send failure: ${reason}`);
    this.name = "TransientSendExhausted";
  }
}

/** The claim lease could not be extended: another instance owns the job now. */
export class LeaseLostError extends Error {
  constructor() {
    super("claim lease lost");
    this.name = "LeaseLostError";
  }
}

export type SendGate = <T>(conversationKey: string, operation: () => Promise<T>) => Promise<T>;

export interface GateOptions {
  tenantId: string;
  /** Per conversation, in this process. */
  limiter: SlidingWindowLimiter;
  /** Per tenant, shared by every instance. */
  budget: SendBudget;
  backoff: BackoffOptions;
  maxAttempts: number;
  maxWaitMs: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  /** Makes sure the claim lasts at least `ms` more (extending it if needed); throws LeaseLostError. */
  holdLease: (ms: number) => Promise<void>;
  onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void;
}

/**
 * A wait holds the claim this much past its end: the call that follows the last wait (its slot just used) then finds
 * the claim long enough and goes at once, instead of after a write to extend it — the budget counts the call when
 * its slot is used.
 */
const PAST_WAKE_MS = 1_000;

export function createSendGate(options: GateOptions): SendGate {
  // A wait worth holding the claim for; a longer one (a 429's Retry-After) gives the job back instead. It ends when
  // it was asked to, however long extending the claim took: a slot's call made late slows the whole tenant.
  const wait = async (ms: number) => {
    if (ms > options.maxWaitMs) throw new TransientSendExhausted("rateLimited", ms);
    // Counted on the budget's clock, which the slot's `ms` came from (the service's may be coarser, or held still).
    const until = options.budget.now() + ms;
    await options.holdLease(ms + PAST_WAKE_MS);
    await options.sleep(Math.max(0, until - options.budget.now()));
  };
  return async <T>(conversationKey: string, operation: () => Promise<T>): Promise<T> => {
    const key = `conv|${options.tenantId}|${conversationKey}`;
    const conversation = [{ key, windows: TEAMS_PER_THREAD_WINDOWS }];
    const local = {
      waitMs: () => options.limiter.waitFor(conversation),
      take: () => options.limiter.tryAcquire(conversation) === 0,
    };
    for (let attempt = 1; ; attempt++) {
      // The claim is made long enough before the slot is taken, not between the slot and the call: the budget
      // counts the call at the time its slot is used, and a lease write there would make the call later than that.
      await options.holdLease(0);
      await takeSendSlot(options.budget, options.tenantId, wait, local);
      try {
        return await operation();
      } catch (error) {
        const failure = classifySendError(error);
        if (failure.kind === "permanent") throw new PermanentSendFailure(failure);
        const delayMs = retryDelay(failure, attempt, options.backoff, options.random);
        if (failure.retryAfterMs !== undefined) options.limiter.penalize(key, options.now() + failure.retryAfterMs);
        await shareThrottling(options.budget, options.tenantId, failure, delayMs);
        if (attempt >= options.maxAttempts || delayMs > options.maxWaitMs)
          throw new TransientSendExhausted(failure.reason, delayMs);
        options.onRetry?.({ attempt, delayMs, reason: failure.reason });
        await options.holdLease(delayMs);
        await options.sleep(delayMs);
      }
    }
  };
}
