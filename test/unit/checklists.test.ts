import { describe, expect, it } from "vitest";
import { CHECKLISTS, checklistFor } from "../../bot/src/domain/checklists.js";
import { CHECKLIST_PROFILES } from "../../bot/src/domain/teamConfig.js";

describe("pre-session checklists by profession (R-checklists)", () => {
  it("has a checklist for every profile, each item bilingual, with a unique id and a seed source", () => {
    for (const profile of CHECKLIST_PROFILES) {
      const items = checklistFor(profile);
      expect(items.length).toBeGreaterThan(3);
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      for (const item of items) {
        expect(item.label["fr-CA"].length).toBeGreaterThan(10);
        expect(item.label.en.length).toBeGreaterThan(10);
        expect(item.label["fr-CA"]).not.toBe(item.label.en);
      }
    }
  });

  // Medicine items come from seed 003: §1.1 confidential place, §1.3.5 identity, §3 contingency, §1.3.1 consent and limits, §1.3.6 caregivers.
  it("medicine cites 003 for the ministry's rules", () => {
    const sources = Object.fromEntries(CHECKLISTS.medicine.map((i) => [i.id, i.source]));
    expect(sources).toMatchObject({
      confidentialPlace: "003 §1.1",
      identity: "003 §1.3.5",
      contingency: "003 §3",
      consent: "003 §1.3.1",
      limitsExplained: "003 §1.3.1",
    });
    expect(sources.caregivers).toContain("003 §1.3.6");
    expect(CHECKLISTS.medicine.every((i) => i.source.startsWith("003"))).toBe(true);
  });

  // 004: identity, psychological state, privacy of both rooms, private network, camera and light, crisis resources, recording forbidden without written consent of both, response delays.
  it("career counselling comes from seed 004", () => {
    const ids = CHECKLISTS.careerCounselling.map((i) => i.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "identity",
        "psychologicalState",
        "privacyBothRooms",
        "privateNetwork",
        "cameraLight",
        "localResources",
        "noRecording",
        "responseDelays",
      ]),
    );
    expect(CHECKLISTS.careerCounselling.every((i) => i.source === "004")).toBe(true);
  });

  // 001, « Liste de vérification » : limits of confidentiality, technical failure, identity, crisis, response delays.
  it("social work comes from the checklist of seed 001", () => {
    const ids = CHECKLISTS.socialWork.map((i) => i.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "confidentialityLimits",
        "technicalFailure",
        "identity",
        "crisisPlan",
        "messageFrequency",
      ]),
    );
    expect(CHECKLISTS.socialWork.every((i) => i.source.startsWith("001"))).toBe(true);
  });

  // 002: informed consent on electronic tools (ACCP B17), response delay, not for urgent matters, encryption.
  it("counselling comes from seed 002", () => {
    const ids = CHECKLISTS.counselling.map((i) => i.id);
    expect(ids).toEqual(
      expect.arrayContaining(["informedConsentTools", "responseDelay", "notForUrgent", "encryptedEmail"]),
    );
    expect(CHECKLISTS.counselling.every((i) => i.source.startsWith("002"))).toBe(true);
  });
});
