/**
 * The bot's matrix card prints what the §2.3 table prints around its cells (003 §2.3): the stars on the two remote
 * columns and the footnote they point to, the sentence on what ranks a modality, a blank cell as "Non indiqué" only,
 * and the new patient's follow-up in the video cell.
 */
import { describe, expect, it } from "vitest";
import { buildMatrixCard } from "../../bot/src/cards/matrix/matrixCard.js";
import { BASELINE_MATRIX } from "../../bot/src/domain/matrix.js";
import { recommend } from "../../bot/src/domain/recommendation.js";
import type { Locale } from "../../bot/src/i18n/locale.js";

interface Fact {
  title: string;
  value: string;
}

const form = { situationId: "newPatientIntake", visitDate: "2026-11-23" };
const result = (locale: Locale) =>
  buildMatrixCard({
    locale,
    matrix: BASELINE_MATRIX,
    today: "2026-11-23",
    form,
    recommendation: recommend(BASELINE_MATRIX, form),
  });

function facts(card: object): Fact[] {
  const found: Fact[] = [];
  JSON.stringify(card, (key, value: unknown) => {
    if (key === "facts") found.push(...(value as Fact[]));
    return value;
  });
  return found;
}

describe("the matrix card's footnotes (003 §2.3)", () => {
  // 003 §2.3: stars on "Rencontre téléphonique*" and "Consultation virtuelle (visio)*"
  it("stars the two remote modalities of the result and prints the footnote they point to", () => {
    const card = result("fr-CA");
    expect(facts(card).map((f) => f.title)).toEqual([
      "Rencontre en présentiel",
      "Consultation virtuelle (visio)*",
      "Rencontre téléphonique*",
    ]);
    expect(JSON.stringify(card)).toContain('"* Patient connu, condition connue : Patient pour lequel le médecin');
  });

  // 003 §2.3: the new patient's video cell
  it("prints the new-patient follow-up in the video cell, and reads the blank phone cell as not indicated only", () => {
    const byTitle = new Map(facts(result("fr-CA")).map((f) => [f.title, f.value]));
    expect(byTitle.get("Consultation virtuelle (visio)*")).toBe(
      "++ · Suivi en présentiel dans le mois suivant pour les patients vulnérables et dans les trois mois pour tous les autres patients",
    );
    expect(byTitle.get("Rencontre téléphonique*")).toBe("Non indiqué");
    expect(byTitle.get("Rencontre en présentiel")).toBe("+++");
  });

  // 003 §2.3: the sentence under the legend
  it.each<[Locale, string]>([
    ["fr-CA", "L'effort pour la mise en œuvre de la modalité de consultation"],
    ["en", "The effort needed to set up the consultation modality"],
  ])("says what ranks a modality, with or without a result (%s)", (locale, sentence) => {
    const blank = buildMatrixCard({ locale, matrix: BASELINE_MATRIX, today: "2026-11-23" });
    for (const card of [blank, result(locale)]) expect(JSON.stringify(card)).toContain(sentence);
  });
});
