/**
 * The rules of the per-tenant budget of calls to Teams (bot/src/jobs/sendSlots.ts). Teams: "50 requests per second
 * per app per tenant" (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit); Balises plans 45 slots in
 * any 1-second window, every instance together, and lets at most 47 calls go in one.
 */
import { describe, expect, it } from "vitest";
import {
  EMPTY_LOG,
  freshBatch,
  pauseUntil,
  place,
  slotStart,
  slotsWanted,
  tidy,
  TEAMS_TENANT_BUDGET as rules,
  type Placement,
} from "../../bot/src/jobs/sendSlots.js";
import type { SendSlotLog, SlotBatch } from "../../bot/src/storage/sendBudgetRepository.js";
import { maxInAnyWindow } from "./support/windows.js";

const T0 = 1_800_000_000_000;

function placed(p: Placement): Extract<Placement, { kind: "placed" }> {
  if (p.kind !== "placed") throw new Error(`expected a batch, got ${JSON.stringify(p)}`);
  return p;
}

/** 45 slots claimed at T0 in five batches (as several instances claiming at once could), not used yet. */
const BURST: SendSlotLog = {
  batches: [10, 10, 10, 10, 5].map((count, i) => freshBatch(`b${i}`, T0, count, rules)),
  pausedUntil: 0,
};
/** Every slot used, `lateMs` after it started at the latest. */
const usedLate = (log: SendSlotLog, lateMs: number) => log.batches.map((b) => ({ id: b.id, used: b.count, lateMs }));
/** The last start of the burst's slots. */
const BURST_END = slotStart({ at: T0 }, 9, rules);

