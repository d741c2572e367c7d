import { describe, expect, it } from "vitest";
import { citeSource } from "../../bot/src/domain/citation.js";
import { CHECKLISTS } from "../../bot/src/domain/checklists.js";

// Issue 13, "Words": people read each source by its name, never the seed's internal number.
describe("a rule's source as clinicians and pilots read it", () => {
  it.each([
    ["003 §2.3", "fr-CA", "Orientations MSSS §2.3"],
    ["003 §1.3.5", "en", "MSSS guidelines §1.3.5"],
    ["003 §9.4", "fr-CA", "Orientations MSSS §9.4"],
    ["004", "fr-CA", "OCCOQ, télépratique"],
    ["001, liste de vérification", "en", "Social work practice notes"],
    ["002, ACCP B17", "fr-CA", "Code de déontologie de l'ACCP, B17"],
    ["Règlement, art. 2", "fr-CA", "Règlement, art. 2"],
  ] as const)("%s (%s) → %s", (source, locale, shown) => {
    expect(citeSource(source, locale)).toBe(shown);
  });

  // R-checklists (004, 001, 002): the checklist a pilot picks names its sources, in the tab's language.
  it("every checklist item names its source by name, in both languages", () => {
    const sources = Object.values(CHECKLISTS).flatMap((items) => items.map((item) => item.source));
    for (const locale of ["fr-CA", "en"] as const)
      for (const source of sources) expect(citeSource(source, locale)).not.toMatch(/\b00\d\b|liste de vérification/);
  });
});
