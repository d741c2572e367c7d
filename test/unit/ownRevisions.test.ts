/**
 * The side panel's forms share a revision counter (the plan and the location both move `planRev`): a form the
 * clinician started before their own last save is still theirs to save, but never over someone else's change.
 */
import { describe, expect, it } from "vitest";
import { OwnRevisions } from "../../tab/src/hooks/ownRevisions.js";

const at = (planRev: number, consentRev = 0) => ({ id: "enc.1", planRev, consentRev });

describe("a form started before the panel's own change (tab/src/hooks/ownRevisions.ts)", () => {
  it("follows the panel's own steps to the current revision", () => {
    const own = new OwnRevisions();
    own.record({ planRev: 3, regionCode: "04" }, at(4));
    own.record({ planRev: 4 }, at(5));
    expect(own.rebase(at(5), { planRev: 3, agreedWithPatient: true })).toEqual({ planRev: 5, agreedWithPatient: true });
  });

  it("stops at a step someone else took: the service then refuses it (409)", () => {
    const own = new OwnRevisions();
    own.record({ planRev: 3 }, at(4));
    expect(own.rebase(at(5), { planRev: 3 })).toEqual({ planRev: 3 });
  });

  it("keeps each counter and each encounter apart", () => {
    const own = new OwnRevisions();
    own.record({ planRev: 3 }, at(4));
    expect(own.rebase(at(4, 4), { consentRev: 3 })).toEqual({ consentRev: 3 });
    expect(own.rebase({ ...at(4), id: "enc.2" }, { planRev: 3 })).toEqual({ planRev: 3 });
  });
});
