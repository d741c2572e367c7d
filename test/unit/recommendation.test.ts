import { describe, expect, it } from "vitest";
import { BASELINE_MATRIX } from "../../bot/src/domain/matrix.js";
import { recommend, reorientationAllowsRemote, UnknownSituationError } from "../../bot/src/domain/recommendation.js";

const r = (input: Parameters<typeof recommend>[1]) => recommend(BASELINE_MATRIX, input);

describe("recommendation from the matrix (003 §2.3)", () => {
  // 003 §2.3: known patient, known condition: + / ++ / +++
  it("offers video first, then phone, for a known patient with a known condition", () => {
    const result = r({ situationId: "knownPatientKnownCondition" });
    expect(result.remote?.modality).toBe("video");
    expect(result.options.map((o) => o.modality)).toEqual(["inPerson", "video", "phone"]);
    expect(result.inPerson).toBe("available");
  });

  // 003 §2.3: group education is rated +++ by video
  it("ranks video as the reference activity for group education", () => {
    expect(r({ situationId: "groupEducation" }).options[0]).toEqual({
      modality: "video",
      rating: "+++",
      allowed: true,
    });
  });

  // 003 §2.3: phone is not indicated for a new reason
  it("never offers phone where the table leaves it blank", () => {
    const phone = r({ situationId: "knownPatientNewReason" }).options.find((o) => o.modality === "phone");
    expect(phone).toEqual({ modality: "phone", rating: null, allowed: false });
  });

  it("rejects an unknown situation", () => {
    expect(() => r({ situationId: "nope" })).toThrow(UnknownSituationError);
  });
});

describe("rules that override the table", () => {
  // 003 §5: physical or neurological exam needed → telehealth not advised
  it("sends the patient in person when a physical or neurological exam is needed", () => {
    const result = r({ situationId: "knownPatientKnownCondition", physicalExamNeeded: true });
    expect(result.remote).toBeNull();
    expect(result.inPerson).toBe("required");
    expect(result.reasons).toContain("physicalExam");
    expect(result.options.filter((o) => o.modality !== "inPerson").every((o) => !o.allowed)).toBe(true);
  });

  // 003 §1.3.7: in case of refusal, the meeting takes place in person
  it("sees a refusing patient in person", () => {
    const result = r({ situationId: "screening", patientRefuses: true });
    expect(result.inPerson).toBe("required");
    expect(result.reasons).toContain("patientRefuses");
  });

  // 003 §1.3.7: a reluctant patient must always be able to get in-person services
  it("keeps telehealth possible for a reluctant patient but makes in person an offer that must be made", () => {
    const result = r({ situationId: "screening", patientReluctant: true });
    expect(result.remote?.modality).toBe("video");
    expect(result.inPerson).toBe("mustBeOffered");
  });

  // 003 §1.3.8: equity barriers → propose an in-person appointment
  it("offers in person when there are equity barriers", () => {
    const result = r({ situationId: "screening", equityBarriers: true });
    expect(result.inPerson).toBe("mustBeOffered");
    expect(result.reasons).toContain("equityBarriers");
  });
});

describe("patients reoriented from a network partner (003 §6)", () => {
  const allThree = { patientKnownToSetting: true, problemKnownToSetting: true, patientWishesInPerson: false };

  // 003 §6: the exception needs all three conditions
  it("allows remote care when the three conditions hold", () => {
    const result = r({ situationId: "knownPatientKnownCondition", reoriented: allThree });
    expect(result.remote?.modality).toBe("video");
    expect(result.reasons).toContain("reorientedException");
  });

  // 003 §6: only two of the three conditions → in person
  it.each([
    ["patient not known", { ...allThree, patientKnownToSetting: false }],
    ["problem not known", { ...allThree, problemKnownToSetting: false }],
    ["patient wishes in person", { ...allThree, patientWishesInPerson: true }],
  ])("requires in person when %s", (_label, facts) => {
    expect(reorientationAllowsRemote(facts)).toBe(false);
    const result = r({ situationId: "knownPatientKnownCondition", reoriented: facts });
    expect(result.inPerson).toBe("required");
    expect(result.reasons).toEqual(["reorientedInPerson"]);
  });
});

describe("new patient seen by video (003 §2.3)", () => {
  // 003 §2.3: in-person follow-up within the month for vulnerable patients
  it("is followed up in person within one month when vulnerable", () => {
    const result = r({ situationId: "newPatientIntake", vulnerable: true, visitDate: "2026-11-23" });
    expect(result.followUp).toEqual({ withinMonths: 1, dueDate: "2026-12-23", vulnerable: true });
    expect(result.reasons).toContain("newPatientFollowUp");
  });

  // 003 §2.3: within three months for all other patients
  it("is followed up in person within three months otherwise", () => {
    expect(r({ situationId: "newPatientIntake", visitDate: "2026-11-23" }).followUp?.dueDate).toBe("2027-02-23");
  });

  it("clamps to the end of a shorter month", () => {
    expect(r({ situationId: "newPatientIntake", vulnerable: true, visitDate: "2027-01-31" }).followUp?.dueDate).toBe(
      "2027-02-28",
    );
  });

  it("has no follow-up when the new patient cannot be seen by video", () => {
    expect(
      r({ situationId: "newPatientIntake", physicalExamNeeded: true, visitDate: "2026-11-23" }).followUp,
    ).toBeUndefined();
  });

  it("has no follow-up for other situations", () => {
    expect(r({ situationId: "screening", visitDate: "2026-11-23" }).followUp).toBeUndefined();
  });
});
