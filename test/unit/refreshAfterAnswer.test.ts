/** Issue 14: the card updates queued after the answers of a burst of clicks on one encounter join while they wait. */
import { describe, expect, it } from "vitest";
import { RefreshesAfterAnswer } from "../../bot/src/encounters/refreshAfterAnswer.js";
import type { Encounter } from "../../bot/src/domain/encounter.js";

const encounter = { tenantId: "t", id: "e" } as Encounter;

describe("card updates queued after the answer", () => {
  it("queue one at a time per encounter, later clicks joining the one that waits, each card at its last version", async () => {
    const queued: Array<[number, string[]]> = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const refreshes = new RefreshesAfterAnswer<string>(async (_e, version, cards) => {
      queued.push([version, cards]);
      await gate;
    });
    const chat = (_e: Encounter, _what: string, queue: () => Promise<void>) => queue();
    refreshes.later(encounter, 1, ["consent"], chat);
    await new Promise((resolve) => setImmediate(resolve)); // the first one is under way
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
});
