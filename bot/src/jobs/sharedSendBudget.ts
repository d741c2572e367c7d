/**
 * The per-tenant budget of calls to Teams, shared by every instance through storage: the rules are sendSlots.ts,
 * the row SendBudgetRepository. An instance claims a batch of up to 10 slots with one ETag-conditional write, for
 * the callers waiting at that moment and those that come before the batch ends, and settles each batch once
 * spent (the slots it did not use are freed), so the log stays exact and cheap. At the end of a run (slotsWanted), a
 * batch is only as large as the jobs still to call need: spare slots would hold every instance back.
 *
 * A 429 seen here pauses this instance at once and the tenant's log with it: the other instances read the pause
 * at their next claim (until then they use at most the batch they hold, whose last slot ends `leadMs` + 9/45 s +
 * `slackMs` after it was claimed at the latest). Storage out of reach: no slot, so no call — the caller's error
 * sends its job back to the queue — and the next reservation tries storage again, without restart.
 */
import { randomBytes } from "node:crypto";
import { AlreadyExistsError, EtagConflictError } from "../errors.js";
import { loggedError, type Logger } from "../logger.js";
import type { SendBudgetRepository, SendSlotLog, SlotBatch } from "../storage/sendBudgetRepository.js";
import type { Reservation, SendBudget } from "./sendBudget.js";
import {
  EMPTY_LOG,
  pauseUntil,
  place,
  slotStart,
  slotsWanted,
  tidy,
  TEAMS_TENANT_BUDGET,
  type Settlement,
  type SlotRules,
} from "./sendSlots.js";

export interface SharedSendBudgetDeps {
  store: Pick<SendBudgetRepository, "get" | "save">;
  now: () => number;
  /** Waits on the clock `now` reads. */
  sleep: (ms: number) => Promise<void>;
  logger: Logger;
}

export class SharedSendBudget implements SendBudget {
  private readonly tenants = new Map<string, TenantSlots>();
  private readonly idPrefix = randomBytes(4).toString("hex");
  private batches = 0;

  constructor(private readonly deps: SharedSendBudgetDeps) {}

  reserve(tenantId: string): Promise<Reservation> {
    return this.slotsOf(tenantId).reserve();
  }

  expectCalls(tenantId: string): () => void {
    return this.slotsOf(tenantId).expectCalls();
  }

  holdBack(tenantId: string, ms: number): Promise<void> {
    return this.slotsOf(tenantId).holdBack(this.deps.now() + ms);
  }

  now(): number {
    return this.deps.now();
  }

  sleep(ms: number): Promise<void> {
    return this.deps.sleep(ms);
  }

  private slotsOf(tenantId: string): TenantSlots {
    let slots = this.tenants.get(tenantId);
    if (!slots) {
      const newId = () => `${this.idPrefix}-${++this.batches}`;
      slots = new TenantSlots({ ...this.deps, tenantId, rules: TEAMS_TENANT_BUDGET, newId });
      this.tenants.set(tenantId, slots);
    }
    return slots;
  }
}

/** Writes lost in a row to other instances before the waiting callers are told to come back at the next tick. */
const MAX_CONFLICTS = 5;
/**
 * When the next slot is further than this, callers come back after this long (and the row is read again if older):
 * batches settle meanwhile, so the time computed from them is only an upper bound. Closer, they come back all at
 * the slot's claim time and share its batch.
 */
const RECHECK_MS = 100;
/**
 * A spent batch is settled with the next write, or on its own once this old: by then the batches that follow it
 * a second later are about to be claimed, and they may start as soon as its last call is a second old.
 */
const SETTLE_WITHIN_MS = 500;
/** Node's timers may fire up to a millisecond early (nodejs/node#26578); the settling timer waits this much more. */
const TIMER_EARLY_MS = 5;

const EMPTY = { log: EMPTY_LOG, etag: undefined };

