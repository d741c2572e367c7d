import { describe, expect, it } from "vitest";
import {
  newEncounter,
  recordConsent,
  recordPlan,
  setPhysicalPresenceRequired,
} from "../../bot/src/domain/encounter.js";
import { allConditionsMet, answerPhysicalPresence, regulationConditions } from "../../bot/src/domain/regulation2024.js";
import type { ConsentRecord } from "../../bot/src/domain/consent.js";

const e0 = newEncounter({
  tenantId: "t",
  meetingId: "m",
  conversationId: "c",
  startedAt: "2026-11-23T14:00:00Z",
  organizerId: "oid",
});
const consent: ConsentRecord = {
  method: "verbal",
  scope: { session: true, recording: false, informationSharing: false },
  identityDocumentKind: "ramqCard",
  limitsExplained: true,
  inPersonOffered: true,
  caregivers: "none",
  supportStaff: "none",
  substituteConsent: false,
  emergencyException: false,
  recordedBy: "oid",
  recordedAt: "2026-11-23T14:01:00.000Z",
};
const plan = {
  callbackDelayMinutes: 5,
  phoneVerified: true,
  emailVerified: false,
  emergencyContactConfirmed: false,
  agreedWithPatient: true,
  recordedBy: "oid",
  recordedAt: "2026-11-23T14:02:00.000Z",
};
const states = (e: typeof e0, missingCorridor = false) =>
  Object.fromEntries(regulationConditions(e, { missingCorridor }).map((c) => [c.id, c.state]));

// Regulation S-4.2, r. 23.1, art. 1 (in force 2024-09-26)
describe("the four conditions of the 2024 regulation on remote services (R-regulation-2024)", () => {
  it("are not met at the start, except the in-person follow-up when the team has a corridor", () => {
    expect(states(e0)).toEqual({
      consent: "notMet",
      noPhysicalPresence: "toConfirm",
      contingencyPlan: "notMet",
      inPersonFollowUp: "met",
    });
  });

  it("are all met with a valid consent, no presence needed, an agreed plan and a corridor", () => {
    const e = recordPlan(setPhysicalPresenceRequired(recordConsent(e0, consent), false), plan);
    expect(allConditionsMet(regulationConditions(e, { missingCorridor: false }))).toBe(true);
  });

  // art. 1 (4) + 003 §4: no valid in-person corridor, no in-person follow-up can be offered
  it("fail the in-person condition without a valid corridor", () => {
    expect(states(e0, true).inPersonFollowUp).toBe("notMet");
  });

  // art. 1 (2) + 003 §5: a needed physical exam rules out the remote service
  it("fail condition 2 when the service needs both to be present", () => {
    expect(states(setPhysicalPresenceRequired(e0, true)).noPhysicalPresence).toBe("notMet");
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
  it("show the emergency exception on the consent condition", () => {
    expect(states(recordConsent(e0, { ...consent, method: null, emergencyException: true })).consent).toBe("exception");
  });

  // Regulation art. 1 (4): with no team known yet, nothing can be said of an in-person corridor
  it("leaves the in-person follow-up to confirm while the encounter has no team", () => {
    expect(
      regulationConditions(e0, { missingCorridor: false, teamUnknown: true }).find((c) => c.id === "inPersonFollowUp")
        ?.state,
    ).toBe("toConfirm");
  });
});
