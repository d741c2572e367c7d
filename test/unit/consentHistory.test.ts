import { describe, expect, it } from "vitest";
import type { ConsentRecord } from "../../bot/src/domain/consent.js";
import {
  appendConsent,
  CONSENT_RECORDS_KEPT,
  consentsRecordedCount,
  keepRecentConsents,
  withdrawCurrent,
  type ConsentHistory,
} from "../../bot/src/domain/consentHistory.js";
import { newEncounter, recordConsent, withdrawCurrentConsent } from "../../bot/src/domain/encounter.js";
import { completeConsent } from "../support/consentFixtures.js";

const at = (i: number) => new Date(Date.parse("2026-11-23T14:00:00.000Z") + i * 60_000).toISOString();
const consent = (i: number): ConsentRecord => completeConsent({ recordedAt: at(i) });
const recorded = (times: number): ConsentHistory =>
  Array.from({ length: times }, (_, i) => i).reduce<ConsentHistory>((h, i) => appendConsent(h, consent(i)), {
    consents: [],
  });

describe("the consent history an encounter keeps (R-consent)", () => {
  // 003 §1.1: consent is documented — the current one always, with the ones just before it
  it("keeps every consent up to the bound, the current one last", () => {
    const h = recorded(CONSENT_RECORDS_KEPT);
    expect(h.consents).toHaveLength(CONSENT_RECORDS_KEPT);
    expect(h.consents.at(-1)?.recordedAt).toBe(at(CONSENT_RECORDS_KEPT - 1));
    expect(h.consentsInAuditOnly ?? 0).toBe(0);
  });

  // 003 §1.1: past the bound the oldest leave the encounter (they are in the audit) and are counted, never lost
  it("lets the oldest go past the bound and counts them", () => {
    const h = recorded(500);
    expect(h.consents).toHaveLength(CONSENT_RECORDS_KEPT);
    expect(h.consents[0]?.recordedAt).toBe(at(500 - CONSENT_RECORDS_KEPT));
    expect(h.consents.at(-1)?.recordedAt).toBe(at(499));
    expect(h.consentsInAuditOnly).toBe(500 - CONSENT_RECORDS_KEPT);
    expect(consentsRecordedCount(h)).toBe(500);
  });

  // 003 §1.3.2: revocable at any time — however much was recorded before
  it("withdraws the current consent of a long history, within the bound", () => {
    const h = withdrawCurrent(recorded(500), "oid-patient-side", at(600));
    expect(h.consents).toHaveLength(CONSENT_RECORDS_KEPT);
    expect(h.consents.at(-1)).toMatchObject({
      recordedAt: at(499),
      withdrawnAt: at(600),
      withdrawnBy: "oid-patient-side",
    });
    expect(consentsRecordedCount(h)).toBe(500);
  });

  // 003 §1.3.2: a history stored before the bound existed is brought within it by the withdrawal
  it("brings an oversized history within the bound when consent is withdrawn", () => {
    const stored: ConsentHistory = { consents: Array.from({ length: 92 }, (_, i) => consent(i)) };
    const h = withdrawCurrent(stored, "oid", at(100));
    expect(h.consents).toHaveLength(CONSENT_RECORDS_KEPT);
    expect(h.consentsInAuditOnly).toBe(92 - CONSENT_RECORDS_KEPT);
    expect(h.consents.at(-1)?.withdrawnAt).toBe(at(100));
  });

  it("withdrawing nothing (none recorded, or already withdrawn) changes nothing", () => {
    const none: ConsentHistory = { consents: [] };
    expect(withdrawCurrent(none, "oid", at(1))).toBe(none);
    const withdrawn = withdrawCurrent(recorded(2), "oid", at(5));
    expect(withdrawCurrent(withdrawn, "oid", at(6))).toBe(withdrawn);
  });

  it("always keeps the current consent, whatever the bound asked for", () => {
    expect(keepRecentConsents(recorded(3), 0).consents).toEqual([consent(2)]);
  });

  // Azure Tables holds at most 32 K characters in a string column: the bound keeps the stored history far below,
  // even with the longest record (group session, withdrawn).
  it("keeps the stored history a few kilobytes, the longest records included", () => {
    const longest: ConsentRecord = {
      ...consent(0),
      group: { participants: 200, consentsRecorded: 200, conductRulesCommitment: true },
      withdrawnAt: at(1),
      withdrawnBy: "aaaaaaaa-0000-4000-8000-000000000002",
    };
    const h = Array.from({ length: 1000 }).reduce<ConsentHistory>((acc) => appendConsent(acc, longest), {
      consents: [],
    });
    expect(JSON.stringify(h.consents).length).toBeLessThan(8_000);
  });

  it("is the encounter's rule: recording and withdrawing bump the revision and keep the bound", () => {
    const e0 = newEncounter({
      tenantId: "t",
      meetingId: "m",
      conversationId: "c",
      startedAt: "2026-11-23T14:00:00.000Z",
    });
    const e = Array.from({ length: 50 }, (_, i) => i).reduce((acc, i) => recordConsent(acc, consent(i)), e0);
    expect(e.consentRev).toBe(50);
    expect(e.consents).toHaveLength(CONSENT_RECORDS_KEPT);
    expect(e.consentsInAuditOnly).toBe(40);
    const w = withdrawCurrentConsent(e, "oid", at(60));
    expect(w.consentRev).toBe(51);
    expect(w.consents.at(-1)?.withdrawnAt).toBe(at(60));
    expect(withdrawCurrentConsent(w, "oid", at(61))).toBe(w);
  });
});
