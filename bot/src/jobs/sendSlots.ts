/**
 * How the per-tenant budget of calls to Teams is spent, every instance together (pure: sharedSendBudget.ts keeps
 * the log in storage and hands the slots out).
 *
 * Teams allows "50 requests per second per app per tenant", proactive sends and roster reads alike
 * (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit). Balises plans 45 slots in ANY second — a
 * sliding window, not seconds of the clock, so the end of one second and the start of the next never add up past
 * the limit — and the 5 left over absorb what happens between a slot and Teams: a busy process (up to 2 of them,
 * see `onTimeMs` below), the network's jitter, clocks that differ a little between instances.
 *
 * The log holds batches of slots, claimed by one write each: slot k of a batch starts at `at + k/45 s`, so calls
 * go out one every 1/45 s rather than in bursts — a burst's calls reach Teams spread by the network's jitter, and
 * two bursts a second apart then count as more than 45 in Teams' own second. Every slot of a batch may be used up
 * to the same time late, the slack (a busy event loop, the write that claimed it): `until` is the last slot's
 * latest use. A batch is placed at the earliest time at which no 1-second window holds more than 45 slots that may
 * be used in it (counted as below). Once a batch is spent its owner settles it: `count` shrinks to the slots used
 * and the slack to how late they really were — so the slack costs nothing, except for batches that lapse.
 *
 * A batch whose calls all went out within `onTimeMs` of their slots is settled on time: counted on its slots, not as
 * late as it was. Counted late, a millisecond's lateness (a timer behind a busy event loop: p99 of 2–4 ms in the
 * reminders benchmark) would push the same slot of the next second back by as much, every second, and the tenant's
 * pace would fall under 45 (44.2–45.0 msg/s in the benchmark). What this lets through stays within the 5 spare: a
 * batch is placed only where a second count also fits, of when the calls may really go out (every batch as late as
 * it was): at most 47 in any second.
 */
import type { SendSlotLog, SlotBatch } from "../storage/sendBudgetRepository.js";

export interface SlotRules {
  /** Slots that may start in any window of `WINDOW_MS`. */
  perWindow: number;
  /** Calls that may go out in any window of `WINDOW_MS`, those of a batch on time as late as they were. */
  usedPerWindow: number;
  /** How late after its start a slot may still be used. */
  slackMs: number;
  /** How long before its start a batch may be claimed: time for the write. */
  leadMs: number;
  /** Slots claimed by one write, at most. */
  batchSize: number;
  /** A batch whose calls were all at most this late is counted on its slots; shorter than the pace's 1/45 s. */
  onTimeMs: number;
}

export const TEAMS_TENANT_BUDGET: SlotRules = {
  perWindow: 45,
  usedPerWindow: 47,
  slackMs: 300,
  leadMs: 100,
  batchSize: 10,
  onTimeMs: 10,
};

const WINDOW_MS = 1_000;
/**
 * Batches are claimed at most `leadMs` ahead and a Retry-After lasts seconds: a batch or a pause further ahead can
 * only come from a clock wrong by as much. It is dropped, so a bad clock neither fills the row nor stops a tenant.
 */
const BATCH_AHEAD_LIMIT_MS = 60_000;
const PAUSE_LIMIT_MS = 10 * 60_000;

export const EMPTY_LOG: SendSlotLog = { batches: [], pausedUntil: 0 };

/**
 * What became of a batch: `used` of its slots were used, the j-th of them (in time) at most `lateMs` after the
 * start of slot j — the earliest it could have been, whichever slot it was.
 */
export interface Settlement {
  id: string;
  used: number;
  lateMs: number;
}

export type Placement = { kind: "placed"; log: SendSlotLog; batch: SlotBatch } | { kind: "full"; nextAt: number };

/** The log with the settlements applied, without what can no longer share a window with a call from `now` on. */
export function tidy(log: SendSlotLog, now: number, rules: SlotRules, settlements: Settlement[] = []): SendSlotLog {
  const settled = new Map(settlements.map((s) => [s.id, s]));
  const batches = log.batches.flatMap((b) => {
    const s = settled.get(b.id);
    if (!s) return [b];
    if (s.used <= 0) return [];
    const count = Math.min(b.count, s.used);
    // Not clipped to the old `until`: the uses are measured against the first slots' starts, which may be up to a
    // millisecond closer together than the slots that were used.
    return [{ ...b, count, until: slotStart(b, count - 1, rules) + Math.max(0, s.lateMs) }];
  });
  return {
    batches: batches.filter((b) => b.until > now - WINDOW_MS && b.at <= now + BATCH_AHEAD_LIMIT_MS),
    pausedUntil: log.pausedUntil > now && log.pausedUntil <= now + PAUSE_LIMIT_MS ? log.pausedUntil : 0,
  };
}

