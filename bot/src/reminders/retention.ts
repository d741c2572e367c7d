/**
 * Retention (DESIGN "Privacy by construction"; docs/deploy.md): an encounter's metadata is deleted
 * RETENTION_DAYS after it started, by one `purgeEncounter` job in the durable queue — the same time-bucketed,
 * ETag-claimed queue as the note reminders, so the purge survives restarts, runs once across instances, and a
 * poll never reads the jobs of the next two years (they sit in future buckets).
 *
 * When the job is scheduled:
 *  - `encounterEvents.opened`: due at startedAt + retention; then the encounter row's `purgeScheduled` flag is set;
 *  - any later read of an encounter row without the flag (the repository's retention hook): encounters written
 *    before this existed, or whose `opened` listener failed, get their job then (due at once if already past).
 *    An encounter from before the upgrade that is never read again has no job: see docs/deploy.md.
 * The job carries the tenant id and the encounter id only (jobs.ts); encounterPurge.ts does the deletes.
 */
import { Duration } from "luxon";
import type { AppConfig } from "../config.js";
import type { Encounter } from "../domain/encounter.js";
import type { EncounterEvents } from "../encounters/encounterEvents.js";
import type { Logger } from "../logger.js";
import type { EncounterRepository } from "../storage/encounterRepository.js";
import type { NoteObligationRepository } from "../storage/noteObligationRepository.js";
import type { QueueLocation, ReminderRepository } from "../storage/reminderRepository.js";
import { purgeEncounter, type PurgeReport } from "./encounterPurge.js";
import type { NoteObligations } from "./noteObligations.js";

const DAY_MS = 86_400_000;

/** RETENTION_DAYS (30 to 3650), or the development-only RETENTION_OVERRIDE duration (config.ts refuses it in production). */
export function retentionMs(config: Pick<AppConfig, "retentionDays" | "retentionOverride">): number {
  return config.retentionOverride
    ? Duration.fromISO(config.retentionOverride).toMillis()
    : config.retentionDays * DAY_MS;
}

export interface RetentionDeps {
  encounters: EncounterRepository;
  obligations: NoteObligationRepository;
  queue: ReminderRepository;
  notes: NoteObligations;
  logger: Logger;
  now: () => Date;
  retentionMs: number;
}

export class EncounterRetention {
  constructor(private readonly deps: RetentionDeps) {}

  /** When the encounter's metadata is deleted. */
  purgeDueAt(e: Pick<Encounter, "startedAt">): Date {
    return new Date(Date.parse(e.startedAt) + this.deps.retentionMs);
  }

  /** Queues the purge job (idempotent: one job record per encounter, create-if-absent). */
  async schedule(e: Encounter): Promise<void> {
    await this.deps.notes.schedule({
      tenantId: e.tenantId,
      encounterId: e.id,
      kind: "purgeEncounter",
      seq: 0,
      dueAt: this.purgeDueAt(e),
    });
  }

  /** The repository's hook: queue the job; false (logged) when storage refused, so the flag stays unset and a later read retries. */
  async scheduleQuietly(e: Encounter): Promise<boolean> {
    try {
      await this.schedule(e);
      return true;
    } catch (error) {
      this.deps.logger.error(
        { encounterId: e.id, err: { name: (error as Error).name, message: (error as Error).message } },
        "purge job not scheduled",
      );
      return false;
    }
  }

  /** Runs a claimed purge job. Throws when storage fails: the scheduler retries (purge jobs never give up). */
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

/** Builds the retention work and subscribes it: `opened` schedules, the repository's reads repair. */
export function createEncounterRetention(deps: RetentionDeps, events: EncounterEvents): EncounterRetention {
  const retention = new EncounterRetention(deps);
  events.opened.push(async (e) => {
    await retention.schedule(e);
    await deps.encounters.markPurgeScheduled(e.tenantId, e.id);
  });
  deps.encounters.setRetentionHook((e) => retention.scheduleQuietly(e));
  return retention;
}
