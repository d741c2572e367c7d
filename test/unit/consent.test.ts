import { describe, expect, it } from "vitest";
import {
  activeConsent,
  consentEntryOf,
  consentEntryProblems,
  consentRecordFrom,
  consentGaps,
  consentStatus,
  inPersonOfferChoice,
  inPersonOfferFields,
  withdrawConsent,
  type ConsentRecord,
} from "../../bot/src/domain/consent.js";
import { completeConsent } from "../support/consentFixtures.js";

const valid: ConsentRecord = completeConsent({ recordedBy: "oid-1" });

describe("consent to telehealth (R-consent)", () => {
  // 003 §1.1, §1.3.1: consent is mandatory before services
  it("is missing when nothing was recorded", () => {
    expect(consentStatus(undefined)).toEqual({ kind: "missing", gaps: ["method"] });
  });

  // 003 §1.3.1: verbal or written; an e-mail reply is acceptable
  it.each(["verbal", "written", "emailReply"] as const)("accepts a %s consent", (method) => {
    expect(consentStatus({ ...valid, method })).toEqual({ kind: "valid" });
  });

  // 003 §1.1: the scope must be stated and cover the current session
  it("needs the scope to cover this session", () => {
    expect(consentGaps({ ...valid, scope: { session: false, recording: true, informationSharing: true } })).toEqual([
      "scopeSession",
    ]);
  });

  // 003 §1.3.1: free and informed — the limits (evaluation, confidentiality) must be explained
  it("is not informed until the limits are explained", () => {
    expect(consentGaps({ ...valid, limitsExplained: false })).toEqual(["limitsExplained"]);
  });

  // 003 §1.3.2: revocable at any time
  it("can be withdrawn, once", () => {
    const withdrawn = withdrawConsent(valid, "oid-1", "2026-11-23T14:10:00.000Z");
    expect(consentStatus(withdrawn)).toEqual({ kind: "withdrawn", at: "2026-11-23T14:10:00.000Z" });
    expect(withdrawConsent(withdrawn, "oid-2", "2026-11-23T14:20:00.000Z")).toBe(withdrawn);
  });

  // 003 §1.3.2: a withdrawn consent is no longer in force, even while it is the latest one recorded
  it("is in force from its record until withdrawn", () => {
    const withdrawn = withdrawConsent(valid, "oid-1", "2026-11-23T14:10:00.000Z");
    expect(activeConsent([])).toBeUndefined();
    expect(activeConsent([withdrawn, valid])).toBe(valid);
    expect(activeConsent([valid, withdrawn])).toBeUndefined();
  });
});

describe("identity, caregivers, refusal (R-identity, R-caregivers, R-refusal)", () => {
  // 003 §1.3.5: RAMQ card or another ID at consent — the kind only
  it("needs the patient's identity checked with the RAMQ card or another ID", () => {
    expect(consentGaps({ ...valid, identityDocumentKind: "notChecked" })).toEqual(["identity"]);
    expect(consentGaps({ ...valid, identityDocumentKind: "otherId" })).toEqual([]);
  });

  // 003 §1.3.6: caregivers join only with the patient's consent
  it("flags caregivers present without the patient's consent", () => {
    expect(consentGaps({ ...valid, caregivers: "presentWithoutConsent" })).toEqual(["caregiversConsent"]);
    expect(consentGaps({ ...valid, caregivers: "presentWithConsent" })).toEqual([]);
  });

  // 003 §8.7: support staff participation: the patient's consent beforehand when possible
  it("flags support staff present without the patient's consent", () => {
    expect(consentGaps({ ...valid, supportStaff: "presentWithoutConsent" })).toEqual(["supportStaffConsent"]);
  });

  // 003 §1.3.7, §1.3.8: the patient may refuse and be seen in person — the alternative must be offered
  it("is not free until the in-person alternative is offered", () => {
    expect(consentGaps({ ...valid, inPersonOffered: false })).toEqual(["inPersonOffered"]);
  });

  // 003 §1.3.7: « le patient peut la refuser ou l'accepter. En cas de refus du patient, la rencontre se fera en présentiel. »
  it("records the person's answer to the in-person offer; choosing in person is a refusal of telehealth", () => {
    expect(consentStatus({ ...valid, ...inPersonOfferFields("accepted") })).toEqual({ kind: "refused" });
    expect(consentStatus({ ...valid, ...inPersonOfferFields("declined") })).toEqual({ kind: "valid" });
    expect(consentGaps({ ...valid, ...inPersonOfferFields("notOffered") })).toEqual(["inPersonOffered"]);
  });

  it("reads the clinician's choice back from the record; an offer recorded without its answer has none", () => {
    for (const choice of ["notOffered", "accepted", "declined"] as const)
      expect(inPersonOfferChoice({ ...valid, ...inPersonOfferFields(choice) })).toBe(choice);
    expect(inPersonOfferChoice({ ...valid, inPersonOffered: true })).toBeUndefined();
  });
});

