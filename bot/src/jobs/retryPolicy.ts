/**
 * What to do when the Bot Connector refuses a proactive send (learn.microsoft.com, "Optimize your bot with
 * rate limiting in Teams" and "Send proactive messages"):
 *  - 429, and also 412, 502, 504 (the page says they must be retried), other 5xx, 408 and network errors:
 *    transient — retried with exponential backoff and random jitter, never sooner than Retry-After;
 *  - 403 / 404 (bot uninstalled or blocked: BotNotInConversationRoster, MessageWritesBlocked, conversation
 *    gone): permanent — the job ends with that reason instead of retrying forever;
 *  - 400 / 413 (a payload Teams will never accept): permanent as well;
 *  - 401: transient (our credentials; an operator can fix them, the reminder must not be lost meanwhile).
 */

/** A failed proactive send, as the Teams layer reports it (no botbuilder types leak out of bot/src/teams). */
export class ProactiveSendError extends Error {
  constructor(
    readonly operation: "send" | "createConversation",
    readonly status: number | undefined,
    /** The connector's error code or sub-code, e.g. BotNotInConversationRoster, MessageWritesBlocked. */
    readonly code: string | undefined,
    readonly retryAfterMs: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = "ProactiveSendError";
  }
}

export type SendFailure =
  | {
      kind: "transient";
      reason: string;
      retryAfterMs?: number;
      /** 429: Teams says the app calls too often (it shares one budget per tenant between all instances). */
      throttled?: boolean;
    }
  | {
      kind: "permanent";
      reason: string;
      /** The bot cannot write there (uninstalled, blocked, removed). */ unreachable: boolean;
    };

export function classifySendError(error: unknown): SendFailure {
  if (!(error instanceof ProactiveSendError)) {
    return {
      kind: "transient",
      reason: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 200) : "unknown error",
    };
  }
  const status = error.status;
  const http = status !== undefined ? `http${status}` : "network";
  if (status === 403 || status === 404) return { kind: "permanent", reason: error.code ?? http, unreachable: true };
  if (status === 400 || status === 413) return { kind: "permanent", reason: error.code ?? http, unreachable: false };
  return {
    kind: "transient",
    reason: error.code ? `${http}:${error.code}` : http,
    retryAfterMs: error.retryAfterMs,
    ...(status === 429 ? { throttled: true } : {}),
  };
}

export interface BackoffOptions {
  baseMs: number;
  capMs: number;
  /** ± fraction of random jitter (0.2 = ±20 %, as the Teams sample does). */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1_000, capMs: 60_000, jitter: 0.2 };

/** Exponential backoff with jitter for attempt n (1 = first retry). */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const raw = Math.min(options.capMs, options.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(raw * (1 - options.jitter + 2 * options.jitter * random()));
}

/** The wait before retrying: Retry-After when the connector gave one (plus jitter, never less), else backoff. */
export function retryDelay(
  failure: { retryAfterMs?: number },
  attempt: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  if (failure.retryAfterMs !== undefined && failure.retryAfterMs >= 0) {
    return Math.max(failure.retryAfterMs, Math.round(failure.retryAfterMs * (1 + options.jitter * random())));
  }
  return backoffDelay(attempt, options, random);
}

/** Retry-After is seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
