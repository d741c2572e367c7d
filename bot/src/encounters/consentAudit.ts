/**
 * Consent events go to the encounter's append-only audit (DESIGN, privacy): who recorded or withdrew consent,
 * when, and the recorded codes (method, scope, kind of ID…) — the same facts as the encounter, never a patient
 * detail.
 *
 * The events are not a second record to keep in step: they are read off the consents the encounter holds (a
 * record per consent, a withdrawal per withdrawn one), each under a row key of its own, so writing them again
 * writes nothing new. That is what takes the audit off the card action's answer without ever losing an event:
 *  - the consent card's refresh job, queued after the answer (refreshAfterAnswer.ts gathers a burst of clicks in
 *    one), writes the events not yet in the audit (`write`), in one request: if the instance died before queuing
 *    that job, the encounter's follow-up job (encounterFollowUp.ts) finds the job missing and queues it;
 *  - before a change lets the oldest consent leave the encounter (domain/consentHistory.ts), its events are
 *    written first (`beforeChange`), so that an event leaves the encounter only once it is in the audit.
 */
import { CONSENT_RECORDS_KEPT } from "../domain/consentHistory.js";
import type { ConsentRecord } from "../domain/consent.js";
import type { Encounter } from "../domain/encounter.js";
import type { AuditEntry, AuditRepository } from "../storage/auditRepository.js";
import { withRetries } from "../outbound/deadline.js";
import { StorageUnavailableError } from "../errors.js";
import { BoundedMap } from "../boundedMap.js";
import { KeyedChain } from "./keyedChain.js";

export type ConsentEvent = "consent.record" | "consent.withdraw";

/** An event and its place among the encounter's events, which makes writing it idempotent. */
export interface ConsentAuditEvent {
  sequence: number;
  entry: AuditEntry;
}

/** The recorded codes only: who and when are the audit entry's own fields (a withdrawal keeps its time). */
function facts(consent: ConsentRecord, event: ConsentEvent): Partial<ConsentRecord> {
  const { recordedBy: _by, recordedAt: _at, withdrawnBy: _withdrawnBy, withdrawnAt, ...codes } = consent;
  return event === "consent.withdraw" ? { ...codes, withdrawnAt } : codes;
}

/**
 * `rank`: the consent's place among all those recorded on the encounter (1 for the first), which never changes;
 * its withdrawal comes right after its record.
 */
function event(consent: ConsentRecord, rank: number, action: ConsentEvent, at: string, by: string): ConsentAuditEvent {
  return {
    sequence: rank * 2 + (action === "consent.withdraw" ? 1 : 0),
    entry: { at, by, action, changes: [{ path: "consent", before: null, after: facts(consent, action) }] },
  };
}

/** The first sequence number after the events of the encounter's `oldestConsents` oldest consents. */
function sequenceAfter(encounter: Encounter, oldestConsents: number): number {
  return ((encounter.consentsInAuditOnly ?? 0) + Math.min(oldestConsents, encounter.consents.length) + 1) * 2;
}

/** Every consent event the encounter holds, oldest first. */
export function consentAuditEvents(encounter: Encounter): ConsentAuditEvent[] {
  const before = encounter.consentsInAuditOnly ?? 0;
  return encounter.consents.flatMap((consent, i) => [
    event(consent, before + i + 1, "consent.record", consent.recordedAt, consent.recordedBy),
    ...(consent.withdrawnAt && consent.withdrawnBy
      ? [event(consent, before + i + 1, "consent.withdraw", consent.withdrawnAt, consent.withdrawnBy)]
      : []),
  ]);
}

export interface ConsentAuditDeps {
  audit: Pick<AuditRepository, "appendOnceForEncounter">;
}

/** A write storage did not answer is tried again (it is idempotent): three tries, 100 then 200 ms apart. */
const AUDIT_RETRY = {
  attempts: 3,
  delayAfter: (error: unknown, attempt: number) =>
    error instanceof StorageUnavailableError ? 100 * attempt : undefined,
};

/** Encounters whose written events this instance remembers; the oldest are forgotten past this many. */
const REMEMBERED_MAX = 2_000;

export class ConsentAuditTrail {
  /** Per encounter: the sequence numbers of the events this instance knows are in the audit. */
  private readonly written = new BoundedMap<string, Set<number>>(REMEMBERED_MAX);
  /** One encounter's writes one at a time, so that the next sees what the one before wrote and skips it. */
  private readonly writing = new KeyedChain();

  constructor(private readonly deps: ConsentAuditDeps) {}

  /** Writes the encounter's events not yet known to be in the audit. Throws when storage cannot take them. */
  write(encounter: Encounter, oldestConsents = Infinity): Promise<void> {
    const key = `${encounter.tenantId}|${encounter.id}`;
    return this.writing.run(key, () => this.writeMissing(key, encounter, oldestConsents));
  }

  /** `oldestConsents`: only the events of that many of the encounter's consents, oldest first. */
  private async writeMissing(key: string, encounter: Encounter, oldestConsents: number): Promise<void> {
    const known = this.written.get(key) ?? new Set<number>();
    const beyond = sequenceAfter(encounter, oldestConsents);
    const missing = consentAuditEvents(encounter).filter((e) => !known.has(e.sequence) && e.sequence < beyond);
    if (missing.length === 0) return;
    await withRetries(AUDIT_RETRY, () =>
      this.deps.audit.appendOnceForEncounter(encounter.tenantId, encounter.id, missing),
    );
    for (const e of missing) known.add(e.sequence);
    this.written.set(key, known);
  }

  /** Before a change that may let the oldest consent leave the encounter: its events must be in the audit first. */
  async beforeChange(encounter: Encounter): Promise<void> {
    const leaving = encounter.consents.length + 1 - CONSENT_RECORDS_KEPT;
    if (leaving > 0) await this.write(encounter, leaving);
  }

  /** Tests: resolves once the writes under way are done. */
  settled(): Promise<void> {
    return this.writing.settled();
  }
}
