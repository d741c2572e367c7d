/**
 * The per-tenant budget of calls to Teams as its callers see it (the send gate of jobs, the roster reads): ask for
 * a slot, wait until it starts, use it. sharedSendBudget.ts implements it over storage, for every instance at once.
 */
import type { SendFailure } from "./retryPolicy.js";

/** A slot for one call, from `startsInMs()` on, if `use()` still says yes then; or a wait before asking again. */
export type Reservation =
  { kind: "slot"; startsInMs: () => number; use: () => boolean } | { kind: "wait"; delayMs: number };

export interface SendBudget {
  reserve: (tenantId: string) => Promise<Reservation>;
  /**
   * A job of this instance has calls to make for the tenant, until the returned function is called: slots are then
   * claimed for the jobs still to call, not always a whole batch.
   */
  expectCalls: (tenantId: string) => () => void;
  /** Teams refused with 429: no instance calls for this tenant in the next `ms`. */
  holdBack: (tenantId: string, ms: number) => Promise<void>;
  /** The clock the slots are counted on (ms since the epoch, with its fraction). */
  now: () => number;
  /** Waits `ms` on that clock. */
  sleep: (ms: number) => Promise<void>;
}

/** A limit of this instance checked beside the shared budget (a conversation's own windows). */
export interface LocalLimit {
  /** How long until it allows a call (0: now), counting nothing. */
  waitMs: () => number;
  /** Counts one call; false when it no longer allows one. */
  take: () => boolean;
}

/** Waits, through `wait`, until the tenant's budget (and `local`) allow one call now, and counts it. */
export async function takeSendSlot(
  budget: SendBudget,
  tenantId: string,
  wait: (ms: number) => Promise<void>,
  local?: LocalLimit,
): Promise<void> {
  for (;;) {
    const localWait = local?.waitMs() ?? 0;
    if (localWait > 0) {
      await wait(localWait);
      continue;
    }
    const reservation = await budget.reserve(tenantId);
    if (reservation.kind === "wait") {
      await wait(reservation.delayMs);
      continue;
    }
    // A timer may fire a little early: wait again until the slot starts.
    for (let early = reservation.startsInMs(); early > 0; early = reservation.startsInMs()) await wait(early);
    if (!reservation.use()) continue;
    // A slot spent while the conversation filled up meanwhile (rare) is lost, never exceeded.
    if (!local || local.take()) return;
  }
}

/** A 429 holds the whole tenant back, on every instance, for its Retry-After (else `fallbackMs`). */
export async function shareThrottling(
  budget: SendBudget,
  tenantId: string,
  failure: SendFailure,
  fallbackMs: number,
): Promise<void> {
  if (failure.kind === "transient" && failure.throttled)
    await budget.holdBack(tenantId, failure.retryAfterMs ?? fallbackMs);
}
