import { describe, expect, it } from "vitest";
import {
  recordConsent,
  recordLocation,
  recordPlan,
  setPhysicalPresenceRequired,
  withdrawCurrentConsent,
  type Encounter,
} from "../../bot/src/domain/encounter.js";
import {
  allConditionsMet,
  answerPhysicalPresence,
  describeCondition,
  regulationConditions,
  type ConditionId,
  type RegulationContext,
} from "../../bot/src/domain/regulation2024.js";
import { completeConsent } from "../support/consentFixtures.js";
import { agreedPlan, confirmedLocation, openEncounter, ORGANIZER } from "../support/contingencyFixtures.js";

const OID = ORGANIZER.aadObjectId;
const e0 = openEncounter();
const consent = completeConsent({ recordedBy: OID, recordedAt: "2026-11-23T14:01:00.000Z" });
const plan = agreedPlan({ emergencyContactConfirmed: false });
const inRegion = (e: Encounter, regionCode: "06" | "11" = "06") => recordLocation(e, confirmedLocation({ regionCode }));
const WITH_CORRIDOR: RegulationContext = { missingCorridor: false };

const condition = (e: Encounter, id: ConditionId, context = WITH_CORRIDOR) =>
  regulationConditions(e, context).find((c) => c.id === id)!;
const states = (e: Encounter, context = WITH_CORRIDOR) =>
  Object.fromEntries(regulationConditions(e, context).map((c) => [c.id, c.state]));

// Regulation S-4.2, r. 23.1, art. 1 (in force 2024-09-26)
describe("the four conditions of the 2024 regulation on remote services (R-regulation-2024)", () => {
  it("are not met at the start: nothing is recorded, and where the person is has yet to be confirmed", () => {
    expect(states(e0)).toEqual({
      consent: "notMet",
      noPhysicalPresence: "toConfirm",
      contingencyPlan: "notMet",
      inPersonFollowUp: "toConfirm",
    });
  });

  it("are all met with a consent, no presence needed, a plan, a corridor and the person's region", () => {
    const e = inRegion(recordPlan(setPhysicalPresenceRequired(recordConsent(e0, consent), false), plan));
    expect(allConditionsMet(regulationConditions(e, WITH_CORRIDOR))).toBe(true);
  });
});

// Regulation art. 1, 1°: the person consents; 003 §1.1, §1.3
describe("condition 1, derived from the consent recorded", () => {
  // The gaps of a consent given (identity, limits…) are details to complete, not a consent missing.
  it("is met by a consent with gaps, which are listed as details", () => {
    const e = recordConsent(e0, { ...consent, identityDocumentKind: "notChecked", limitsExplained: false });
    const c = condition(e, "consent");
    expect(c.state).toBe("met");
    expect(c.details).toEqual([{ kind: "consentGaps", gaps: ["limitsExplained", "identity"] }]);
    expect(describeCondition(c, "fr-CA").details).toEqual([
      "À compléter : l'explication des limites de la télésanté et la vérification de l'identité (carte RAMQ ou autre pièce).",
    ]);
  });

  // 003 §1.1: the scope must cover this session; a group needs every participant's consent.
  it("is not met when the consent does not cover this session, or some participants of a group have not consented", () => {
    const noSession = { ...consent, scope: { session: false, recording: false, informationSharing: true } };
    expect(condition(recordConsent(e0, noSession), "consent").state).toBe("notMet");
    const group = { participants: 6, consentsRecorded: 5, conductRulesCommitment: true };
    expect(condition(recordConsent(e0, { ...consent, group }), "consent").state).toBe("notMet");
    const everyone = { ...group, consentsRecorded: 6 };
    expect(condition(recordConsent(e0, { ...consent, group: everyone }), "consent").state).toBe("met");
  });

  // 003 §1.3.7: offered in person, the person chose it — a refusal of telehealth, not a consent.
  it("is not met when the person refuses telehealth, and says so", () => {
    const refused = recordConsent(e0, { ...consent, method: null, inPersonAnswer: "accepted" });
    const c = condition(refused, "consent");
    expect(c).toMatchObject({ state: "notMet", details: [{ kind: "telehealthRefused" }] });
    expect(describeCondition(c, "en").details[0]).toContain("they refuse telehealth (MSSS guidelines §1.3.7)");
    const chose = recordConsent(e0, { ...consent, inPersonAnswer: "declined" });
    expect(condition(chose, "consent").state).toBe("met");
  });

  // 003 §1.3.2: revocable at any time
  it("is not met once the consent is withdrawn", () => {
    const withdrawn = withdrawCurrentConsent(recordConsent(e0, consent), OID, "2026-11-23T14:20:00.000Z");
    expect(condition(withdrawn, "consent")).toMatchObject({ state: "notMet", details: [{ kind: "consentWithdrawn" }] });
  });

  // art. 1 (2) + 003 §5, answered from the side panel: the consent form's revision moves, so an outdated one cannot
  // answer over it; the same answer again changes nothing
  it("answers condition 2 on its own as a consent change", () => {
    const required = answerPhysicalPresence(e0, true);
    expect([states(required).noPhysicalPresence, required.consentRev]).toEqual(["notMet", e0.consentRev + 1]);
    expect(answerPhysicalPresence(required, true)).toBe(required);
    expect(answerPhysicalPresence(required, false).consentRev).toBe(e0.consentRev + 2);
  });

  // 003 §1.3.3: urgent transfer, consent impossible — shown as an exception, not as met
  it("shows the emergency exception", () => {
    expect(states(recordConsent(e0, { ...consent, method: null, emergencyException: true })).consent).toBe("exception");
  });
});

