/**
 * The job queue over its storage, as the composition root builds it: the time-bucketed queue rows and the job
 * records (both in the Reminders table), the wake signal shared with the scheduler, and `queue.schedule(spec)`.
 * The scheduler itself is built later, once every feature's job kinds are registered (jobScheduler.ts
 * createJobScheduler), with its settings from the configuration (`schedulerOptions`).
 */
import { Duration } from "luxon";
import type { AppConfig } from "../config.js";
import { JobRecordRepository } from "../storage/jobRecordRepository.js";
import { ReminderRepository } from "../storage/reminderRepository.js";
import type { TableGateway } from "../storage/tableGateway.js";
import { JobQueue } from "./jobQueue.js";
import type { SchedulerOptions } from "./jobScheduler.js";
import { createWakeSignal, type WakeSignal } from "./wakeSignal.js";

export interface JobServices {
  /** schedule / cancel / recordsOf: what features use. */
  queue: JobQueue;
  /** Storage: the time-bucketed queue rows (polled and claimed by the scheduler). */
  buckets: ReminderRepository;
  /** Storage: what happened to each job, in its subject's partition. */
  records: JobRecordRepository;
  /** Rung by `queue.schedule`; the scheduler loop of this process waits on it. */
  wake: WakeSignal;
}

export function createJobServices(table: TableGateway, now: () => Date): JobServices {
  const buckets = new ReminderRepository(table, () => now().getTime());
  const records = new JobRecordRepository(table);
  const wake = createWakeSignal();
  return { queue: new JobQueue({ buckets, records, now, wake }), buckets, records, wake };
}

/** The scheduler's settings as configured (its test hook ignored in production), with the tests' overrides. */
export function schedulerOptions(
  config: Pick<AppConfig, "mode" | "reminders">,
  now: () => Date,
  overrides: Partial<SchedulerOptions>,
): SchedulerOptions & Required<Pick<SchedulerOptions, "now">> {
  const r = config.reminders;
  return {
    pollIntervalMs: Duration.fromISO(r.pollInterval).toMillis(),
    leaseMs: Duration.fromISO(r.claimLease).toMillis(),
    pauseAfterClaimMs: config.mode === "production" ? undefined : r.testPauseAfterClaimMs,
    ...overrides,
    now: overrides.now ?? (() => now().getTime()),
  };
}
