import { describe, expect, it } from "vitest";
import {
  BASELINE_MATRIX,
  BASELINE_SITUATION_IDS,
  findSituation,
  KNOWN_PATIENT_DEFINITION,
} from "../../bot/src/domain/matrix.js";
import { RATING_LEGEND } from "../../bot/src/domain/modality.js";

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

  it("labels every situation in French and English", () => {
    for (const s of BASELINE_MATRIX.situations) {
      expect(s.label["fr-CA"]).not.toBe("");
      expect(s.label.en).not.toBe(s.label["fr-CA"]);
    }
  });
});
