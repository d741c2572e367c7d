/**
 * How much consent history an encounter keeps (seed 003 §1.1: consent is documented; §1.3.2: revocable at any
 * time). The encounter keeps the current consent and the ones recorded just before it, CONSENT_RECORDS_KEPT in
 * all; older ones leave the encounter and are only counted. Every consent event (recorded, withdrawn) is written
 * to the encounter's append-only audit (DESIGN, privacy), so the whole history stays there, while the encounter
 * stays small: recording consent again and again can never make the encounter too large to save, nor stop the
 * patient from withdrawing it.
 */
import { currentConsent, withdrawConsent, type ConsentRecord } from "./consent.js";

/** The current consent and the nine recorded before it. */
export const CONSENT_RECORDS_KEPT = 10;

export interface ConsentHistory {
  /** The consents kept, oldest first, the current one last (earlier ones may be withdrawn). */
  consents: ConsentRecord[];
  /** Earlier consents no longer kept with the encounter: they are in the audit only. Absent: none. */
  consentsInAuditOnly?: number;
}

/** Keeps the `kept` most recent consents (at least the current one) and counts those it lets go. */
export function keepRecentConsents<H extends ConsentHistory>(history: H, kept = CONSENT_RECORDS_KEPT): H {
  const excess = history.consents.length - Math.max(1, kept);
  if (excess <= 0) return history;
  return {
    ...history,
    consents: history.consents.slice(excess),
    consentsInAuditOnly: (history.consentsInAuditOnly ?? 0) + excess,
  };
}

/** A new consent becomes the current one; the oldest leave the encounter past the bound. */
export function appendConsent<H extends ConsentHistory>(history: H, record: ConsentRecord): H {
  return keepRecentConsents({ ...history, consents: [...history.consents, record] });
}

/**
 * §1.3.2: the current consent is withdrawn. Nothing to withdraw (none, or already withdrawn): the same history.
 * A history recorded before the bound existed is brought within it at the same time.
 */
export function withdrawCurrent<H extends ConsentHistory>(history: H, by: string, at: string): H {
  const current = currentConsent(history.consents);
  if (!current || current.withdrawnAt) return history;
  return keepRecentConsents({
    ...history,
    consents: [...history.consents.slice(0, -1), withdrawConsent(current, by, at)],
  });
}

/** Every consent recorded during the encounter: those kept with it and those now in the audit only. */
export function consentsRecordedCount(history: ConsentHistory): number {
  return history.consents.length + (history.consentsInAuditOnly ?? 0);
}
