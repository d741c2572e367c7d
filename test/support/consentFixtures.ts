/**
 * A complete consent (003 §1.1–§1.3) as the tests record it, and the card data of the click that records one:
 * each test states only what it is about (`overrides`).
 */
import type { ConsentRecord } from "../../bot/src/domain/consent.js";
import type { ConsentPreferences } from "../../bot/src/domain/consentPreferences.js";

/** A clinician's usual consent choices (domain/consentPreferences.ts): verbal, the RAMQ card, in person offered. */
export const USUAL_CONSENT: ConsentPreferences = {
  method: "verbal",
  scopeSession: true,
  scopeInformationSharing: false,
  identityDocumentKind: "ramqCard",
  limitsExplained: true,
  inPersonOffered: true,
};

export function completeConsent(overrides: Partial<ConsentRecord> = {}): ConsentRecord {
  return {
    method: "verbal",
    scope: { session: true, recording: false, informationSharing: false },
    identityDocumentKind: "ramqCard",
    limitsExplained: true,
    inPersonOffered: true,
    caregivers: "none",
    supportStaff: "none",
    substituteConsent: false,
    emergencyException: false,
    recordedBy: "aaaaaaaa-0000-4000-8000-000000000001",
    recordedAt: "2026-11-23T14:00:00.000Z",
    ...overrides,
  };
}

/** "Consigner le consentement" with a complete verbal consent, as the clinician's card sends it. */
export function consentRecordClick(
  encounterId: string,
  rev: number,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    encounterId,
    rev,
    method: "verbal",
    scopeSession: "true",
    identityDocumentKind: "ramqCard",
    limitsExplained: "true",
    inPersonOffer: "declined",
    ...overrides,
  };
}