interface Held {
  batch: SlotBatch;
  /** Slots handed to callers; of those, the ones whose `use()` was called, and the ones still in time then. */
  handed: number;
  ended: number;
  used: number;
  /** How late the uses were, each against the earliest slot start it could stand for (see Settlement). */
  lateMs: number;
}

interface Waiter {
  resolve: (reservation: Reservation) => void;
  reject: (error: unknown) => void;
}

interface TenantSlotsDeps extends SharedSendBudgetDeps {
  rules: SlotRules;
  tenantId: string;
  newId: () => string;
}

/** One tenant's budget as this instance sees it: the cached row, its batches in use, the callers waiting. */
class TenantSlots {
  private stored?: { log: SendSlotLog; etag: string | undefined; at: number };
  private held: Held[] = [];
  private waiters: Waiter[] = [];
  private pausedUntil = 0;
  private expected = 0; // jobs of this instance with calls to make (expectCalls)
  /** Where this instance's recheck ticks fall: apart from the other instances', so their writes rarely collide. */
  private readonly phase = Math.floor(Math.random() * RECHECK_MS);
  /** A pause not written yet. */
  private pendingPause = 0;
  private running?: Promise<void>;
  private again = false;

  constructor(private readonly d: TenantSlotsDeps) {}

  reserve(): Promise<Reservation> {
    const now = this.d.now();
    if (this.pausedUntil > now) return Promise.resolve({ kind: "wait", delayMs: this.pausedUntil - now });
    const held = this.held.find(
      (h) =>
        h.handed < h.batch.count &&
        h.batch.at - this.d.rules.leadMs <= now &&
        now <= slotStart(h.batch, h.handed, this.d.rules) + this.d.rules.slackMs,
    );
    if (held) return Promise.resolve(this.slotOf(held));
    return new Promise((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      void this.sync();
    });
  }

