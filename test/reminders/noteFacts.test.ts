import { describe, expect, it } from "vitest";
import {
  newEncounter,
  recordConsent,
  recordLocation,
  recordPlan,
  reportConnectionLost,
  reportCrisis,
  switchToPhone,
  closeEncounter,
} from "../../bot/src/domain/encounter.js";
import type { ConsentRecord } from "../../bot/src/domain/consent.js";
import { noteFactsOf } from "../../bot/src/reminders/noteFacts.js";
import { progressNoteBlock } from "../../bot/src/domain/noteObligationBlock.js";

const OID = "aaaaaaaa-0000-4000-8000-000000000001";
const consent: ConsentRecord = {
  method: "written",
  scope: { session: true, recording: true, informationSharing: false },
  identityDocumentKind: "ramqCard",
  limitsExplained: true,
  inPersonOffered: true,
  caregivers: "none",
  supportStaff: "none",
  substituteConsent: false,
  emergencyException: false,
  recordedBy: OID,
  recordedAt: "2026-11-23T14:02:00.000Z",
};

function encounter() {
  let e = newEncounter({
    tenantId: "t",
    meetingId: "m",
    conversationId: "19:c",
    startedAt: "2026-11-23T14:00:00.000Z",
    organizerId: OID,
  });
  e = recordConsent(e, consent);
  e = recordPlan(e, {
    callbackDelayMinutes: 5,
    phoneVerified: true,
    emailVerified: false,
    emergencyContactConfirmed: true,
    agreedWithPatient: true,
    recordedBy: OID,
    recordedAt: "2026-11-23T14:03:00.000Z",
  });
  e = reportConnectionLost(e, OID, "2026-11-23T14:20:00.000Z");
  e = switchToPhone(e, OID, "2026-11-23T14:22:00.000Z");
  return closeEncounter(e, "2026-11-23T14:45:00.000Z", "clinician");
}

describe("the note facts come from what the encounter recorded (003 §8.8)", () => {
  it("modality, consent as recorded, participants, plan and incidents", () => {
    const facts = noteFactsOf(encounter(), "2026-11-23T14:45:00.000Z");
    expect(facts).toEqual({
      startedAt: "2026-11-23T14:00:00.000Z",
      endedAt: "2026-11-23T14:45:00.000Z",
      modality: "phone",
      switchedToPhoneAt: "2026-11-23T14:22:00.000Z",
      consent: {
        kind: "recorded",
        method: "written",
        scope: { session: true, recording: true, informationSharing: false },
        substitute: false,
        complete: true,
      },
      participantCount: 1,
      // 003 §1.3.5, §1.3.7: the kind of document, the in-person offer (this record predates its answer).
      identityDocument: "ramqCard",
      inPersonOffer: "offered",
      companions: { caregivers: "none", supportStaff: "none" },
      planAgreed: true,
      // Recorded three minutes into the meeting: the chart will say "during the session, at 09:03" (003 §3).
      planAgreedAt: "2026-11-23T14:03:00.000Z",
      connectionLostCount: 1,
      // 001: the plan's answer on the emergency contact is a recorded fact; the contact itself is not.
      emergencyContactConfirmed: true,
      inPersonFollowUp: undefined,
    });
  });

  // 004, 003 §3: the region and the confidentiality of the place, only once the clinician confirmed them.
  it("the patient's location for the visit, once confirmed; nothing before", () => {
    expect(noteFactsOf(encounter(), "2026-11-23T14:45:00.000Z").location).toBeUndefined();
    const located = recordLocation(encounter(), {
      regionCode: "08",
      confidential: false,
      recordedBy: OID,
      recordedAt: "2026-11-23T14:01:00.000Z",
    });
    expect(noteFactsOf(located, "2026-11-23T14:45:00.000Z").location).toEqual({
      regionCode: "08",
      confidential: false,
    });
  });

  // 001, 004: a crisis recorded is in the record, by its time only.
  it("the crises recorded, by their times; no emergency-contact answer without a plan", () => {
    const e = reportCrisis(encounter(), OID, "2026-11-23T14:30:00.000Z");
    expect(noteFactsOf(e, "2026-11-23T14:45:00.000Z").crisesAt).toEqual(["2026-11-23T14:30:00.000Z"]);
    expect(noteFactsOf(encounter(), "2026-11-23T14:45:00.000Z").crisesAt).toBeUndefined();
    const noPlan = { ...encounter(), plan: undefined };
    expect(noteFactsOf(noPlan, "2026-11-23T14:45:00.000Z")).not.toHaveProperty("emergencyContactConfirmed");
  });

  // 003 §2.3: new patient seen by video — in-person follow-up within 3 months (1 if vulnerable).
  it("adds the in-person follow-up due date for a new patient", () => {
    const e = {
      ...encounter(),
      newPatient: { vulnerable: false, recordedBy: OID, recordedAt: "2026-11-23T14:05:00.000Z" },
    };
    const facts = noteFactsOf(e, "2026-11-23T14:45:00.000Z");
    expect(facts.inPersonFollowUp).toMatchObject({ withinMonths: 3, dueDate: "2027-02-23" });
    expect(progressNoteBlock(facts, "en")).toContain("In-person follow-up: to take place by 2027-02-23");
  });

  // 003 §2.3: recorded as offered during the visit — the block says so, on the Québec day it was recorded.
  it("carries the follow-up recorded as offered before the meeting ended", () => {
    const newPatient = { vulnerable: true, recordedBy: OID, recordedAt: "2026-11-23T14:05:00.000Z" };
    const offered = { ...newPatient, followUpOffered: { recordedBy: OID, recordedAt: "2026-11-23T14:40:00.000Z" } };
    const facts = noteFactsOf({ ...encounter(), newPatient: offered }, "2026-11-23T14:45:00.000Z");
    expect(facts.inPersonFollowUp).toEqual({
      withinMonths: 1,
      dueDate: "2026-12-23",
      vulnerable: true,
      offeredOn: "2026-11-23",
    });
    expect(noteFactsOf({ ...encounter(), newPatient }, "2026-11-23T14:45:00.000Z").inPersonFollowUp).not.toHaveProperty(
      "offeredOn",
    );
  });

  // 003 §1.3.7: the withdrawal carries the in-person offer only when the consent recorded it.
  it("says a withdrawn consent was withdrawn, and that in-person was offered only when recorded", () => {
    const e = encounter();
    const withdrawnAfter = (inPersonOffered: boolean) => ({
      ...e,
      consents: [{ ...consent, inPersonOffered, withdrawnAt: "2026-11-23T14:30:00.000Z", withdrawnBy: OID }],
    });
    expect(noteFactsOf(withdrawnAfter(true), "2026-11-23T14:45:00.000Z").consent).toEqual({
      kind: "withdrawn",
      at: "2026-11-23T14:30:00.000Z",
      inPersonOffered: true,
    });
    expect(noteFactsOf(withdrawnAfter(false), "2026-11-23T14:45:00.000Z").consent).toEqual({
      kind: "withdrawn",
      at: "2026-11-23T14:30:00.000Z",
    });
  });
});

