/** What an instance keeps in mind is bounded (issue 14): the entry set longest ago goes first, a key set again is new. */
import { describe, expect, it } from "vitest";
import { BoundedMap } from "../../bot/src/boundedMap.js";

describe("a bounded map", () => {
  it("never holds more than its bound, forgetting the entry set longest ago", () => {
    const map = new BoundedMap<string, number>(3);
    for (const [i, key] of ["a", "b", "c", "d"].entries()) map.set(key, i);
    expect([...map.keys()]).toEqual(["b", "c", "d"]);
  });

  it("makes a key set again the newest, so the one after it goes first", () => {
    const map = new BoundedMap<string, number>(3);
    map.set("a", 1).set("b", 2).set("c", 3);
    map.set("a", 4);
    map.set("d", 5);
    expect([...map.entries()]).toEqual([
      ["c", 3],
      ["a", 4],
      ["d", 5],
    ]);
  });
});