  expectCalls(): () => void {
    this.expected += 1;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.expected -= 1;
    };
  }

  async holdBack(until: number): Promise<void> {
    this.pausedUntil = Math.max(this.pausedUntil, until);
    this.pendingPause = Math.max(this.pendingPause, until);
    await this.sync();
  }

  /** One sync at a time; a request made during one runs another right after. */
  private sync(): Promise<void> {
    this.again = true;
    this.running ??= (async () => {
      while (this.again) {
        this.again = false;
        // Callers woken by the same timer tick all ask before the claim: they share it.
        await new Promise((resolve) => setImmediate(resolve));
        await this.syncOnce();
        if (this.waiters.length > 0) this.again = true;
      }
      this.running = undefined;
    })();
    return this.running;
  }

  /** Settles what is spent, writes a pause, claims a batch for the waiting callers; never throws. */
  private async syncOnce(): Promise<void> {
    try {
      for (let i = 0; i < MAX_CONFLICTS; i++) if (await this.readModifyWrite()) return;
      const now = this.d.now();
      this.answer({ kind: "wait", delayMs: this.nextTick(now) - now });
    } catch (error) {
      this.stored = undefined;
      const waiters = this.waiters.splice(0);
      for (const w of waiters) w.reject(error);
      if (waiters.length === 0)
        this.d.logger.warn(
          { tenantId: this.d.tenantId, err: loggedError(error) },
          "send budget not written (settlement or pause): storage out of reach",
        );
    }
  }

  /** False when another instance wrote first (the row is read again). */
  private async readModifyWrite(): Promise<boolean> {
    this.stored ??= { ...((await this.d.store.get(this.d.tenantId)) ?? EMPTY), at: this.d.now() };
    const current = this.stored;
    const now = this.d.now();
    const spent = this.held.filter((h) => h.ended === h.batch.count || now > h.batch.until);
    const settleNow = spent.some((h) => now - h.batch.at >= SETTLE_WITHIN_MS);
    if (this.pendingPause <= now) this.pendingPause = 0;
    let log = pauseUntil(tidy(current.log, now, this.d.rules, spent.map(settlementOf)), this.pendingPause);
    this.pausedUntil = Math.max(this.pausedUntil, log.pausedUntil);
    const placement =
      this.waiters.length > 0 ? place(log, now, this.wanted(), this.d.newId(), this.d.rules) : undefined;
    if (placement?.kind === "full" && now - current.at > RECHECK_MS) {
      this.stored = undefined;
      return false;
    }
    if (placement?.kind === "placed") log = placement.log;
    if (settleNow || log.pausedUntil > current.log.pausedUntil || placement?.kind === "placed") {
      try {
        this.stored = { log, etag: await this.d.store.save(this.d.tenantId, log, current.etag), at: now };
      } catch (error) {
        if (!(error instanceof EtagConflictError || error instanceof AlreadyExistsError)) throw error;
        this.stored = undefined;
        return false;
      }
      this.held = this.held.filter((h) => !spent.includes(h));
      if (this.pendingPause <= log.pausedUntil) this.pendingPause = 0;
    }
    if (placement?.kind === "placed") this.handOut(placement.batch);
    if (placement?.kind === "full") this.answer({ kind: "wait", delayMs: this.retryIn(placement.nextAt, log, now) });
    return true;
  }

  /**
   * Until the next slot can be claimed: exact after a pause; otherwise at most until this instance's next recheck
   * tick — the same moment for every caller waiting here, so they come back together and share one claim.
   */
  private retryIn(nextAt: number, log: SendSlotLog, now: number): number {
    const claimAt = nextAt - this.d.rules.leadMs;
    return (log.pausedUntil >= nextAt ? claimAt : Math.min(claimAt, this.nextTick(now))) - now;
  }

  private nextTick(now: number): number {
    return (Math.floor((now - this.phase) / RECHECK_MS) + 1) * RECHECK_MS + this.phase;
  }

  private answer(reservation: Reservation): void {
    for (const w of this.waiters.splice(0)) w.resolve(reservation);
  }

  private handOut(batch: SlotBatch): void {
    const held: Held = { batch, handed: 0, ended: 0, used: 0, lateMs: 0 };
    this.held.push(held);
    for (const w of this.waiters.splice(0, batch.count)) w.resolve(this.slotOf(held));
    // When no caller comes to write again (the last calls of a run), the batch is settled on its own once it has
    // lapsed: until then its slots count with their whole slack, holding the same slots of the next second back on
    // every instance. A timer of its own rather than `sleep`, which a test may drive; a sync that finds nothing to
    // settle writes nothing.
    const lapsed = Math.max(batch.until, batch.at + SETTLE_WITHIN_MS) + TIMER_EARLY_MS;
    const settle = () => {
      if (this.held.includes(held)) void this.sync();
    };
    setTimeout(settle, Math.max(0, lapsed - this.d.now())).unref();
  }

  private wanted(): number {
    const holding = this.held.reduce((n, h) => n + h.handed - h.ended, 0);
    return slotsWanted({ expected: this.expected, waiting: this.waiters.length, holding }, this.d.rules);
  }

  private slotOf(held: Held): Reservation {
    const start = slotStart(held.batch, held.handed, this.d.rules);
    held.handed += 1;
    let ended = false;
    const use = () => {
      if (ended) return false;
      ended = true;
      return this.use(held, start);
    };
    return { kind: "slot", startsInMs: () => start - this.d.now(), use };
  }

  /** A slot is good from its start to the slack after it, unless the tenant was held back meanwhile. */
  private use(held: Held, start: number): boolean {
    const now = this.d.now();
    const ok = now >= start && now <= start + this.d.rules.slackMs && now >= this.pausedUntil;
    held.ended += 1;
    if (ok) {
      // The j-th use (j = used) is at least the j-th slot's start, whichever slot it was.
      held.lateMs = Math.max(held.lateMs, now - slotStart(held.batch, held.used, this.d.rules));
      held.used += 1;
    }
    return ok;
  }
}

function settlementOf(h: Held): Settlement {
  return { id: h.batch.id, used: h.used, lateMs: h.lateMs };
}