describe("the tenant's budget of calls to Teams (45 in any second, every instance together)", () => {
  it("spreads a second's 45 calls through the second, one every 1/45 s, at most 10 a claim", () => {
    let log = EMPTY_LOG;
    const batches = [];
    for (let now = T0; batches.length < 6; now += 1) {
      const p = place(log, now, 16, `b${batches.length}`, rules);
      if (p.kind === "full") continue;
      batches.push(p.batch);
      // Used as soon as it starts, and settled.
      log = tidy(p.log, now, rules, [{ id: p.batch.id, used: p.batch.count, lateMs: 0 }]);
    }
    // Two batches side by side (a quiet tenant's first calls), then one every 10/45 s, 45 in the second.
    expect(batches.map((b) => [b.at - T0, b.count])).toEqual([
      [0, 10],
      [23, 10],
      [245, 10],
      [467, 10],
      [689, 5],
      [1000, 10],
    ]);
  });

  it("opens the next slot a second after the last use of a full window, once its batches are settled", () => {
    // Unsettled, each batch keeps its slack: the next slot waits for it.
    expect(place(BURST, T0, 10, "next", rules)).toEqual({ kind: "full", nextAt: T0 + rules.slackMs + 1000 });
    const settled = tidy(BURST, BURST_END + 25, rules, usedLate(BURST, 25));
    expect(place(settled, BURST_END + 25, 10, "next", rules)).toEqual({ kind: "full", nextAt: T0 + 1025 });
  });

  it("counts a batch whose calls all went out within onTimeMs on its slots: the next second does not slip", () => {
    // 10 ms late at most: a timer behind a busy event loop. Counted late, each second would start 10 ms later.
    const settled = tidy(BURST, BURST_END + rules.onTimeMs, rules, usedLate(BURST, rules.onTimeMs));
    expect(place(settled, BURST_END + rules.onTimeMs, 10, "next", rules)).toEqual({ kind: "full", nextAt: T0 + 1000 });
    const late = tidy(BURST, BURST_END + 11, rules, usedLate(BURST, rules.onTimeMs + 1));
    expect(place(late, BURST_END + 11, 10, "next", rules)).toEqual({
      kind: "full",
      nextAt: T0 + 1000 + rules.onTimeMs + 1,
    });
  });

  it("places no batch where more than 47 calls could go out in one second, batches on time as late as they were", () => {
    // A full second, every call 10 ms late (on time): three slots 3 ms apart, then 42 more from +9 ms.
    const claimed = [0, 3, 6].map((at, i) => freshBatch(`x${i}`, T0 + at, 1, rules));
    claimed.push(freshBatch("rest", T0 + 9, 42, rules));
    let log = tidy(
      { batches: claimed, pausedUntil: 0 },
      T0 + 1000,
      rules,
      usedLate({ batches: claimed, pausedUntil: 0 }, 10),
    );
    const next = () => {
      const p = placed(place(log, T0 + 1000, 1, `n${log.batches.length}`, rules));
      log = p.log;
      return p.batch.at - T0;
    };
    // Counted on their slots, the first three twins could go at +1000, +1003 and +1006; but the calls of the second
    // before, 10 ms late, still fall within a second of the third: it waits until 48 can no longer.
    expect([next(), next(), next()]).toEqual([1000, 1003, 1010]);
  });

  it("lets each slot of a settled second go a second after its twin, not after the second's last call", () => {
    const settled = tidy(BURST, BURST_END, rules, usedLate(BURST, 0));
    const batch = placed(place(settled, T0 + 1000, 10, "next", rules)).batch;
    expect(batch).toEqual(freshBatch("next", T0 + 1000, 10, rules));
  });

  it("claims a slot that starts later only leadMs before it starts", () => {
    const settled = tidy(BURST, BURST_END, rules, usedLate(BURST, 0));
    const early = T0 + 1000 - rules.leadMs - 1;
    expect(place(settled, early, 10, "next", rules)).toMatchObject({ kind: "full", nextAt: T0 + 1000 });
    const batch = placed(place(settled, early + 1, 10, "next", rules)).batch;
    expect(batch).toEqual(freshBatch("next", T0 + 1000, 10, rules));
  });

  it("counts a batch an earlier version claimed (not paced) as usable anywhere from its start to its end", () => {
    const unpaced: SendSlotLog = {
      batches: BURST.batches.map(({ paced: _, ...b }) => ({ ...b, until: T0 + rules.slackMs })),
      pausedUntil: 0,
    };
    expect(place(unpaced, T0 + 200, 10, "next", rules)).toEqual({ kind: "full", nextAt: T0 + rules.slackMs + 1000 });
  });

  it("settles a batch so that its spans still hold every use, the later slots' too", () => {
    // Slot 0 unused; slots 1 and 2 used at +323 and +345: measured against slots 0 and 1, as late as 323 ms.
    const batch = freshBatch("b", T0, 3, rules);
    const [settled] = tidy({ batches: [batch], pausedUntil: 0 }, T0 + 400, rules, [
      { id: "b", used: 2, lateMs: 323 },
    ]).batches;
    expect(settled).toMatchObject({ count: 2, until: slotStart(batch, 1, rules) + 323 });
    expect(settled!.until).toBeGreaterThan(batch.until);
  });

  it("claims a whole batch for a steady flow, and at the end of a run only what the jobs still to call need", () => {
    // No job announced (a roster read), or a batch's worth and more: whole batches, one write for ten calls.
    expect(slotsWanted({ expected: 0, waiting: 1, holding: 0 }, rules)).toBe(10);
    expect(slotsWanted({ expected: 16, waiting: 1, holding: 9 }, rules)).toBe(10);
    // Three jobs left, one of which holds its slot already: two.
    expect(slotsWanted({ expected: 3, waiting: 1, holding: 1 }, rules)).toBe(2);
    // Callers that did not announce themselves wait too: at least them, never more than a batch.
    expect(slotsWanted({ expected: 2, waiting: 4, holding: 2 }, rules)).toBe(4);
    expect(slotsWanted({ expected: 9, waiting: 30, holding: 0 }, rules)).toBe(10);
  });

  it("frees at once the slots of a batch settled unused", () => {
    const now = T0 + 700;
    expect(place(BURST, now, 10, "again", rules).kind).toBe("full");
    const freed = tidy(BURST, now, rules, [{ id: "b0", used: 0, lateMs: 0 }]);
    expect(placed(place(freed, now, 10, "again", rules)).batch).toMatchObject({ at: now, count: 10 });
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
    expect(tidy(log, T0, rules)).toEqual({ batches: [log.batches[1]], pausedUntil: 0 });
  });

  // The service counts on a clock with fractions of a millisecond (outbound/preciseClock.ts); tests on whole ones.
  it.each(["whole milliseconds", "fractions of a millisecond"])(
    "never plans more than 45 calls in a 1-second window, nor lets more than 47 go, whoever claims, however late the slots are used (%s)",
    (clock) => {
      const fractional = clock !== "whole milliseconds";
      const time = (ms: number) => (fractional ? ms : Math.floor(ms));
      const random = mulberry32(14);
      let log = EMPTY_LOG;
      const uses: number[] = [];
      const slotsUsed: number[] = [];
      let pending: Array<{ id: string; batch: SlotBatch; uses: number[]; until: number }> = [];
      let n = 0;
      let waiting = 0;
      const end = T0 + 20_000;
      for (let now = T0, step = 1; now < end; step = time(1 + random() * 30), now += step) {
        // About 60 callers a second come for a slot, more than the budget: they wait for the next claim.
        waiting += Math.round(random() * step * 0.12);
        // Batches whose callers are done are settled, as their instance does at its next write.
        const done = pending.filter((p) => p.uses.every((u) => u <= now) || p.until < now);
        pending = pending.filter((p) => !done.includes(p));
        log = tidy(
          log,
          now,
          rules,
          done.map((p) => ({ id: p.id, used: p.uses.length, lateMs: lateness(p.batch, p.uses) })),
        );
        if (waiting === 0) continue;
        const p = place(log, now, waiting, `b${n++}`, rules);
        if (p.kind === "full") continue;
        log = p.log;
        waiting -= p.batch.count;
        // Mostly on time; sometimes late (a busy event loop), sometimes too late: then the slot is refused.
        const used = Array.from({ length: p.batch.count }, (_, k) => {
          const r = random();
          const start = slotStart(p.batch, k, rules);
          return {
            start,
            at: start + time(r < 0.95 ? random() * 10 : r < 0.99 ? random() * 300 : 300 + random() * 300),
          };
        }).filter((u) => u.at <= u.start + rules.slackMs);
        slotsUsed.push(...used.map((u) => u.start));
        uses.push(...used.map((u) => u.at));
        pending.push({ id: p.batch.id, batch: p.batch, uses: used.map((u) => u.at), until: p.batch.until });
      }
      expect(maxInAnyWindow(slotsUsed, 1000)).toBeLessThanOrEqual(45);
      // A batch on time is counted on its slots, but no more than 47 calls go out in any second. Teams allows 50.
      expect(maxInAnyWindow(uses, 1000)).toBeLessThanOrEqual(rules.usedPerWindow);
      // …and the budget is spent, not hoarded: over 40 a second, late uses included.
      expect(uses.length / 20).toBeGreaterThan(40);
    },
  );
});

/** How late the uses were, the j-th (in time) against the j-th slot's start: what the instance settles. */
function lateness(batch: SlotBatch, uses: number[]): number {
  return Math.max(0, ...[...uses].sort((a, b) => a - b).map((u, j) => u - slotStart(batch, j, rules)));
}

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
