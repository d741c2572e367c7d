/**
 * Every outbound call has a deadline and a bounded retry: nothing a person waits for hangs on a peer that
 * stopped answering. The deadline rejects the caller's wait at once, and aborts the signal it gave the call
 * so that a call which honours it (Azure SDK, fetch) also closes its request instead of leaving it open.
 *
 * Deadlines are short where a person waits (an HTTP request, a card action) and longer in background work
 * nobody waits on (the job scheduler), where giving up early only turns a slow peer into retries:
 * `asBackgroundWork` marks the latter, and callers read `currentUrgency()` to pick their deadlines.
 */
import { AsyncLocalStorage } from "node:async_hooks";

export class DeadlineExceededError extends Error {
  constructor(
    readonly operation: string,
    readonly ms: number,
  ) {
    super(`${operation} did not answer within ${ms} ms`);
    this.name = "DeadlineExceededError";
  }
}

/** Runs `run` with a signal aborted at the deadline; the wait ends at the deadline even if `run` ignores the signal. */
export async function withAbortDeadline<T>(
  operation: string,
  ms: number,
  run: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new DeadlineExceededError(operation, ms);
      controller.abort(error);
      reject(error);
    }, ms);
    timer.unref();
  });
  try {
    return await Promise.race([run(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One attempt of a call under way: `run` gets a signal aborted when the call's is, or after `ms`; then the error is
 * the call's reason, or `timedOut()`. The timer is cleared as soon as `run` settles — AbortSignal.timeout's timer and
 * AbortSignal.any's links outlived each attempt by `ms`, thousands at a time under load.
 */
export async function withinAttempt<T>(
  call: AbortSignal,
  ms: number,
  run: (signal: AbortSignal) => Promise<T>,
  timedOut: () => Error,
): Promise<T> {
  // A call already given up (its deadline passed while it waited for the table) sends nothing more.
  call.throwIfAborted();
  const attempt = new AbortController();
  const timer = setTimeout(() => attempt.abort(), ms);
  timer.unref();
  const onCallAborted = () => attempt.abort();
  call.addEventListener("abort", onCallAborted, { once: true });
  try {
    return await run(attempt.signal);
  } catch (error) {
    if (call.aborted) throw call.reason;
    if (attempt.signal.aborted) throw timedOut();
    throw error;
  } finally {
    clearTimeout(timer);
    call.removeEventListener("abort", onCallAborted);
  }
}

/** A deadline for a call that takes no signal (botbuilder's TeamsInfo): the wait ends, the request runs its course. */
export function withDeadline<T>(operation: string, ms: number, run: () => Promise<T>): Promise<T> {
  return withAbortDeadline(operation, ms, () => run());
}

/** Concurrent callers share the call in flight instead of each starting one (a ping, a key refresh). */
export function shareInFlight<T>(run: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | undefined;
  return () => {
    inFlight ??= run().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
}

export interface RetryOptions {
  attempts: number;
  /** The wait before attempt n+1, or undefined when the failure is not worth retrying. */
  delayAfter: (error: unknown, attempt: number) => number | undefined;
  sleep?: (ms: number) => Promise<void>;
}

/** A wait on the real clock that does not keep the process alive. */
export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export async function withRetries<T>(options: RetryOptions, run: () => Promise<T>): Promise<T> {
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const delay = attempt < options.attempts ? options.delayAfter(error, attempt) : undefined;
      if (delay === undefined) throw error;
      await sleep(delay);
    }
  }
}

/** "person": someone is waiting on the answer (the default); "background": nobody is (scheduled jobs). */
export type Urgency = "person" | "background";

const urgency = new AsyncLocalStorage<Urgency>();

/** Runs `run` (and everything it starts) as background work. */
export function asBackgroundWork<T>(run: () => Promise<T>): Promise<T> {
  return urgency.run("background", run);
}

export function currentUrgency(): Urgency {
  return urgency.getStore() ?? "person";
}
