/**
 * Sliding-window rate limiter for the calls jobs make to one Teams conversation, in this process.
 *
 * Microsoft Teams documents (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit), per bot per
 * thread, "Send to conversation" and "Create conversation": 7 ops / 1 s, 8 / 2 s, 60 / 30 s, 1800 / 3600 s.
 * Exact values "are subject to change": the limiter keeps us under them, and a 429 is still retried with
 * backoff and Retry-After (retryPolicy.ts), which also holds the conversation back (`penalize`).
 *
 * Per process: a conversation's calls are few and come from the job that holds it. The per-tenant budget, which
 * every instance spends together, is sharedSendBudget.ts.
 */

export interface Window {
  periodMs: number;
  max: number;
}

export const TEAMS_PER_THREAD_WINDOWS: Window[] = [
  { periodMs: 1_000, max: 7 },
  { periodMs: 2_000, max: 8 },
  { periodMs: 30_000, max: 60 },
  { periodMs: 3_600_000, max: 1800 },
];

export interface LimiterKey {
  key: string;
  windows: Window[];
}

interface KeyState {
  /** Grant times, oldest first. */
  times: number[];
  blockedUntil: number;
}

export class SlidingWindowLimiter {
  private readonly state = new Map<string, KeyState>();

  constructor(private readonly now: () => number = Date.now) {}

  /** 0 when every key allows one more operation now (and it is counted); otherwise how long to wait. */
  tryAcquire(keys: LimiterKey[]): number {
    const now = this.now();
    const { wait, states } = this.check(keys, now);
    if (wait > 0) return wait;
    for (const s of states) s.times.push(now);
    return 0;
  }

  /** How long until every key allows one more operation (0: now), counting nothing. */
  waitFor(keys: LimiterKey[]): number {
    return this.check(keys, this.now()).wait;
  }

  private check(keys: LimiterKey[], now: number): { wait: number; states: KeyState[] } {
    this.prune(now);
    let wait = 0;
    const states = keys.map(({ key, windows }) => ({ s: this.stateOf(key, windows, now), windows }));
    for (const { s, windows } of states) {
      wait = Math.max(wait, s.blockedUntil - now);
      for (const w of windows) {
        const inWindow = countSince(s.times, now - w.periodMs);
        // The grant that must leave the window first: the w.max-th most recent one.
        const oldest = inWindow >= w.max ? s.times[s.times.length - w.max] : undefined;
        if (oldest !== undefined) wait = Math.max(wait, oldest + w.periodMs - now);
      }
    }
    return { wait, states: states.map(({ s }) => s) };
  }

  /** Holds a key back (a 429 with Retry-After on that conversation). */
  penalize(key: string, untilMs: number): void {
    const s = this.state.get(key) ?? { times: [], blockedUntil: 0 };
    s.blockedUntil = Math.max(s.blockedUntil, untilMs);
    this.state.set(key, s);
  }

  /** Keys currently tracked (the state is pruned as windows slide). */
  get size(): number {
    return this.state.size;
  }

  private stateOf(key: string, windows: Window[], now: number): KeyState {
    let s = this.state.get(key);
    if (!s) {
      s = { times: [], blockedUntil: 0 };
      this.state.set(key, s);
    }
    const longest = Math.max(...windows.map((w) => w.periodMs));
    const kept = s.times.findIndex((t) => t > now - longest);
    const drop = kept < 0 ? s.times.length : kept;
    if (drop > 0) s.times.splice(0, drop);
    return s;
  }

  private lastPrune = 0;

  /** Forgets idle keys now and then, so memory follows the active conversations only. */
  private prune(now: number): void {
    if (now - this.lastPrune < 60_000) return;
    this.lastPrune = now;
    for (const [key, s] of this.state) {
      const last = s.times[s.times.length - 1] ?? 0;
      if (last <= now - 3_600_000 && s.blockedUntil <= now) this.state.delete(key);
    }
  }
}

/** Number of grant times strictly after `since` (times are ascending). */
function countSince(times: number[], since: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] ?? Infinity) > since) hi = mid;
    else lo = mid + 1;
  }
  return times.length - lo;
}
