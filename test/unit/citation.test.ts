import { describe, expect, it } from "vitest";
import { citeSource } from "../../bot/src/domain/citation.js";

// Issue 13, "Words": people read the ministry's guidelines by name, never the seed's internal number.
describe("a rule's source as clinicians and pilots read it", () => {
  it.each([
    ["003 §2.3", "fr-CA", "Orientations MSSS §2.3"],
    ["003 §1.3.5", "en", "MSSS guidelines §1.3.5"],
    ["003 §9.4", "fr-CA", "Orientations MSSS §9.4"],
    ["Règlement, art. 2", "fr-CA", "Règlement, art. 2"],
  ] as const)("%s (%s) → %s", (source, locale, shown) => {
    expect(citeSource(source, locale)).toBe(shown);
  });
});
