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

  it("keeps nothing a write overtook: a read under way when the copy was forgotten may hold the replaced value", async () => {
    let release: (value: string) => void = () => undefined;
    const recent = new RecentReads<string>(15_000, () => 0);
    const stale = recent.get("team", () => new Promise<string>((resolve) => (release = resolve)));
    recent.forget("team"); // this instance's write, answered while the read was under way
    release("corridor A");
    expect(await stale).toBe("corridor A");
    expect(await recent.get("team", () => Promise.resolve("corridor B"))).toBe("corridor B");
  });

  it("keeps only what `keep` accepts: a miss is read again", async () => {
    let reads = 0;
    const recent = new RecentReads<string | undefined>(15_000, () => 0);
    const found = (value: string | undefined) => value !== undefined;
    await recent.get("chat", () => Promise.resolve((reads++, undefined)), found);
    expect(await recent.get("chat", () => Promise.resolve((reads++, "saved")), found)).toBe("saved");
    expect(await recent.get("chat", () => Promise.resolve((reads++, "other")), found)).toBe("saved");
    expect(reads).toBe(2);
  });
});
