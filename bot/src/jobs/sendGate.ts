/**
 * Every connector operation a job makes goes through a gate: the rate limiter (per conversation and per
 * tenant), then the operation, then — on a transient refusal — a wait (backoff with jitter, never less than
 * Retry-After) and another try, while keeping the job's claim lease ahead of the wait. After a few tries, or
 * when the wait is long, the job is handed back to storage to be retried later (TransientSendExhausted).
 */
import { SlidingWindowLimiter, TEAMS_PER_THREAD_WINDOWS, perTenantWindows } from "./rateLimiter.js";
import { classifySendError, retryDelay, type BackoffOptions, type SendFailure } from "./retryPolicy.js";

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
  limiter: SlidingWindowLimiter;
  tenantRps: number;
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

export function createSendGate(options: GateOptions): SendGate {
  const tenantKey = { key: `tenant|${options.tenantId}`, windows: perTenantWindows(options.tenantRps) };
  return async <T>(conversationKey: string, operation: () => Promise<T>): Promise<T> => {
    const conversation = { key: `conv|${options.tenantId}|${conversationKey}`, windows: TEAMS_PER_THREAD_WINDOWS };
    for (let attempt = 1; ; attempt++) {
      for (;;) {
        const wait = options.limiter.tryAcquire([conversation, tenantKey]);
        if (wait <= 0) break;
        // A conversation held back for long (a 429's Retry-After): give the job back rather than sit on its claim.
        if (wait > options.maxWaitMs) throw new TransientSendExhausted("rateLimited", wait);
        await options.holdLease(wait);
        await options.sleep(wait);
      }
      await options.holdLease(0);
      try {
        return await operation();
      } catch (error) {
        const failure = classifySendError(error);
        if (failure.kind === "permanent") throw new PermanentSendFailure(failure);
        const delayMs = retryDelay(failure, attempt, options.backoff, options.random);
        if (failure.retryAfterMs !== undefined)
          options.limiter.penalize(conversation.key, options.now() + failure.retryAfterMs);
        if (attempt >= options.maxAttempts || delayMs > options.maxWaitMs)
          throw new TransientSendExhausted(failure.reason, delayMs);
        options.onRetry?.({ attempt, delayMs, reason: failure.reason });
        await options.holdLease(delayMs);
        await options.sleep(delayMs);
      }
    }
  };
}
