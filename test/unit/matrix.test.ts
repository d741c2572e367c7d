import { describe, expect, it } from "vitest";
import {
  BASELINE_MATRIX,
  BASELINE_SITUATION_IDS,
  findSituation,
  KNOWN_PATIENT_DEFINITION,
  matrixColumnLabel,
} from "../../bot/src/domain/matrix.js";
import { MODALITIES, NOT_INDICATED_MEANING, RATING_BASIS, RATING_LEGEND } from "../../bot/src/domain/modality.js";

/** Seed 003 §2.3, quoted from the seed (line breaks joined, apostrophes as the code writes them). */
const SEED = {
  knownPatient:
    "Patient connu, condition connue : Patient pour lequel le médecin ou un professionnel de son groupe de dispensation de services a déjà établi une relation lors de consultations antérieures en présentiel et détient les éléments nécessaires pour avoir une connaissance globale de celui-ci (tels que l'histoire de la maladie actuelle, les antécédents pertinents, la liste de médicaments, le résumé des examens physiques antérieurs, etc.) afin d'élaborer son diagnostic et assurer de manière appropriée la continuité des soins. Il doit pouvoir prendre connaissance du dossier médical du patient afin de faciliter son évaluation clinique et avoir un accès au Dossier santé Québec (DSQ).",
  newPatientVideo:
    "Suivi en présentiel dans le mois suivant pour les patients vulnérables et dans les trois mois pour tous les autres patients",
  effort:
    "L'effort pour la mise en œuvre de la modalité de consultation et le niveau de complexité de la consultation en elle-même détermine le classement de la modalité.",
};

describe("the §2.3 table as data", () => {
  // 003 §2.3: eight situations, three modalities
  it("has the eight situations of the table, in order", () => {
    expect(BASELINE_MATRIX.situations.map((s) => s.id)).toEqual([...BASELINE_SITUATION_IDS]);
  });

  // 003 §2.3: row by row, phone / video / in person
  it.each([
    ["knownPatientNewReason", null, "++", "+++"],
    ["knownToGroupNewReason", null, "++", "+++"],
    ["knownPatientKnownCondition", "+", "++", "+++"],
    ["newPatientIntake", null, "++", "+++"],
    ["groupEducation", null, "+++", "++"],
    ["specialtyConsultationRequest", null, "++", "+++"],
    ["specialtyFollowUp", "+", "++", "+++"],
    ["screening", "+", "++", "+++"],
  ])("%s is rated phone %s, video %s, in person %s", (id, phone, video, inPerson) => {
    expect(findSituation(BASELINE_MATRIX, id)?.ratings).toEqual({ phone, video, inPerson });
  });

  // 003 §2.3 legend and the starred definition
  it("carries the legend and the 'patient connu, condition connue' definition in both languages", () => {
    expect(RATING_LEGEND["+"]["fr-CA"]).toMatch(/seulement à l'oral/);
    expect(RATING_LEGEND["+++"]["fr-CA"]).toMatch(/référence/);
    expect(KNOWN_PATIENT_DEFINITION["fr-CA"]).toMatch(/Dossier santé Québec/);
    expect(KNOWN_PATIENT_DEFINITION.en).toMatch(/Québec Health Record/);
  });

  // 003 §2.3: "Rencontre téléphonique*", "Consultation virtuelle (visio)*", "Rencontre en présentiel"
  it("stars the two remote column headers, not the in-person one", () => {
    expect(MODALITIES.map((m) => matrixColumnLabel(m, "fr-CA"))).toEqual([
      "Rencontre téléphonique*",
      "Consultation virtuelle (visio)*",
      "Rencontre en présentiel",
    ]);
    expect(matrixColumnLabel("video", "en")).toBe("Video visit*");
  });

  // 003 §2.3: the starred footnote
  it("defines the known patient word for word", () => {
    expect(KNOWN_PATIENT_DEFINITION["fr-CA"]).toBe(SEED.knownPatient);
  });

  // 003 §2.3: the note sits in the new patient's video cell
  it("prints the new-patient follow-up word for word in the video cell, and nowhere else", () => {
    const intake = findSituation(BASELINE_MATRIX, "newPatientIntake");
    expect(intake?.cellNotes?.video?.["fr-CA"]).toBe(SEED.newPatientVideo);
    expect(intake?.cellNotes?.video?.en).toMatch(/^In-person follow-up within the following month/);
    expect(intake?.note).toBeUndefined();
    expect(Object.keys(intake?.cellNotes ?? {})).toEqual(["video"]);
  });

  // 003 §2.3: the sentence under the legend
  it("says what ranks a modality, word for word", () => {
    expect(RATING_BASIS["fr-CA"]).toBe(SEED.effort);
  });

  // 003 §2.3: a blank cell has no reading in the seed
  it("reads a blank cell as not indicated, never as not recommended", () => {
    expect(NOT_INDICATED_MEANING["fr-CA"]).toMatch(/^Non indiqué/);
    expect(NOT_INDICATED_MEANING["fr-CA"]).not.toMatch(/recommand|déconseill/i);
    expect(NOT_INDICATED_MEANING.en).not.toMatch(/recommend|advise/i);
  });

  it("labels every situation in French and English", () => {
    for (const s of BASELINE_MATRIX.situations) {
      expect(s.label["fr-CA"]).not.toBe("");
      expect(s.label.en).not.toBe(s.label["fr-CA"]);
    }
  });
});
