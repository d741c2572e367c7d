/**
 * The rules of the per-tenant budget of calls to Teams (bot/src/jobs/sendSlots.ts). Teams: "50 requests per second
 * per app per tenant" (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit); Balises keeps to 45 in
 * any 1-second window, every instance together.
 */
import { describe, expect, it } from "vitest";
import {
  EMPTY_LOG,
  pauseUntil,
  place,
  tidy,
  TEAMS_TENANT_BUDGET as rules,
  type Placement,
} from "../../bot/src/jobs/sendSlots.js";
import type { SendSlotLog } from "../../bot/src/storage/sendBudgetRepository.js";
import { maxInAnyWindow } from "./support/windows.js";

const T0 = 1_800_000_000_000;

function placed(p: Placement): Extract<Placement, { kind: "placed" }> {
  if (p.kind !== "placed") throw new Error(`expected a batch, got ${JSON.stringify(p)}`);
  return p;
}

/** Claims batches at `now` until the window is full; returns the log. */
function fill(now: number): SendSlotLog {
  let log = EMPTY_LOG;
  for (let i = 0; ; i++) {
    const p = place(log, now, 10, `b${i}`, rules);
    if (p.kind === "full") return log;
    log = p.log;
  }
}

describe("the tenant's budget of calls to Teams (45 in any second, every instance together)", () => {
  it("gives 45 slots at once, at most 10 per claim", () => {
    const log = fill(T0);
    expect(log.batches.map((b) => b.count)).toEqual([10, 10, 10, 10, 5]);
    expect(log.batches.every((b) => b.at === T0)).toBe(true);
  });

  it("opens the next slot a second after the last use of the window, once the batches are settled", () => {
    const full = fill(T0);
    // Unsettled, each batch keeps its slack: the next slot waits for it.
    expect(place(full, T0, 10, "next", rules)).toEqual({ kind: "full", nextAt: T0 + rules.slackMs + 1000 });
    const settled = tidy(
      full,
      T0 + 5,
      full.batches.map((b) => ({ id: b.id, used: b.count, lastUseAt: T0 + 5 })),
    );
    expect(place(settled, T0 + 5, 10, "next", rules)).toEqual({ kind: "full", nextAt: T0 + 1005 });
  });

  it("hands out a slot that starts later only within aheadMs of its start", () => {
    const settled = tidy(
      fill(T0),
      T0,
      fill(T0).batches.map((b) => ({ id: b.id, used: b.count, lastUseAt: T0 })),
    );
    const early = T0 + 1000 - rules.aheadMs - 1;
    expect(place(settled, early, 10, "next", rules)).toMatchObject({ kind: "full", nextAt: T0 + 1000 });
    const batch = placed(place(settled, early + 1, 10, "next", rules)).batch;
    expect(batch).toMatchObject({ at: T0 + 1000, until: T0 + 1000 + rules.slackMs, count: 10 });
  });

  it("frees at once the slots of a batch settled unused", () => {
    const full = fill(T0);
    const freed = tidy(full, T0 + 1, [{ id: "b0", used: 0, lastUseAt: T0 }]);
    expect(placed(place(freed, T0 + 1, 10, "again", rules)).batch.count).toBe(10);
  });

  it("holds every slot back until a pause (a 429's Retry-After) ends", () => {
    const paused = pauseUntil(EMPTY_LOG, T0 + 3000);
    expect(place(paused, T0, 10, "b", rules)).toEqual({ kind: "full", nextAt: T0 + 3000 });
    expect(placed(place(paused, T0 + 2900, 10, "b", rules)).batch.at).toBe(T0 + 3000);
  });

  it("forgets what can no longer share a window, and a pause or batch only a wrong clock could have written", () => {
    const log: SendSlotLog = {
      batches: [
        { id: "old", at: T0 - 2000, until: T0 - 1000, count: 5 },
        { id: "recent", at: T0 - 500, until: T0 - 400, count: 5 },
        { id: "far", at: T0 + 3_600_000, until: T0 + 3_600_300, count: 5 },
      ],
      pausedUntil: T0 + 86_400_000,
    };
    expect(tidy(log, T0)).toEqual({ batches: [log.batches[1]], pausedUntil: 0 });
  });

  it("never lets 45 calls be exceeded in a 1-second window, whoever claims, however late the slots are used", () => {
    const random = mulberry32(14);
    let log = EMPTY_LOG;
    const uses: number[] = [];
    let pending: Array<{ id: string; uses: number[]; until: number }> = [];
    let n = 0;
    const end = T0 + 20_000;
    for (let now = T0; now < end; now += 1 + Math.floor(random() * 30)) {
      // Batches whose callers are done are settled, as their instance does at its next write.
      const done = pending.filter((p) => p.uses.every((u) => u <= now) || p.until < now);
      pending = pending.filter((p) => !done.includes(p));
      log = tidy(
        log,
        now,
        done.map((p) => ({ id: p.id, used: p.uses.length, lastUseAt: Math.max(0, ...p.uses) })),
      );
      const p = place(log, now, 1 + Math.floor(random() * 16), `b${n++}`, rules);
      if (p.kind === "full") continue;
      log = p.log;
      // Mostly on time; sometimes late (a busy event loop), sometimes too late: then the slot is refused.
      const tries = Array.from({ length: p.batch.count }, () => {
        const r = random();
        return p.batch.at + Math.floor(r < 0.8 ? random() * 20 : r < 0.95 ? random() * 300 : 300 + random() * 300);
      });
      const used = tries.filter((u) => u <= p.batch.until);
      uses.push(...used);
      pending.push({ id: p.batch.id, uses: used, until: p.batch.until });
    }
    expect(maxInAnyWindow(uses, 1000)).toBeLessThanOrEqual(45);
    // …and the budget is spent, not hoarded: close to 45 a second over the 20 seconds.
    expect(uses.length / 20).toBeGreaterThan(40);
  });
});

/** A small seeded generator: the same run every time. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
