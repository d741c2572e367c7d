/**
 * How the per-tenant budget of calls to Teams is spent, every instance together (pure: sharedSendBudget.ts keeps
 * the log in storage and hands the slots out).
 *
 * Teams allows "50 requests per second per app per tenant", proactive sends and roster reads alike
 * (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit). Balises keeps to 45 in ANY second — a
 * sliding window, not seconds of the clock, so the end of one second and the start of the next never add up past
 * the limit — and the 5 left over absorb what happens between a slot and Teams: the network's jitter, a busy
 * process, clocks that differ a little between instances.
 *
 * The log holds batches of slots: `count` calls may start from `at` until `until`. The slack `until − at` covers
 * the write that claimed the batch and the instance's timers; a batch is placed at the earliest time at which no
 * 1-second window touching its slack holds more than 45 slots. Once a batch is spent its owner settles it: `until`
 * shrinks to its last use, `count` to the slots used — so the slack costs nothing, except for batches that lapse.
 * Batches are also paced (each slot takes 1/45 s): calls go out in bursts of about 10 through the second rather
 * than 45 at once, so jitter cannot push one second's burst into the next one's.
 */
import type { SendSlotLog, SlotBatch } from "../storage/sendBudgetRepository.js";

export interface SlotRules {
  /** Calls that may start in any window of `WINDOW_MS`. */
  perWindow: number;
  /** How late after `at` a slot may still be used. */
  slackMs: number;
  /** How long before its start a batch may be claimed: time for the write. */
  leadMs: number;
  /** Slots claimed by one write, at most. */
  batchSize: number;
}

export const TEAMS_TENANT_BUDGET: SlotRules = { perWindow: 45, slackMs: 300, leadMs: 100, batchSize: 10 };

const WINDOW_MS = 1_000;
/**
 * Batches are claimed at most `leadMs` ahead and a Retry-After lasts seconds: a batch or a pause further ahead can
 * only come from a clock wrong by as much. It is dropped, so a bad clock neither fills the row nor stops a tenant.
 */
const BATCH_AHEAD_LIMIT_MS = 60_000;
const PAUSE_LIMIT_MS = 10 * 60_000;

export const EMPTY_LOG: SendSlotLog = { batches: [], pausedUntil: 0 };

/** What became of a batch: `used` of its slots were used, the last at `lastUseAt`. */
export interface Settlement {
  id: string;
  used: number;
  lastUseAt: number;
}

export type Placement = { kind: "placed"; log: SendSlotLog; batch: SlotBatch } | { kind: "full"; nextAt: number };

/** The log with the settlements applied, without what can no longer share a window with a call from `now` on. */
export function tidy(log: SendSlotLog, now: number, settlements: Settlement[] = []): SendSlotLog {
  const settled = new Map(settlements.map((s) => [s.id, s]));
  const batches = log.batches.flatMap((b) => {
    const s = settled.get(b.id);
    if (!s) return [b];
    if (s.used <= 0) return [];
    return [{ ...b, count: Math.min(b.count, s.used), until: Math.min(b.until, Math.max(b.at, s.lastUseAt)) }];
  });
  return {
    batches: batches.filter((b) => b.until > now - WINDOW_MS && b.at <= now + BATCH_AHEAD_LIMIT_MS),
    pausedUntil: log.pausedUntil > now && log.pausedUntil <= now + PAUSE_LIMIT_MS ? log.pausedUntil : 0,
  };
}

/** No call before `until` (a 429's Retry-After), whatever was claimed. */
export function pauseUntil(log: SendSlotLog, until: number): SendSlotLog {
  return { ...log, pausedUntil: Math.max(log.pausedUntil, until) };
}

/** Slots of batches that a 1-second window touching [t, t + slack] could also touch. */
function busyAt(log: SendSlotLog, t: number, rules: SlotRules): number {
  let busy = 0;
  for (const b of log.batches) if (b.until > t - WINDOW_MS && b.at < t + rules.slackMs + WINDOW_MS) busy += b.count;
  return busy;
}

/**
 * When the next batch may start, for the calls to flow through the second at the budget's pace: each slot takes
 * 1/45 s of the pace, counted from each batch's start; a quiet tenant may be a batch ahead of it (its first calls
 * go at once).
 */
function pacedFrom(log: SendSlotLog, rules: SlotRules): number {
  const interval = WINDOW_MS / rules.perWindow;
  let paced = -Infinity;
  for (const b of [...log.batches].sort((x, y) => x.at - y.at)) paced = Math.max(paced, b.at) + b.count * interval;
  return Math.ceil(paced - (rules.batchSize - 1) * interval);
}

/**
 * A batch of up to `want` slots at the earliest time it fits, if that is within `leadMs` of `now`; otherwise when
 * the next one could start. Room only ever opens when a batch leaves the window: those are the times to try.
 */
export function place(log: SendSlotLog, now: number, want: number, id: string, rules: SlotRules): Placement {
  const base = Math.max(now, log.pausedUntil, pacedFrom(log, rules));
  const candidates = [base, ...log.batches.map((b) => b.until + WINDOW_MS).filter((t) => t > base)].sort(
    (a, b) => a - b,
  );
  for (const at of candidates) {
    const free = rules.perWindow - busyAt(log, at, rules);
    if (free <= 0) continue;
    if (at > now + rules.leadMs) return { kind: "full", nextAt: at };
    const batch = { id, at, until: at + rules.slackMs, count: Math.min(want, free, rules.batchSize) };
    return { kind: "placed", log: { ...log, batches: [...log.batches, batch] }, batch };
  }
  // Unreachable: once every batch has left the window, the whole budget is free.
  throw new Error("no room in the send budget");
}
