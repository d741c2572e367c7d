/**
 * Consent events go to the append-only audit (DESIGN, privacy): who recorded or withdrew consent, when,
 * and the recorded codes (method, scope, kind of ID…) — the same facts as the encounter, never a patient detail.
 * Best effort: the encounter row already holds the consent, so a failed audit write is logged, not thrown.
 */
import { currentConsent, type ConsentRecord } from "../domain/consent.js";
import type { Encounter } from "../domain/encounter.js";
import type { Logger } from "../logger.js";
import type { AuditRepository } from "../storage/auditRepository.js";

export type ConsentEvent = "consent.record" | "consent.withdraw";

type WhoAndWhen = "recordedBy" | "recordedAt" | "withdrawnBy";

export interface ConsentAuditDeps {
  audit: Pick<AuditRepository, "appendForEncounter">;
  logger: Logger;
  now: () => Date;
}

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
    await services.audit.appendForEncounter(encounter.tenantId, encounter.id, {
      at,
      by,
      action: event,
      changes: [{ path: "consent", before: null, after: facts }],
    });
  } catch (error) {
    services.logger.error(
      { err: { name: (error as Error).name, message: (error as Error).message }, encounterId: encounter.id, event },
      "consent event not audited",
    );
  }
}
