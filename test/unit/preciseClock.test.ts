/** bot/src/outbound/preciseClock.ts: the send slots' clock and wait, finer than whole milliseconds. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { preciseNow, preciseSleep } from "../../bot/src/outbound/preciseClock.js";

describe("the send slots' clock", () => {
  afterEach(() => vi.restoreAllMocks());

  it("a precise wait never ends before its time on the clock (a send slot's call may not start early)", async () => {
    for (let i = 0; i < 40; i++) {
      const ms = 1 + (i % 4);
      const started = preciseNow();
      await preciseSleep(ms);
      expect(preciseNow() - started).toBeGreaterThanOrEqual(ms);
    }
  });

  it("reads the wall clock to a fraction of a millisecond, never going back", () => {
    const readings = Array.from({ length: 2_000 }, () => preciseNow());
    const wall = Date.now();
    expect(readings.some((r) => !Number.isInteger(r))).toBe(true);
    for (let i = 1; i < readings.length; i++) expect(readings[i]).toBeGreaterThanOrEqual(readings[i - 1]!);
    expect(Math.abs(readings.at(-1)! - wall)).toBeLessThan(3);
  });

  it("follows the wall clock when it is set, forward or back (every instance counts the shared slots on its own)", () => {
    const before = preciseNow();
    for (const shift of [60_000, -60_000]) {
      const set = Date.now() + shift;
      vi.spyOn(Date, "now").mockImplementation(() => set);
      expect(Math.abs(preciseNow() - set)).toBeLessThan(3);
      vi.restoreAllMocks();
    }
    // It follows at its next reading taken within one millisecond of the wall clock; on a busy machine a reading
    // may straddle a millisecond (the process paused between its two reads of the wall clock) and wait for the next.
    const followed = () => Array.from({ length: 100 }, () => preciseNow()).find((r) => Math.abs(r - Date.now()) < 3);
    const reading = followed();
    expect(reading, "no reading followed the wall clock back").toBeDefined();
    // Taken again from the wall clock, it may read up to its tolerance (2 ms) before a reading anchored at the
    // tolerance's other edge: a loaded run saw 0.16 ms. Never more.
    expect(reading).toBeGreaterThanOrEqual(before - 2);
  });

  it("keeps its fraction when the wall clock reads within its own millisecond's rounding of it", () => {
    // The monotonic clock held still: no time passes between the two readings, however busy the machine.
    const monotonic = performance.now();
    vi.spyOn(performance, "now").mockImplementation(() => monotonic);
    const reading = preciseNow();
    // Date.now() 0.8–1.8 ms behind the reading: rounding and the start's own error, not a set clock. The clock does
    // not jump back to it (readings stay in order); a tolerance under 0.8 ms would, every time.
    const behind = Math.floor(reading - 1.3);
    vi.spyOn(Date, "now").mockImplementation(() => behind);
    expect(preciseNow()).toBeGreaterThanOrEqual(reading);
  });
});