/**
 * Slots an instance claims for one write: a whole batch while a batch's worth of jobs or more have announced
 * calls, or none has (callers that come before it ends need no other write); fewer announced — the end of a run —
 * only what the callers waiting and the announced jobs that hold no slot yet need: spare slots would hold every
 * instance back until they passed unused.
 */
export function slotsWanted(
  { expected, waiting, holding }: { expected: number; waiting: number; holding: number },
  rules: SlotRules,
): number {
  if (expected === 0 || expected >= rules.batchSize) return rules.batchSize;
  return Math.min(rules.batchSize, Math.max(1, waiting, expected - holding));
}

/** No call before `until` (a 429's Retry-After), whatever was claimed. */
export function pauseUntil(log: SendSlotLog, until: number): SendSlotLog {
  return { ...log, pausedUntil: Math.max(log.pausedUntil, until) };
}

/** When slot `k` of the batch may start. */
export function slotStart(batch: Pick<SlotBatch, "at">, k: number, rules: SlotRules): number {
  return batch.at + Math.ceil((k * WINDOW_MS) / rules.perWindow);
}

/** A batch not used yet: `count` slots from `at`, each usable up to the slack after its start. */
export function freshBatch(id: string, at: number, count: number, rules: SlotRules): SlotBatch {
  return { id, at, until: slotStart({ at }, count - 1, rules) + rules.slackMs, count, paced: true };
}

/**
 * When each slot of the batch may be used: from its start to as late as the batch allows ("used"); as the budget
 * counts them ("counted"), the slots of a batch on time at their starts.
 */
function spansOf(b: SlotBatch, rules: SlotRules, as: "counted" | "used"): Array<[number, number]> {
  // A batch an instance of an earlier version claimed: any of its slots from `at` to `until`.
  if (!b.paced) return Array.from({ length: b.count }, () => [b.at, b.until]);
  const lateness = Math.max(0, b.until - slotStart(b, b.count - 1, rules));
  const late = as === "counted" && lateness <= rules.onTimeMs ? 0 : lateness;
  return Array.from({ length: b.count }, (_, k) => {
    const start = slotStart(b, k, rules);
    return [start, start + late];
  });
}

/**
 * The most slots that may be used in one 1-second window holding a slot of `added`. A window [w, w + 1 s) may
 * hold a slot when the slot's span meets it; the count can only drop as w passes a span's end, so the windows
 * starting at a span's end are the ones to count.
 */
function crowdest(spans: Array<[number, number]>, added: Array<[number, number]>): number {
  const all = [...spans, ...added];
  const meets =
    (w: number) =>
    ([from, to]: [number, number]) =>
      from < w + WINDOW_MS && to >= w;
  let most = 0;
  for (const [, w] of all) if (added.some(meets(w))) most = Math.max(most, all.filter(meets(w)).length);
  return most;
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
 * the next one could start. Room only ever opens when a slot leaves the window (a second after the end of its
 * span): those are the times to try.
 */
export function place(log: SendSlotLog, now: number, want: number, id: string, rules: SlotRules): Placement {
  const counted = log.batches.flatMap((b) => spansOf(b, rules, "counted"));
  const used = log.batches.flatMap((b) => spansOf(b, rules, "used"));
  const base = Math.max(now, log.pausedUntil, pacedFrom(log, rules));
  const leave = [...counted, ...used].map(([, to]) => to + WINDOW_MS).filter((t) => t > base);
  const candidates = [base, ...leave].sort((a, b) => a - b);
  const fits = (at: number, count: number) => {
    const batch = freshBatch(id, at, count, rules);
    return (
      crowdest(counted, spansOf(batch, rules, "counted")) <= rules.perWindow &&
      crowdest(used, spansOf(batch, rules, "used")) <= rules.usedPerWindow
    );
  };
  for (const at of candidates) {
    if (!fits(at, 1)) continue;
    if (at > now + rules.leadMs) return { kind: "full", nextAt: at };
    let count = 1;
    while (count < Math.min(want, rules.batchSize) && fits(at, count + 1)) count += 1;
    const batch = freshBatch(id, at, count, rules);
    return { kind: "placed", log: { ...log, batches: [...log.batches, batch] }, batch };
  }
  // Unreachable: once every slot has left the window, the whole budget is free.
  throw new Error("no room in the send budget");
}
