/**
 * Deletes one encounter's metadata (DESIGN "Privacy by construction": retention), from ids alone, without scans:
 *  1. the queue rows of its jobs still pending (each job record says where its queue row is), each removed with
 *     the ETag just read; a row claimed by a running job, or claimed meanwhile, defers the purge (PurgeDeferred:
 *     the scheduler retries it) — so no job of the encounter is still running, to write a record back, once it is gone;
 *  2. its note-obligation partition in the Reminders table (PK tenant|note|<encounterId>: one range read, then
 *     point deletes — the obligation and every job record, this purge's own record included);
 *  3. its index rows (clinician, team, learner partitions: keys computed from the encounter) and, last, its
 *     primary row in the Encounters table — until that row is gone, a rerun can still compute every key.
 * Idempotent: a second run, or a run for an encounter already gone, deletes what is left (a missing row is done).
 * Not touched: the Audit table (append-only), conversation references (per chat, not per encounter), the
 * per-clinician monthly in-person counts (Learners table: counts, no encounter ids).
 */
import type { JobKind } from "../jobs/job.js";
import type { Logger } from "../logger.js";
import type { EncounterRepository } from "../storage/encounterRepository.js";
import type { NoteObligationRepository } from "../storage/noteObligationRepository.js";
import type { QueueLocation, ReminderRepository } from "../storage/reminderRepository.js";
import { PURGE_ENCOUNTER } from "./retention.js";

export interface PurgeDeps {
  encounters: Pick<EncounterRepository, "get" | "deleteRows">;
  obligations: Pick<NoteObligationRepository, "partitionRows" | "deleteRow">;
  queue: Pick<ReminderRepository, "find" | "complete">;
  now: () => Date;
}

/** A job of the encounter is running on some instance: the purge waits for it (retried by the scheduler). */
export class PurgeDeferred extends Error {
  override readonly name = "PurgeDeferred";
}

export interface PurgeTarget {
  tenantId: string;
  encounterId: string;
  /** The running purge job's own queue row: the scheduler removes it with its claim, so it is left alone here. */
  ownQueueRow?: QueueLocation;
}

export interface PurgeReport {
  /** The encounter's primary row was still there. */
  encounterFound: boolean;
  /** Rows deleted from its note-obligation partition. */
  noteRows: number;
  /** Queue rows removed (jobs of this encounter that had not run). */
  queueRows: number;
}

const sameRow = (a: QueueLocation, b?: QueueLocation) =>
  !!b && a.partitionKey === b.partitionKey && a.rowKey === b.rowKey;

export async function purgeEncounter(deps: PurgeDeps, target: PurgeTarget): Promise<PurgeReport> {
  const { tenantId, encounterId } = target;
  // Read first (no retention hook: this is the purge): its clinicians, team and learners give the index keys.
  const stored = await deps.encounters.get(tenantId, encounterId, { retention: false });
  const rows = await deps.obligations.partitionRows(tenantId, encounterId);
  const queued = rows.flatMap((r) => (r.queue && !sameRow(r.queue, target.ownQueueRow) ? [r.queue] : []));
  await Promise.all(queued.map((location) => removeUnclaimed(deps, location)));
  await Promise.all(rows.map((r) => deps.obligations.deleteRow(tenantId, encounterId, r.rowKey)));
  if (stored) await deps.encounters.deleteRows(stored.encounter);
  return { encounterFound: stored !== undefined, noteRows: rows.length, queueRows: queued.length };
}

async function removeUnclaimed(deps: PurgeDeps, location: QueueLocation): Promise<void> {
  const row = await deps.queue.find(location);
  if (!row) return;
  if (row.claimedUntil !== undefined && row.claimedUntil > deps.now().getTime())
    throw new PurgeDeferred("a job of this encounter is running");
  if (!(await deps.queue.complete(row, row.etag)))
    throw new PurgeDeferred("a job of this encounter was claimed meanwhile");
}

/** Runs purges (the job's, or a direct call) and logs what each deleted. */
export class EncounterPurge {
  constructor(private readonly deps: PurgeDeps & { logger: Logger }) {}

  /** Throws when storage fails: the scheduler retries (purge jobs never give up). */
  async purge(job: { tenantId: string; encounterId: string; location?: QueueLocation }): Promise<PurgeReport> {
    const report = await purgeEncounter(this.deps, {
      tenantId: job.tenantId,
      encounterId: job.encounterId,
      ownQueueRow: job.location,
    });
    this.deps.logger.info({ encounterId: job.encounterId, ...report }, "encounter metadata purged (retention)");
    return report;
  }
}

/** The purge as a job kind: never given up, and run even when its record is gone (a rerun after a crash). */
export function purgeEncounterJob(purge: Pick<EncounterPurge, "purge">): JobKind {
  return {
    kind: PURGE_ENCOUNTER,
    givesUp: false,
    runsWithoutRecord: true,
    run: async (job) => {
      await purge.purge({ tenantId: job.tenantId, encounterId: job.subject, location: job.location });
      return { kind: "purged" };
    },
  };
}
