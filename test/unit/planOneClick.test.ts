/** The plan's one click (003 §3; encounterCommandCatalog.ts): two facts recorded, and only them. */
import { describe, expect, it } from "vitest";
import { recordPlan } from "../../bot/src/domain/encounter.js";
import { agreePlanWithNumberCommand } from "../../bot/src/encounters/encounterCommandCatalog.js";
import { agreedPlan, openEncounter, ORGANIZER } from "../support/contingencyFixtures.js";

const e0 = openEncounter();
const BY = ORGANIZER.aadObjectId;
const AT = "2026-11-23T14:03:00.000Z";

describe("Plan convenu — numéro de rappel confirmé", () => {
  it("records the plan agreed and the phone confirmed, nothing else, with the team's delay", () => {
    const e = agreePlanWithNumberCommand(10).change(e0, BY, AT);
    expect(e.plan).toEqual({
      ...{ callbackDelayMinutes: 10, phoneVerified: true, agreedWithPatient: true },
      ...{ emailVerified: false, emergencyContactConfirmed: false, recordedBy: BY, recordedAt: AT },
    });
    expect(e.planRev).toBe(1);
  });

  it("keeps the e-mail and emergency contact as recorded before", () => {
    const noted = agreedPlan({ phoneVerified: false, agreedWithPatient: false, emailVerified: true });
    const e = agreePlanWithNumberCommand(10).change(recordPlan(e0, noted), BY, AT);
    expect(e.plan).toMatchObject({ emailVerified: true, emergencyContactConfirmed: true, phoneVerified: true });
  });
});
