/**
 * The update of everyone's cards, queued after a card action's answer rather than before it (issue 14: the answer
 * waits for the encounter's one conditional write, nothing more). Allowed only for an encounter whose follow-up
 * job chain is alive (encounterFollowUp.ts): should this instance die before queuing, that job finds the change in
 * the encounter's `cardChanges` and queues it.
 *
 * One encounter's queuing runs one at a time; changes arriving while one waits its turn join it (each card at the
 * latest version that changed it), so a burst of clicks costs one queuing, not one per click.
 */
import type { Encounter } from "../domain/encounter.js";

/** How a door queues work for the meeting chat (encounterCommands.ts MeetingChatQueue). */
export type ChatQueue = (encounter: Encounter, what: string, queue: () => Promise<void>) => Promise<void>;

/** Queues the update of `cards` (each at its version) in the durable job queue (sharedCardRefresh.ts). */
export type QueueRefresh<C extends string> = (encounter: Encounter, version: number, cards: C[]) => Promise<void>;

interface Waiting<C extends string> {
  encounter: Encounter;
  version: number;
  cards: Map<C, number>;
  chat: ChatQueue;
  started: boolean;
  done?: Promise<void>;
}

export class RefreshesAfterAnswer<C extends string> {
  private readonly byEncounter = new Map<string, Waiting<C>>();

  constructor(private readonly refresh: QueueRefresh<C>) {}

  /** Queues the update in the background; failures are the chat queue's to log (it never throws). */
  later(encounter: Encounter, version: number, cards: readonly C[], chat: ChatQueue): void {
    const key = `${encounter.tenantId}|${encounter.id}`;
    const last = this.byEncounter.get(key);
    if (last && !last.started) {
      if (version >= last.version) Object.assign(last, { encounter, version, chat });
      for (const card of cards) last.cards.set(card, Math.max(version, last.cards.get(card) ?? 0));
      return;
    }
    const next: Waiting<C> = {
      encounter,
      version,
      cards: new Map(cards.map((c) => [c, version])),
      chat,
      started: false,
    };
    next.done = (last?.done ?? Promise.resolve())
      .then(() => {
        next.started = true;
        return this.run(next);
      })
      .finally(() => {
        if (this.byEncounter.get(key) === next) this.byEncounter.delete(key);
      });
    this.byEncounter.set(key, next);
  }

  private async run(waiting: Waiting<C>): Promise<void> {
    const byVersion = new Map<number, C[]>();
    for (const [card, version] of waiting.cards) byVersion.set(version, [...(byVersion.get(version) ?? []), card]);
    for (const [version, cards] of byVersion)
      await waiting.chat(waiting.encounter, `refresh ${cards.join(", ")}`, () =>
        this.refresh(waiting.encounter, version, cards),
      );
  }

  /** Tests: resolves once what was queued so far is done. */
  async settled(): Promise<void> {
    await Promise.all([...this.byEncounter.values()].map((w) => w.done ?? Promise.resolve()));
  }
}
