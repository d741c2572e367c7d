/**
 * Retention (DESIGN "Privacy by construction"; docs/deploy.md): an encounter's metadata is deleted
 * RETENTION_DAYS after it started, by one `purgeEncounter` job in the durable queue (bot/src/jobs) — the same
 * time-bucketed, ETag-claimed queue as the note reminders, so the purge survives restarts, runs once across
 * instances, and a poll never reads the jobs of the next two years (they sit in future buckets).
 *
 * When the job is scheduled (both wired by the composition root):
 *  - when the encounter opens (`purgeOnOpened`): due at startedAt + retention; then the row's `purgeScheduled` flag is set;
 *  - on any later read of an encounter row without the flag (the repository's `retentionHook`, `scheduleQuietly`):
 *    encounters written before this existed, or whose `opened` listener failed, get their job then (due at once if
 *    already past). An encounter from before the upgrade that is never read again has no job: see docs/deploy.md.
 * The job carries the tenant id and the encounter id only; encounterPurge.ts does the deletes.
 */
import { Duration } from "luxon";
import type { AppConfig } from "../config.js";
import type { Encounter } from "../domain/encounter.js";
import type { JobScheduling } from "../jobs/job.js";
import { loggedError, type Logger } from "../logger.js";
import type { EncounterRepository } from "../storage/encounterRepository.js";
import type { EncounterListener } from "./encounterEvents.js";

const DAY_MS = 86_400_000;

/** The purge job's kind (stored in the queue: never rename). */
export const PURGE_ENCOUNTER = "purgeEncounter";

/** RETENTION_DAYS (30 to 3650), or the development-only RETENTION_OVERRIDE duration (config.ts refuses it in production). */
export function retentionMs(config: Pick<AppConfig, "retentionDays" | "retentionOverride">): number {
  return config.retentionOverride
    ? Duration.fromISO(config.retentionOverride).toMillis()
    : config.retentionDays * DAY_MS;
}

export interface RetentionDeps {
  jobs: JobScheduling;
  logger: Logger;
  retentionMs: number;
}

/** Schedules each encounter's purge job (what the job does: encounterPurge.ts). */
export class EncounterRetention {
  constructor(private readonly deps: RetentionDeps) {}

  /** When the encounter's metadata is deleted. */
  purgeDueAt(e: Pick<Encounter, "startedAt">): Date {
    return new Date(Date.parse(e.startedAt) + this.deps.retentionMs);
  }

  /** Queues the purge job (idempotent: one job record per encounter, create-if-absent). */
  async schedule(e: Encounter): Promise<void> {
    await this.deps.jobs.schedule({
      tenantId: e.tenantId,
      subject: e.id,
      kind: PURGE_ENCOUNTER,
      seq: 0,
      dueAt: this.purgeDueAt(e),
    });
  }

  /** The repository's retention hook: queue the job; false (logged) when storage refused, so the flag stays unset and a later read retries. */
  async scheduleQuietly(e: Encounter): Promise<boolean> {
    try {
      await this.schedule(e);
      return true;
    } catch (error) {
      this.deps.logger.error({ encounterId: e.id, err: loggedError(error) }, "purge job not scheduled");
      return false;
    }
  }
}

/** The `opened` reaction: the purge job is queued, then the encounter row says so. */
export function purgeOnOpened(
  retention: Pick<EncounterRetention, "schedule">,
  encounters: Pick<EncounterRepository, "markPurgeScheduled">,
): EncounterListener {
  return async (e) => {
    await retention.schedule(e);
    await encounters.markPurgeScheduled(e.tenantId, e.id);
  };
}
