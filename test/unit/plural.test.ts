import { describe, expect, it } from "vitest";
import { counted, MONTHS, type NounForms } from "../../bot/src/i18n/plural.js";

// Issue 13, "Words": counts read as sentences, never "perte(s)" — French counts 0 and 1 as singular.
const LOSSES: NounForms = {
  "fr-CA": { one: "perte de connexion", other: "pertes de connexion" },
  en: { one: "connection loss", other: "connection losses" },
};

describe("a count with its noun", () => {
  it.each([
    [0, "fr-CA", "0 perte de connexion"],
    [1, "fr-CA", "1 perte de connexion"],
    [2, "fr-CA", "2 pertes de connexion"],
    [0, "en", "0 connection losses"],
    [1, "en", "1 connection loss"],
    [3, "en", "3 connection losses"],
  ] as const)("%i (%s) → %s", (count, locale, text) => {
    expect(counted(count, LOSSES, locale)).toBe(text);
  });
  it("months", () => {
    expect(counted(1, MONTHS, "en")).toBe("1 month");
    expect(counted(6, MONTHS, "en")).toBe("6 months");
    expect(counted(6, MONTHS, "fr-CA")).toBe("6 mois");
  });
});