describe("group, substitute and emergency consent (R-group, R-substitute, R-emergency)", () => {
  // 003 §1.1: every patient of a group consents and commits to the conduct rules
  it("needs one consent per participant and the conduct-rules commitment", () => {
    const group = { participants: 4, consentsRecorded: 3, conductRulesCommitment: false };
    expect(consentGaps({ ...valid, group })).toEqual(["groupConsents", "conductRules"]);
    expect(
      consentStatus({ ...valid, group: { participants: 4, consentsRecorded: 4, conductRulesCommitment: true } }),
    ).toEqual({ kind: "valid" });
  });

  // 003 §1.3.2: an inapt patient's consent is given by the substitute decision-maker
  it("accepts a substitute consent as a consent", () => {
    expect(consentStatus({ ...valid, substituteConsent: true })).toEqual({ kind: "valid" });
  });

  // 003 §1.3.3: urgent inter-facility transfer: consent may be impossible, the reason goes in the record
  it("records the emergency-transfer exception without a method", () => {
    expect(consentStatus({ ...valid, method: null, emergencyException: true })).toEqual({ kind: "emergencyException" });
  });
});

describe("what stops a consent entry from being recorded", () => {
  const entry = { method: "verbal" as const, emergencyException: false, participants: 1, consentsRecorded: 1 };
  // 003 §1.3.1: a method, unless the §1.3.3 emergency exception applies.
  it("no method and no emergency exception", () => {
    expect(consentEntryProblems({ ...entry, method: "" })).toEqual({ method: true });
    expect(consentEntryProblems({ ...entry, method: "", emergencyException: true })).toEqual({});
  });
  // 003 §1.3.7: a refusal is recorded as the person's answer; there is no consent to give a method to.
  it("a refusal of telehealth needs no method", () => {
    expect(consentEntryProblems({ ...entry, method: "", refused: true })).toEqual({});
  });
  // 003 §1.1: a group cannot have more consents than patients.
  it("more consents than patients", () => {
    expect(consentEntryProblems({ ...entry, participants: 3, consentsRecorded: 4 })).toEqual({
      consentsRecorded: true,
    });
    expect(consentEntryProblems(entry)).toEqual({});
  });
});

describe("a consent form's entry, the same on the card and in the side panel", () => {
  // 003 §1.1: the scope is stated — this session unless the clinician says otherwise; nothing else is assumed done.
  it("starts from this session in scope and every other box left to tick, or from the current consent", () => {
    expect(consentEntryOf(undefined)).toMatchObject({
      method: "",
      scopeSession: true,
      scopeRecording: false,
      identityDocumentKind: "notChecked",
      limitsExplained: false,
      inPersonOffer: "",
      caregivers: "none",
      interpreterPresent: false,
      participants: 1,
      consentsRecorded: 1,
      organisedByEstablishment: false,
    });
    const answered: ConsentRecord = { ...valid, inPersonAnswer: "declined", interpreterPresent: true };
    expect(consentRecordFrom(consentEntryOf(answered), valid.recordedBy, valid.recordedAt)).toEqual(answered);
  });

  // 003 §1.3.7, §1.3.8: the same three-way choice for both doors; "accepted" is a refusal, recorded without a method
  it("records the in-person choice as the offer and the person's answer", () => {
    const entry = consentEntryOf(valid);
    // An offer recorded before the answer was asked: the clinician chooses again.
    expect(entry.inPersonOffer).toBe("");
    const refused = consentRecordFrom({ ...entry, method: "", inPersonOffer: "accepted" }, "oid-2", valid.recordedAt);
    expect([refused.inPersonOffered, refused.inPersonAnswer, refused.method]).toEqual([true, "accepted", null]);
    expect(consentStatus(refused)).toEqual({ kind: "refused" });
    expect(consentEntryProblems({ ...entry, method: "", inPersonOffer: "accepted" })).toEqual({});
    const notOffered = consentRecordFrom({ ...entry, inPersonOffer: "notOffered" }, "oid-2", valid.recordedAt);
    expect([notOffered.inPersonOffered, notOffered.inPersonAnswer]).toEqual([false, undefined]);
    // The tick of a card posted before the answer was asked, read when nothing is chosen.
    expect(consentRecordFrom({ ...entry, inPersonOffered: true }, "oid-2", valid.recordedAt).inPersonOffered).toBe(
      true,
    );
  });

  // 003 §1.1 (a group: one consent per participant), §1.3.3 (the emergency exception has no method)
  it("keeps the group only for more than one patient, and no method with the emergency exception", () => {
    const entry = { ...consentEntryOf(valid), participants: 3, consentsRecorded: 3 };
    expect(consentRecordFrom(entry, "oid-2", valid.recordedAt).group).toEqual({
      participants: 3,
      consentsRecorded: 3,
      conductRulesCommitment: false,
      organisedByEstablishment: false,
    });
    expect(consentRecordFrom({ ...entry, emergencyException: true }, "oid-2", valid.recordedAt).method).toBeNull();
  });
});
