/** Issue 14: the card updates queued after the answers of a burst of clicks on one encounter join while they wait. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { RefreshesAfterAnswer } from "../../bot/src/encounters/refreshAfterAnswer.js";
import type { Encounter } from "../../bot/src/domain/encounter.js";

const encounter = { tenantId: "t", id: "e" } as Encounter;
const chat = (_e: Encounter, _what: string, queue: () => Promise<void>) => queue();

function recording(gatherMs: number) {
  const queued: Array<[number, string[]]> = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let started!: () => void;
  const firstStarted = new Promise<void>((resolve) => (started = resolve));
  const refreshes = new RefreshesAfterAnswer<string>(async (_e, version, cards) => {
    queued.push([version, cards]);
    started();
    await gate;
  }, gatherMs);
  return { queued, release, firstStarted, refreshes };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("card updates queued after the answer", () => {
  it("queue one at a time per encounter, later clicks joining the one that waits, each card at its last version", async () => {
    const { queued, release, firstStarted, refreshes } = recording(0);
    refreshes.later(encounter, 1, ["consent"], chat);
    await firstStarted;
    refreshes.later(encounter, 2, ["consent"], chat);
    refreshes.later(encounter, 3, ["team"], chat);
    refreshes.later(encounter, 4, ["consent"], chat);
    release();
    await refreshes.settled();
    expect(queued).toEqual([
      [1, ["consent"]],
      [4, ["consent"]],
      [3, ["team"]],
    ]);
  });

  it("gather the clicks of a burst before the first is queued: one queuing for all of them", async () => {
    vi.useFakeTimers();
    const { queued, release, refreshes } = recording(300);
    release();
    refreshes.later(encounter, 1, ["consent"], chat);
    await vi.advanceTimersByTimeAsync(120);
    refreshes.later(encounter, 2, ["team"], chat);
    await vi.advanceTimersByTimeAsync(120);
    refreshes.later(encounter, 3, ["consent"], chat);
    expect(queued).toEqual([]);
    await vi.advanceTimersByTimeAsync(60);
    expect(queued).toEqual([
      [3, ["consent"]],
      [2, ["team"]],
    ]);
  });
});
