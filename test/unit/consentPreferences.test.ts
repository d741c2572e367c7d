/** A clinician's usual consent choices (domain/consentPreferences.ts): their practice, never a patient's situation. */
import { describe, expect, it } from "vitest";
import { consentEntryOf, type ConsentEntry } from "../../bot/src/domain/consent.js";
import { entryFromPreferences, preferencesFrom } from "../../bot/src/domain/consentPreferences.js";
import { USUAL_CONSENT } from "../support/consentFixtures.js";

const PLAIN: ConsentEntry = {
  ...consentEntryOf(undefined),
  method: "verbal",
  identityDocumentKind: "ramqCard",
  limitsExplained: true,
  inPersonOffer: "declined",
};

describe("the usual consent choices", () => {
  // 003 §1.1, §1.3.1, §1.3.5, §1.3.7
  it("keep how consent is taken, the session scope, the ID kind, the limits and the in-person offer", () => {
    expect(preferencesFrom(PLAIN)).toEqual(USUAL_CONSENT);
    expect(entryFromPreferences(preferencesFrom(PLAIN)!)).toEqual(PLAIN);
  });

  // 003 §1.3.6, §1.3.9, §8.7; 001, 004 (recording: written consent of both, every time)
  it("never carry over this visit's people nor a recording", () => {
    const visit = {
      ...PLAIN,
      caregivers: "presentWithConsent",
      interpreterPresent: true,
      scopeRecording: true,
    } as const;
    expect(entryFromPreferences(preferencesFrom(visit)!)).toEqual(PLAIN);
  });

  // 003 §1.3.2, §1.3.3, §1.3.7, §1.1
  it("remember nothing from a refusal, the emergency exception, a substitute's consent or a group", () => {
    for (const unusual of [
      { inPersonOffer: "accepted" },
      { emergencyException: true },
      { substituteConsent: true },
      { participants: 3, consentsRecorded: 3 },
      { method: "" },
    ] as const)
      expect(preferencesFrom({ ...PLAIN, ...unusual }), JSON.stringify(unusual)).toBeUndefined();
  });
});
