/**
 * Reads a card may reuse for a few seconds: a team's configuration and its name are read for every card the bot
 * renders, and change a few times a year. A write made through this instance forgets its copy at once; another
 * instance's write reaches this one's cards within `ttlMs`. Editors (the tab's configuration page, with its ETag)
 * never read through here. Bounded: the oldest copies go first.
 */
import { BoundedMap } from "../boundedMap.js";

const MAX_KEPT = 1_000;

export class RecentReads<T> {
  private readonly kept = new BoundedMap<string, { value: T; at: number }>(MAX_KEPT);
  /** Forgets so far: a read that a forget overtook may hold what was just replaced, and is not kept. */
  private forgets = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** `keep` says whether to keep what was read (e.g. not a miss, which another instance may fill a moment later). */
  async get(key: string, read: () => Promise<T>, keep: (value: T) => boolean = () => true): Promise<T> {
    const known = this.kept.get(key);
    if (known && this.now() - known.at < this.ttlMs) return known.value;
    const at = this.now();
    const forgetsBefore = this.forgets;
    const value = await read();
    if (keep(value) && this.forgets === forgetsBefore) this.kept.set(key, { value, at });
    return value;
  }

  forget(key: string): void {
    this.forgets += 1;
    this.kept.delete(key);
  }
}

/** How long a card may show a team's configuration or name after another instance changed it. */
export const CARD_READ_TTL_MS = 15_000;