// Regulation art. 1, 2°: no examination or support that cannot be offered remotely; 003 §5
describe("condition 2, derived from the clinician's answer", () => {
  it("is to confirm until answered, met when no presence is needed, not met when it is", () => {
    expect(condition(e0, "noPhysicalPresence")).toMatchObject({
      state: "toConfirm",
      details: [{ kind: "presenceToConfirm" }],
    });
    expect(states(setPhysicalPresenceRequired(e0, false)).noPhysicalPresence).toBe("met");
    expect(states(setPhysicalPresenceRequired(e0, true)).noPhysicalPresence).toBe("notMet");
  });

  it("is worded as the regulation words it: an examination or a support that cannot be offered remotely", () => {
    const { label } = describeCondition(condition(e0, "noPhysicalPresence"), "fr-CA");
    expect(label).toContain("en présence l'une de l'autre");
    expect(label).toContain("un examen ou un soutien qui ne peuvent être offerts à distance");
  });
});

// Regulation art. 1, 3°: a contingency plan has been drawn up; 003 §3
describe("condition 3, derived from the plan recorded", () => {
  it("is met once a plan is drawn up, what remains to agree or confirm shown as details", () => {
    expect(condition(e0, "contingencyPlan").state).toBe("notMet");
    const drafted = recordPlan(e0, { ...plan, agreedWithPatient: false, phoneVerified: false });
    const c = condition(drafted, "contingencyPlan");
    expect(c).toMatchObject({ state: "met", details: [{ kind: "planGaps", gaps: ["agreed", "contactVerified"] }] });
    expect(describeCondition(c, "en").details).toEqual([
      "Plan drawn up; the guidelines (§3) still ask for agreeing it with the person and confirming their phone number or e-mail address.",
    ]);
    expect(describeCondition(c, "fr-CA").details).toEqual([
      "Plan élaboré; selon les Orientations (§3), reste à en convenir avec la personne et confirmer son téléphone ou son courriel.",
    ]);
    expect(condition(recordPlan(e0, plan), "contingencyPlan").details).toEqual([]);
  });
});

// Regulation art. 1, 4°: an in-person follow-up can be offered; 003 §1.1, §4
describe("condition 4, derived from the team's corridor and the person's region", () => {
  it("is not met without a valid corridor in the team", () => {
    expect(condition(inRegion(e0), "inPersonFollowUp", { missingCorridor: true })).toMatchObject({
      state: "notMet",
      details: [{ kind: "noCorridor" }],
    });
  });

  it("is to confirm while the encounter has no team: nothing can be said of a corridor", () => {
    expect(condition(inRegion(e0), "inPersonFollowUp", { missingCorridor: false, teamUnknown: true }).state).toBe(
      "toConfirm",
    );
  });

  // 003 §1.1: a geographic distance that allows an in-person appointment, or a corridor for it.
  it("is to confirm until the person's region is known, then met with the region beside the team's corridor", () => {
    expect(condition(e0, "inPersonFollowUp")).toMatchObject({
      state: "toConfirm",
      details: [{ kind: "regionToConfirm" }],
    });
    const c = condition(inRegion(e0, "11"), "inPersonFollowUp");
    expect(c).toMatchObject({ state: "met", details: [{ kind: "corridorForRegion", regionCode: "11" }] });
    expect(describeCondition(c, "fr-CA").details[0]).toContain("la personne est en région 11 — Gaspésie");
  });

  // Regulation art. 1, last paragraph: an activity organised by an establishment — conditions 1 to 3 apply.
  it("does not apply to an activity organised by the establishment, whose other conditions still apply", () => {
    const group = {
      participants: 8,
      consentsRecorded: 8,
      conductRulesCommitment: true,
      organisedByEstablishment: true,
    };
    const activity = recordPlan(setPhysicalPresenceRequired(recordConsent(e0, { ...consent, group }), false), plan);
    const noCorridor = { missingCorridor: true };
    expect(states(activity, noCorridor)).toEqual({
      consent: "met",
      noPhysicalPresence: "met",
      contingencyPlan: "met",
      inPersonFollowUp: "notApplicable",
    });
    expect(allConditionsMet(regulationConditions(activity, noCorridor))).toBe(true);
    expect(allConditionsMet(regulationConditions(setPhysicalPresenceRequired(activity, true), noCorridor))).toBe(false);
  });
});
