import { describe, expect, it } from "vitest";
import { recordLocation, recordPlan, reportConnectionLost, reportCrisis } from "../../bot/src/domain/encounter.js";
import { crisisSteps, recordedCrisisAt, reportedCrisis } from "../../bot/src/domain/crisis.js";
import {
  agreedPlan,
  confirmedLocation,
  openEncounter,
  ORGANIZER,
  regionalCrisisLines,
} from "../support/contingencyFixtures.js";

const OID = ORGANIZER.aadObjectId;
const e0 = openEncounter();
const TEAM = regionalCrisisLines();

describe("a crisis during the encounter (001, 004; 003 §3)", () => {
  // DESIGN, privacy: a code and a time, nothing said.
  it("is recorded as an incident: its kind, its time and who reported it", () => {
    const e = reportCrisis(e0, OID, "2026-11-23T14:20:00.000Z");
    expect(e.incidents).toEqual([{ kind: "crisis", at: "2026-11-23T14:20:00.000Z", by: OID }]);
    expect(e.planRev).toBe(e0.planRev + 1);
  });

  // 004: 9-1-1 for where the person is, and the lines near them, once the region of this visit is confirmed.
  it("gives the region of this visit and only the lines serving it", () => {
    const located = recordLocation(e0, confirmedLocation({ regionCode: "13" }));
    const steps = crisisSteps(located, TEAM);
    expect(steps.region).toBe("13");
    expect(steps.resources.map((r) => r.id)).toContain("crise-laval");
    expect(steps.resources.map((r) => r.id)).not.toContain("crise-mtl");
    expect(steps.resources[0]?.id).toBe("911");
  });

  it("gives no region before one is confirmed, and every line", () => {
    const steps = crisisSteps(e0, TEAM);
    expect(steps.region).toBeUndefined();
    expect(steps.resources.map((r) => r.id)).toEqual(expect.arrayContaining(["crise-laval", "crise-mtl"]));
  });

  // 001: the emergency contact the person authorised — only when the plan recorded it.
  it("says the emergency contact is authorised only when the recorded plan confirmed it", () => {
    expect(crisisSteps(recordPlan(e0, agreedPlan()), TEAM).emergencyContactAuthorised).toBe(true);
    expect(
      crisisSteps(recordPlan(e0, agreedPlan({ emergencyContactConfirmed: false })), TEAM).emergencyContactAuthorised,
    ).toBe(false);
    expect(crisisSteps(e0, TEAM).emergencyContactAuthorised).toBe(false);
  });

  it("stands for the crisis just recorded; an outdated card that recorded nothing stands for none", () => {
    const reported = reportCrisis(e0, OID, "2026-11-23T14:20:00.000Z");
    expect(reportedCrisis(reported)?.at).toBe("2026-11-23T14:20:00.000Z");
    expect(reportedCrisis(reportConnectionLost(reported, OID, "2026-11-23T14:25:00.000Z"))).toBeUndefined();
    expect(reportedCrisis(e0)).toBeUndefined();
  });

  it("lets the resources be posted for a crisis recorded at that time only", () => {
    const reported = reportCrisis(e0, OID, "2026-11-23T14:20:00.000Z");
    expect(recordedCrisisAt(reported, "2026-11-23T14:20:00.000Z")?.kind).toBe("crisis");
    expect(recordedCrisisAt(reported, "2026-11-23T14:21:00.000Z")).toBeUndefined();
    const lost = reportConnectionLost(e0, OID, "2026-11-23T14:20:00.000Z");
    expect(recordedCrisisAt(lost, "2026-11-23T14:20:00.000Z")).toBeUndefined();
  });
});
