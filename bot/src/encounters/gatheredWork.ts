/**
 * Work a card action leaves for after its answer, per encounter (issue 14): one run at a time, each started
 * `gatherMs` after the call that asked for it, and calls made while a run waits to start join it. A clinician's burst
 * of clicks, or several clinicians on one card, then costs one run (one queuing of the card update) instead of one
 * per click; the answer never waits for any of it.
 */
import { KeyedChain } from "./keyedChain.js";

export interface GatheredWorkOptions<T> {
  gatherMs: number;
  run: (item: T) => Promise<void>;
  /** What the waiting run does instead, now that `next` was asked for too. */
  join: (waiting: T, next: T) => T;
}

export class GatheredWork<T> {
  private readonly chain = new KeyedChain();
  /** Per key, the run that waits to start: later calls join it. */
  private readonly waiting = new Map<string, { item: T }>();

  constructor(private readonly options: GatheredWorkOptions<T>) {}

  /** `run` must not throw: what fails is its own to log. */
  add(key: string, item: T): void {
    const waiting = this.waiting.get(key);
    if (waiting) {
      waiting.item = this.options.join(waiting.item, item);
      return;
    }
    const next = { item };
    this.waiting.set(key, next);
    void this.chain.run(key, async () => {
      await new Promise((resolve) => setTimeout(resolve, this.options.gatherMs));
      this.waiting.delete(key);
      await this.options.run(next.item);
    });
  }

  /** Tests and shutdown: resolves once what was asked for so far is done. */
  settled(): Promise<void> {
    return this.chain.settled();
  }
}
