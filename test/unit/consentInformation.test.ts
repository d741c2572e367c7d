import { describe, expect, it } from "vitest";
import { consentInformation, IN_PERSON_PLACES_SHOWN, notedConsent } from "../../bot/src/domain/consentInformation.js";
import { completeConsent } from "../support/consentFixtures.js";
import type { ReferralCorridor } from "../../bot/src/domain/teamConfig.js";

const corridor = (id: string, extra: Partial<ReferralCorridor> = {}): ReferralCorridor => ({
  id,
  name: `CLSC ${id}`,
  kind: "clsc",
  contact: "514 555-0100",
  ...extra,
});

describe("what the patient is told before consenting, from the encounter's team", () => {
  // Regulation S-4.2, r. 23.1, art. 2, 3° a: where the person can get an in-person follow-up
  it("names the team's in-person places, with their address when the team gave one", () => {
    const info = consentInformation({
      corridors: [corridor("Rosemont", { address: "2909 rue Rachel Est, Montréal" }), corridor("Verdun")],
      interpreters: [],
      checklistProfile: "medicine",
    });
    expect(info.inPersonPlaces).toEqual([
      { name: "CLSC Rosemont", address: "2909 rue Rachel Est, Montréal" },
      { name: "CLSC Verdun" },
    ]);
    expect(info.morePlaces).toBe(false);
  });

  // 003 §4: emergency departments and designated evaluation clinics are not in-person follow-up places
  it("never offers an emergency department or a CDE as the place of the follow-up", () => {
    const info = consentInformation({
      corridors: [
        corridor("ed", { name: "Urgence de l'hôpital", kind: "emergencyDepartment" }),
        corridor("cde", { kind: "designatedEvaluationClinic" }),
      ],
      interpreters: [],
      checklistProfile: "medicine",
    });
    expect(info.inPersonPlaces).toEqual([]);
  });

  // Regulation art. 2, 3° a: a few places a patient can read, and the rest said to exist
  it(`shows at most ${IN_PERSON_PLACES_SHOWN} places and says when the team has more`, () => {
    const corridors = ["a", "b", "c", "d"].map((id) => corridor(id));
    const info = consentInformation({ corridors, interpreters: [], checklistProfile: "medicine" });
    expect(info.inPersonPlaces.map((p) => p.name)).toEqual(["CLSC a", "CLSC b", "CLSC c"]);
    expect(info.morePlaces).toBe(true);
  });

  // 003 §1.3.9: interpreting services can be used even remotely — told only when the team lists some
  it("offers an interpreter only when the team lists interpreting services", () => {
    expect(
      consentInformation({ corridors: [], interpreters: [], checklistProfile: "medicine" }).interpreterAvailable,
    ).toBe(false);
    const interpreters = [{ id: "i1", name: "Banque interrégionale d'interprètes", contact: "514 555-0142" }];
    expect(consentInformation({ corridors: [], interpreters, checklistProfile: "medicine" }).interpreterAvailable).toBe(
      true,
    );
  });

  // 003 §1.1, §1.3.1: recording is in the consent's scope, verbal or written; 004: the OCCOQ's written authorisation
  it("asks for written authorisation of a recording only where the team's checklist does (004)", () => {
    const told = (checklistProfile: "medicine" | "careerCounselling" | "socialWork" | "counselling") =>
      consentInformation({ corridors: [], interpreters: [], checklistProfile }).recordingNeedsWrittenAuthorisation;
    expect(told("careerCounselling")).toBe(true);
    for (const profile of ["medicine", "socialWork", "counselling"] as const) expect(told(profile)).toBe(false);
  });
});

describe("the consent the patient may read back as noted", () => {
  // 003 §1.1: what the consent covers is documented; §1.3.2: a withdrawn consent no longer holds
  it("is the current consent when noted, complete or not; none once withdrawn, refused or impossible", () => {
    const complete = completeConsent();
    const incomplete = completeConsent({ limitsExplained: false });
    expect(notedConsent([])).toBeUndefined();
    expect(notedConsent([complete])).toBe(complete);
    expect(notedConsent([complete, incomplete])).toBe(incomplete);
    expect(notedConsent([completeConsent({ withdrawnAt: "2026-11-23T14:10:00.000Z" })])).toBeUndefined();
    expect(notedConsent([completeConsent({ emergencyException: true, method: null })])).toBeUndefined();
  });
});