describe("the note facts of who took part and what was offered (003 §1.1, §8.8; 001)", () => {
  const at = "2026-11-23T14:45:00.000Z";
  const withConsent = (overrides: Partial<ConsentRecord>) => ({
    ...encounter(),
    consents: [{ ...consent, ...overrides }],
  });

  // 003 §1.3.7, §1.3.9, §1.3.6, §8.7: as the consent recorded them.
  it("the person's answer to the in-person offer, an interpreter, caregivers and support staff", () => {
    const facts = noteFactsOf(
      withConsent({
        inPersonAnswer: "declined",
        interpreterPresent: true,
        caregivers: "presentWithConsent",
        supportStaff: "presentWithoutConsent",
      }),
      at,
    );
    expect(facts).toMatchObject({
      inPersonOffer: "declined",
      companions: { caregivers: "presentWithConsent", supportStaff: "presentWithoutConsent", interpreter: true },
    });
    expect(noteFactsOf(withConsent({ inPersonOffered: false }), at).inPersonOffer).toBe("notOffered");
  });

  // 003 §1.3.7: offered in person, the person chose it — the chart says refused, not obtained.
  // 003 §1.3.1: what a consent noted with gaps did not record goes to the chart, not "obtained"
  it("an incomplete consent, with what it did not record", () => {
    const e = recordConsent(encounter(), { ...consent, limitsExplained: false, identityDocumentKind: "notChecked" });
    const facts = noteFactsOf(e, "2026-11-23T14:45:00.000Z");
    expect(facts.consent).toMatchObject({ kind: "recorded", complete: false, gaps: ["limitsExplained", "identity"] });
    expect(progressNoteBlock(facts, "fr-CA")).toContain(
      "éléments non consignés dans Balises : l'explication des limites de la télésanté et la vérification de l'identité",
    );
  });

  it("a refusal of telehealth", () => {
    const facts = noteFactsOf(withConsent({ method: null, inPersonAnswer: "accepted" }), at);
    expect(facts.consent).toEqual({ kind: "refused" });
    expect(facts.inPersonOffer).toBe("accepted");
  });

  // 003 §9.3, §9.4: learners by role and part — never their id or name in the chart.
  it("the learners' parts by role only", () => {
    const e = {
      ...encounter(),
      learners: [
        {
          learnerId: "aaaaaaaa-0000-4000-8000-000000000009",
          role: "resident" as const,
          participation: "led" as const,
          recordedBy: OID,
          recordedAt: at,
        },
      ],
    };
    const facts = noteFactsOf(e, at);
    expect(facts.learners).toEqual([{ role: "resident", participation: "led" }]);
    expect(JSON.stringify(facts)).not.toContain("000000000009");
  });

  // 003 §1.1: a group — participants and consents recorded.
  it("a group's counts; none for one patient; nothing of the people without a consent", () => {
    const group = { participants: 5, consentsRecorded: 4, conductRulesCommitment: true };
    expect(noteFactsOf(withConsent({ group }), at).group).toEqual({ participants: 5, consentsRecorded: 4 });
    expect(noteFactsOf(encounter(), at)).not.toHaveProperty("group");
    const none = noteFactsOf({ ...encounter(), consents: [] }, at);
    expect(none).not.toHaveProperty("identityDocument");
    expect(none).not.toHaveProperty("companions");
    expect(none).not.toHaveProperty("inPersonOffer");
  });
});
