/**
 * Every outbound call has a deadline and a bounded retry: nothing a person waits for hangs on a peer that
 * stopped answering. The deadline rejects the caller's wait; the underlying request is left to its own timeout.
 */
export class DeadlineExceededError extends Error {
  constructor(
    readonly operation: string,
    readonly ms: number,
  ) {
    super(`${operation} did not answer within ${ms} ms`);
    this.name = "DeadlineExceededError";
  }
}

export async function withDeadline<T>(operation: string, ms: number, run: () => Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceededError(operation, ms)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([run(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

export interface RetryOptions {
  attempts: number;
  /** The wait before attempt n+1, or undefined when the failure is not worth retrying. */
  delayAfter: (error: unknown, attempt: number) => number | undefined;
  sleep?: (ms: number) => Promise<void>;
}

export async function withRetries<T>(options: RetryOptions, run: () => Promise<T>): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref()));
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
