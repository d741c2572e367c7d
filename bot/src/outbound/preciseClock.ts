/**
 * The clock of the send slots (jobs/sendSlots.ts), to a fraction of a millisecond: a call made late pushes the
 * tenant's next second back by as much, so the slots are counted and waited for more finely than Date.now()'s and
 * setTimeout's whole milliseconds.
 */

/** Date.now() is within half a millisecond of the instant (+ 0.5 above); the rest is the start's own error. */
const WALL_TOLERANCE_MS = 2;
let origin = performance.timeOrigin;

/**
 * Milliseconds since the epoch, as Date.now(), to a fraction of a millisecond. Date.now() rounds down: a call made
 * 0.1 ms after its slot's start reads 1 ms late one time in ten, and a batch of slots counts as late as its latest
 * call, so the next second's slots were pushed back by whole milliseconds where a tenth was due. The monotonic clock
 * gives the fraction; it follows the wall clock, taken again whenever the two part by more than 2 ms (the system
 * clock was set), since every instance counts the shared slots on its own wall clock.
 */
export function preciseNow(): number {
  const wallBefore = Date.now();
  const monotonic = performance.now();
  const wall = Date.now();
  // Read within one millisecond of the wall clock (the process was not paused between the reads): comparable.
  const wallNow = wall === wallBefore ? wall + 0.5 : undefined;
  if (wallNow !== undefined && Math.abs(origin + monotonic - wallNow) > WALL_TOLERANCE_MS) origin = wallNow - monotonic;
  return origin + monotonic;
}

/**
 * A wait that ends within a fraction of a millisecond of `ms` (realSleep ends up to a millisecond or two late, its
 * timer counting from the event loop's cached time): a timer to a millisecond before, then the last stretch checked
 * at every turn of the event loop — at most a millisecond of those turns a wait. For the send slots: a call made late
 * pushes the tenant's next second back by as much (jobs/sendSlots.ts), so timers' lateness added up to a slower
 * budget. Counted on the monotonic clock: a wall clock set back does not lengthen it. A wait of no time (or not a
 * number) ends at once.
 */
export function preciseSleep(ms: number): Promise<void> {
  const until = performance.now() + ms;
  return new Promise<void>((resolve) => {
    const check = () => {
      const left = until - performance.now();
      if (!(left > 0)) resolve();
      else if (left > 1) setTimeout(check, left - 1).unref();
      // Not unref'd: the event loop would then block waiting for I/O instead of coming back to it.
      else setImmediate(check);
    };
    check();
  });
}
