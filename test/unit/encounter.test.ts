import { describe, expect, it } from "vitest";
import {
  addClinician,
  closeEncounter,
  encounterIdFor,
  MAX_REFRESH_USERS,
  newEncounter,
  parseEncounterId,
  recordConsent,
  reportConnectionLost,
  summarize,
  switchToPhone,
  withdrawCurrentConsent,
} from "../../bot/src/domain/encounter.js";
import type { ConsentRecord } from "../../bot/src/domain/consent.js";

const MEETING = "MCMxOTptZWV0aW5nX1pXTTR/+aGE=@thread.v2#0";
const e0 = newEncounter({
  tenantId: "t",
  meetingId: MEETING,
  conversationId: "c",
  startedAt: "2026-11-23T14:00:00Z",
  organizerId: "oid-org",
  organizerUserId: "29:org",
});
const consent: ConsentRecord = {
  method: "written",
  scope: { session: true, recording: false, informationSharing: false },
  identityDocumentKind: "otherId",
  limitsExplained: true,
  inPersonOffered: true,
  caregivers: "none",
  supportStaff: "none",
  substituteConsent: false,
  emergencyException: false,
  recordedBy: "oid-org",
  recordedAt: "2026-11-23T14:01:00.000Z",
};

describe("encounter identity (one per meeting occurrence)", () => {
  it("derives a key-safe id from the meeting id and the occurrence start, and parses it back", () => {
    const id = encounterIdFor(MEETING, "2026-11-23T14:00:00.000Z");
    expect(id).toMatch(/^[A-Za-z0-9_.-]+$/);
    expect(parseEncounterId(id)).toEqual({ meetingId: MEETING, startedAtMs: Date.parse("2026-11-23T14:00:00.000Z") });
  });

  it("gives two occurrences of a recurring meeting two ids, and the same start the same id", () => {
    expect(encounterIdFor(MEETING, "2026-11-23T14:00:00Z")).toBe(encounterIdFor(MEETING, "2026-11-23T14:00:00.000Z"));
    expect(encounterIdFor(MEETING, "2026-11-30T14:00:00Z")).not.toBe(encounterIdFor(MEETING, "2026-11-23T14:00:00Z"));
  });

  it("refuses malformed ids", () => {
    expect(parseEncounterId("../../etc")).toBeUndefined();
    expect(parseEncounterId("abc")).toBeUndefined();
  });
});

describe("encounter transitions", () => {
  it("starts open, by video, with the organiser as the clinician", () => {
    expect(e0).toMatchObject({
      status: "open",
      modality: "video",
      clinicianIds: ["oid-org"],
      refreshUserIds: ["29:org"],
      noteStatus: "notDue",
    });
  });

  // 003 §1.1, §8.8: the note obligation opens when the encounter closes
  it("closes exactly once and opens the note obligation", () => {
    const closed = closeEncounter(e0, "2026-11-23T14:45:00.000Z", "meetingEnd");
    expect(closed).toMatchObject({
      status: "closed",
      endedAt: "2026-11-23T14:45:00.000Z",
      closedBy: "meetingEnd",
      noteStatus: "due",
    });
    expect(closeEncounter(closed, "2026-11-23T16:00:00.000Z", "scheduler")).toBe(closed);
  });

  // 003 §3: phone as the fallback — the modality change is recorded once
  it("records the switch to phone once, as an incident", () => {
    const phone = switchToPhone(e0, "oid-org", "2026-11-23T14:20:00.000Z");
    expect(phone.modality).toBe("phone");
    expect(phone.incidents).toEqual([{ kind: "switchedToPhone", at: "2026-11-23T14:20:00.000Z", by: "oid-org" }]);
    expect(switchToPhone(phone, "oid-org", "2026-11-23T14:21:00.000Z")).toBe(phone);
  });

  it("bumps the consent revision on each consent change and the plan revision on each contingency change", () => {
    const withConsent = recordConsent(e0, consent);
    expect([withConsent.consentRev, withConsent.planRev]).toEqual([1, 0]);
    const lost = reportConnectionLost(withConsent, "oid-org", "2026-11-23T14:10:00.000Z");
    expect([lost.consentRev, lost.planRev]).toEqual([1, 1]);
    const withdrawn = withdrawCurrentConsent(lost, "oid-org", "2026-11-23T14:11:00.000Z");
    expect(withdrawn.consentRev).toBe(2);
    expect(withdrawCurrentConsent(withdrawn, "oid-org", "2026-11-23T14:12:00.000Z")).toBe(withdrawn);
  });

  it("adds a co-organiser once and keeps refresh.userIds within Teams' limit of 60", () => {
    expect(addClinician(e0, "oid-org", "29:org")).toBe(e0);
    let e = e0;
    for (let i = 0; i < 70; i++) e = addClinician(e, `oid-${i}`, `29:u${i}`);
    expect(e.refreshUserIds).toHaveLength(MAX_REFRESH_USERS);
    expect(e.clinicianIds).toHaveLength(71);
  });

  it("summarises for the activity view", () => {
    const e = closeEncounter(recordConsent(e0, consent), "2026-11-23T14:30:00.000Z", "meetingEnd");
    expect(summarize(e)).toMatchObject({
      consentStatus: "valid",
      consentKind: "written",
      durationMinutes: 30,
      planAgreed: false,
      incidentsCount: 0,
      participantCount: 1,
      // Regulation art. 1: the conditions as the encounter decides them; no team, so condition 4 is to confirm.
      regulation: {
        consent: "met",
        noPhysicalPresence: "toConfirm",
        contingencyPlan: "notMet",
        inPersonFollowUp: "toConfirm",
      },
    });
  });

  // 003 §1.3.7: the activity view tells a refusal of telehealth from a consent.
  it("summarises a refusal of telehealth as such, never as its method", () => {
    const refused = recordConsent(e0, { ...consent, inPersonAnswer: "accepted" });
    expect(summarize(refused)).toMatchObject({ consentStatus: "refused", consentKind: "refused" });
  });
});
