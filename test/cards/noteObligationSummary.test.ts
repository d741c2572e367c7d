/** The note card's times (003 §1.1, §8.8): the deadline with its day, usually the next one, in Québec time. */
import { describe, expect, it } from "vitest";
import { noteObligationSummary } from "../../bot/src/cards/noteObligation/noteObligationCard.js";
import { NOTE_CARD_CATALOG } from "../reminders/noteCardCatalog.js";

describe("the note card's times", () => {
  it("gives the deadline's day and time in Québec in the notification, in each language", () => {
    const deadline = "2026-11-24T19:45:00.000Z";
    expect(noteObligationSummary("open", deadline, "fr-CA")).toBe(
      "Balises : note au dossier à déposer d'ici le mardi 24 novembre à 14 h 45",
    );
    expect(noteObligationSummary("reminder", deadline, "en")).toBe(
      "Balises: record note due by Tuesday, November 24 at 14:45",
    );
    expect(noteObligationSummary("overdue", deadline, "fr-CA")).toBe("Balises : note au dossier en retard");
  });

  it("writes every time on the card on the 24-hour clock, as the note block pasted in the chart does", () => {
    const snoozed = NOTE_CARD_CATALOG.find((c) => c.name === "note obligation, remind me later")!;
    const english = JSON.stringify(snoozed.build("en"));
    expect(english).toContain("Monday, November 23, 2026 at 14:45 EST"); // the encounter's end
    expect(english).toContain("Tuesday, November 24, 2026 at 14:45 EST"); // the deadline
    expect(english).toContain("I will remind you around 15:46."); // the next reminder
    expect(english).toContain("14:00"); // the block's start
    expect(english).not.toMatch(/\d\s?[ap]\.?m\b/i);
  });

  it('writes the time left as each language does: « 23 h 59 min », "23 hr 59 min"', () => {
    const open = NOTE_CARD_CATALOG.find((c) => c.name === "note obligation, open")!;
    expect(JSON.stringify(open.build("fr-CA"))).toContain('"value":"23 h 59 min"');
    expect(JSON.stringify(open.build("en"))).toContain('"value":"23 hr 59 min"');
  });

  // 003 §1.1: a team or the deployment may set a shorter deadline than the 24 h; the card says which passed.
  it("names a shorter deadline as local, beside the MSSS's 24 hours; the 24 h alone needs no such word", () => {
    const team = NOTE_CARD_CATALOG.find((c) => c.name.endsWith("past a local 4-hour deadline"))!;
    expect(JSON.stringify(team.build("fr-CA"))).toContain(
      "lundi 23 novembre 2026 à 18 h 45 HNE — échéance fixée localement; selon le MSSS, au plus tard 24 heures après la rencontre (§1.1) : mardi 24 novembre 2026 à 14 h 45 HNE",
    );
    expect(JSON.stringify(team.build("en"))).toContain(
      "the local deadline; per the MSSS, at the latest 24 hours after the encounter (§1.1): Tuesday, November 24, 2026 at 14:45 EST",
    );
    const regulatory = NOTE_CARD_CATALOG.find((c) => c.name === "note obligation, overdue")!;
    expect(JSON.stringify(regulatory.build("fr-CA"))).not.toContain("échéance fixée localement");
  });

  // Words are facts: with no end received, Balises closed the encounter at its scheduled end; it did not see it end.
  it("says an encounter Balises closed at its scheduled end was closed, not that it ended", () => {
    const closed = NOTE_CARD_CATALOG.find((c) => c.name.endsWith("closed at the meeting's scheduled end"))!;
    const facts = (locale: "fr-CA" | "en") => JSON.stringify(closed.build(locale));
    expect(facts("fr-CA")).toContain(
      "close par Balises à sa fin prévue, le lundi 23 novembre 2026 à 14 h 45 HNE (fin réelle non reçue)",
    );
    expect(facts("fr-CA")).not.toContain("terminée le");
    expect(facts("en")).toContain(
      "closed by Balises at its scheduled end, Monday, November 23, 2026 at 14:45 EST (actual end not received)",
    );
    const ended = NOTE_CARD_CATALOG.find((c) => c.name === "note obligation, open")!;
    expect(JSON.stringify(ended.build("fr-CA"))).toContain("terminée le lundi 23 novembre 2026 à 14 h 45 HNE");
  });
});
