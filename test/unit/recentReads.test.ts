/** storage/recentReads.ts: what cards reuse of a team's configuration, and for how long. */
import { describe, expect, it } from "vitest";
import { RecentReads } from "../../bot/src/storage/recentReads.js";

describe("RecentReads", () => {
  it("reads once within the window, again after it, and at once after a write forgot the copy", async () => {
    let now = 0;
    let stored = "corridor A";
    let reads = 0;
    const recent = new RecentReads<string>(15_000, () => now);
    const read = () => recent.get("team", () => Promise.resolve((reads++, stored)));

    expect(await read()).toBe("corridor A");
    stored = "corridor B"; // another instance's write
    now = 14_999;
    expect(await read()).toBe("corridor A");
    now = 15_000;
    expect(await read()).toBe("corridor B");
    stored = "corridor C"; // this instance's write
    recent.forget("team");
    expect(await read()).toBe("corridor C");
    expect(reads).toBe(3);
  });
});
