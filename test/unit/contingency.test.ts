import { describe, expect, it } from "vitest";
import {
  appendIncident,
  connectionLosses,
  MAX_INCIDENTS,
  planStanding,
  planStatus,
  type ContingencyPlan,
} from "../../bot/src/domain/contingency.js";

const plan: ContingencyPlan = {
  callbackDelayMinutes: 5,
  phoneVerified: true,
  emailVerified: false,
  emergencyContactConfirmed: true,
  agreedWithPatient: true,
  recordedBy: "oid-1",
  recordedAt: "2026-11-23T14:00:00.000Z",
};

describe("contingency plan (R-contingency)", () => {
  // 003 §3: a contingency plan is mandatory
  it("is missing when none was recorded", () => {
    expect(planStatus(undefined)).toEqual({ kind: "missing", gaps: ["agreed", "contactVerified"] });
  });

  // 003 §3: agreed beforehand with the patient
  it("is not in place until agreed with the patient", () => {
    expect(planStatus({ ...plan, agreedWithPatient: false })).toEqual({ kind: "missing", gaps: ["agreed"] });
  });

  // 003 §3: the patient's phone or e-mail confirmed beforehand
  it("needs the phone or the e-mail confirmed beforehand", () => {
    expect(planStatus({ ...plan, phoneVerified: false })).toEqual({ kind: "missing", gaps: ["contactVerified"] });
    expect(planStatus({ ...plan, phoneVerified: false, emailVerified: true })).toEqual({ kind: "agreed" });
  });

  // 003 §3: what the cards say of the plan — an agreement without a confirmed phone or e-mail is still an agreement.
  it("stands as agreed, agreed with the contact still to confirm, or not agreed", () => {
    expect(planStanding(undefined)).toBe("none");
    expect(planStanding(plan)).toBe("agreed");
    expect(planStanding({ ...plan, phoneVerified: false })).toBe("contactToConfirm");
    expect(planStanding({ ...plan, agreedWithPatient: false })).toBe("notAgreed");
    expect(planStanding({ ...plan, agreedWithPatient: false, phoneVerified: false })).toBe("notAgreed");
  });

  it("keeps a bounded list of incidents", () => {
    let incidents = appendIncident([], { kind: "connectionLost", at: "2026-11-23T14:00:00.000Z", by: "oid" });
    for (let i = 0; i < MAX_INCIDENTS + 5; i++)
      incidents = appendIncident(incidents, { kind: "connectionLost", at: "2026-11-23T14:01:00.000Z", by: "oid" });
    expect(incidents).toHaveLength(MAX_INCIDENTS);
  });
});

// 003 §3: a connection loss is a technology incident; a crisis or the switch to phone is not counted as one.
describe("connection losses", () => {
  it("are the connectionLost incidents, in order", () => {
    const at = (m: number) => `2026-11-23T14:${String(m).padStart(2, "0")}:00.000Z`;
    const lost = { kind: "connectionLost" as const, at: at(1), by: "oid" };
    const later = { ...lost, at: at(9) };
    const others = [
      { kind: "crisis" as const, at: at(5), by: "oid" },
      { kind: "switchedToPhone" as const, at: at(6), by: "oid" },
    ];
    expect(connectionLosses([lost, ...others, later])).toEqual([lost, later]);
  });
});
