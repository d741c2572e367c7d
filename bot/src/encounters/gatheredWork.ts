/**
 * Work a card action leaves for after its answer, per encounter (issue 14): one run at a time, each started
 * `gatherMs` after the call that asked for it, and calls made while a run waits to start join it. A clinician's burst
 * of clicks, or several clinicians on one card, then costs one run — one queuing of the card update, one audit write —
 * instead of one per click; the answer never waits for any of it.
 */
export interface GatheredWorkOptions<T> {
  gatherMs: number;
  run: (item: T) => Promise<void>;
  /** What the waiting run does instead, now that `next` was asked for too. */
  join: (waiting: T, next: T) => T;
}

interface Waiting<T> {
  item: T;
  started: boolean;
  done: Promise<void>;
}

export class GatheredWork<T> {
  private readonly byKey = new Map<string, Waiting<T>>();

  constructor(private readonly options: GatheredWorkOptions<T>) {}

  /** `run` must not throw: what fails is its own to log. */
  add(key: string, item: T): void {
    const last = this.byKey.get(key);
    if (last && !last.started) {
      last.item = this.options.join(last.item, item);
      return;
    }
    const next: Waiting<T> = { item, started: false, done: Promise.resolve() };
    next.done = (last?.done ?? Promise.resolve())
      .then(() => new Promise((resolve) => setTimeout(resolve, this.options.gatherMs)))
      .then(() => {
        next.started = true;
        return this.options.run(next.item);
      })
      .finally(() => {
        if (this.byKey.get(key) === next) this.byKey.delete(key);
      });
    this.byKey.set(key, next);
  }

  /** Tests and shutdown: resolves once what was asked for so far is done. */
  async settled(): Promise<void> {
    await Promise.all([...this.byKey.values()].map((w) => w.done));
  }
}
