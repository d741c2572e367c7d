/**
 * Consent events go to the append-only audit (DESIGN, privacy): who recorded or withdrew consent, when,
 * and the recorded codes (method, scope, kind of ID…) — the same facts as the encounter, never a patient detail.
 * The audit is where a consent goes once it leaves the encounter (domain/consentHistory.ts keeps only the recent
 * ones), so a write is tried a few times; still failing, it is logged, not thrown: the encounter already holds
 * the consent, and the person in front of the card gets their answer.
 */
import { currentConsent, type ConsentRecord } from "../domain/consent.js";
import type { Encounter } from "../domain/encounter.js";
import type { Logger } from "../logger.js";
import type { AuditRepository } from "../storage/auditRepository.js";
import { withRetries } from "../outbound/deadline.js";
import { StorageUnavailableError } from "../errors.js";

export type ConsentEvent = "consent.record" | "consent.withdraw";

type WhoAndWhen = "recordedBy" | "recordedAt" | "withdrawnBy";

export interface ConsentAuditDeps {
  audit: Pick<AuditRepository, "appendForEncounter">;
  logger: Logger;
  now: () => Date;
}

/**
 * Three tries, 100 then 200 ms apart, of a write storage says it did not save (a blip, not an outage); a write
 * whose outcome is unknown is not sent again, so that the audit never says an event happened twice.
 */
const AUDIT_RETRY = {
  attempts: 3,
  delayAfter: (error: unknown, attempt: number) =>
    error instanceof StorageUnavailableError && (error as { outcome?: unknown }).outcome === "notSaved"
      ? 100 * attempt
      : undefined,
};

export async function auditConsentEvent(
  services: ConsentAuditDeps,
  encounter: Encounter,
  event: ConsentEvent,
  by: string,
): Promise<void> {
  const consent = currentConsent(encounter.consents);
  if (!consent) return;
  // The recorded codes only: who and when are the audit entry's own fields.
  const facts: Omit<ConsentRecord, WhoAndWhen> & Partial<Pick<ConsentRecord, WhoAndWhen>> = { ...consent };
  delete facts.recordedBy;
  delete facts.recordedAt;
  delete facts.withdrawnBy;
  const at = event === "consent.withdraw" ? (consent.withdrawnAt ?? services.now().toISOString()) : consent.recordedAt;
  try {
    const entry = { at, by, action: event, changes: [{ path: "consent", before: null, after: facts }] };
    await withRetries(AUDIT_RETRY, () => services.audit.appendForEncounter(encounter.tenantId, encounter.id, entry));
  } catch (error) {
    services.logger.error(
      { err: { name: (error as Error).name, message: (error as Error).message }, encounterId: encounter.id, event },
      "consent event not audited",
    );
  }
}
