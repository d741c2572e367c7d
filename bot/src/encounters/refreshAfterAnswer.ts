/**
 * The update of everyone's cards, queued after a card action's answer rather than before it (issue 14: the answer
 * waits for the encounter's one conditional write, nothing more). Allowed only for an encounter whose follow-up
 * job chain is alive (encounterFollowUp.ts): should this instance die before queuing, that job finds the change in
 * the encounter's `cardChanges` and queues it.
 *
 * Gathered per encounter (gatheredWork.ts): the changes of a burst of clicks join in one queuing, each card at the
 * latest version that changed it.
 */
import type { Encounter } from "../domain/encounter.js";
import { GatheredWork } from "./gatheredWork.js";

/** How a door queues work for the meeting chat (encounterCommands.ts MeetingChatQueue). */
export type ChatQueue = (encounter: Encounter, what: string, queue: () => Promise<void>) => Promise<void>;

/** Queues the update of `cards` (each at its version) in the durable job queue (sharedCardRefresh.ts). */
export type QueueRefresh<C extends string> = (encounter: Encounter, version: number, cards: C[]) => Promise<void>;

/**
 * How long the first change waits for others before its update is queued: shorter than a person takes to click
 * again, well within what everyone's card may lag behind the clicker's (Teams itself takes about a second).
 */
export const REFRESH_GATHER_MS = 300;

interface Refresh<C extends string> {
  encounter: Encounter;
  version: number;
  cards: Map<C, number>;
  chat: ChatQueue;
}

export class RefreshesAfterAnswer<C extends string> {
  private readonly work: GatheredWork<Refresh<C>>;

  constructor(
    private readonly refresh: QueueRefresh<C>,
    gatherMs = REFRESH_GATHER_MS,
  ) {
    this.work = new GatheredWork({ gatherMs, run: (r) => this.run(r), join: joinRefreshes });
  }

  /** Queues the update in the background; failures are the chat queue's to log (it never throws). */
  later(encounter: Encounter, version: number, cards: readonly C[], chat: ChatQueue): void {
    const asked = { encounter, version, cards: new Map(cards.map((c) => [c, version])), chat };
    this.work.add(`${encounter.tenantId}|${encounter.id}`, asked);
  }

  private async run(refresh: Refresh<C>): Promise<void> {
    const byVersion = new Map<number, C[]>();
    for (const [card, version] of refresh.cards) byVersion.set(version, [...(byVersion.get(version) ?? []), card]);
    for (const [version, cards] of byVersion)
      await refresh.chat(refresh.encounter, `refresh ${cards.join(", ")}`, () =>
        this.refresh(refresh.encounter, version, cards),
      );
  }

  /** Tests: resolves once what was queued so far is done. */
  settled(): Promise<void> {
    return this.work.settled();
  }
}

function joinRefreshes<C extends string>(waiting: Refresh<C>, next: Refresh<C>): Refresh<C> {
  const newest = next.version >= waiting.version ? next : waiting;
  const cards = new Map(waiting.cards);
  for (const [card, version] of next.cards) cards.set(card, Math.max(version, cards.get(card) ?? 0));
  return { ...newest, cards };
}
