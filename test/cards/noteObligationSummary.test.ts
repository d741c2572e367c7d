/** The notification Teams shows for the note card (003 §1.1, §8.8): the deadline with its day, usually the next one. */
import { describe, expect, it } from "vitest";
import { noteObligationSummary } from "../../bot/src/cards/noteObligation/noteObligationCard.js";

describe("the note card's notification", () => {
  it("gives the deadline's day and time in Québec, in each language", () => {
    const deadline = "2026-11-24T19:45:00.000Z";
    expect(noteObligationSummary("open", deadline, "fr-CA")).toBe(
      "Balises : note au dossier à déposer d'ici le mardi 24 novembre à 14 h 45",
    );
    expect(noteObligationSummary("reminder", deadline, "en")).toBe(
      "Balises: record note due by Tuesday, November 24 at 2:45 p.m.",
    );
    expect(noteObligationSummary("overdue", deadline, "fr-CA")).toBe("Balises : note au dossier en retard");
  });
});
