/**
 * Builds the job scheduler for a running service: every job kind registered in one list (the note obligation's,
 * auto-close, the retention purge, the roster refresh), the note jobs sending through this service's CloudAdapter.
 * Started and stopped with the HTTP server (server.ts); off when REMINDER_SCHEDULER=off.
 */
import { Duration } from "luxon";
import type { CloudAdapter } from "botbuilder";
import type { AppConfig } from "../../config.js";
import { autoCloseJob, type AutoCloseDeps } from "../../encounters/autoClose.js";
import { purgeEncounterJob, type EncounterPurge } from "../../encounters/encounterPurge.js";
import type { EncounterLifecycle } from "../../encounters/encounterLifecycle.js";
import { createJobKinds } from "../../jobs/jobKinds.js";
import { createJobScheduler, type JobScheduler, type SchedulerOptions } from "../../jobs/jobScheduler.js";
import type { JobServices } from "../../jobs/jobServices.js";
import type { Logger } from "../../logger.js";
import type { ClinicianConversations } from "../../reminders/clinicianDelivery.js";
import { createNoteJobKinds, type ReminderServices } from "../../reminders/reminderServices.js";
import { rosterRefreshJob, type RosterRefresh } from "../../rosters/rosterRefreshJob.js";
import { CloudAdapterSender } from "./cloudAdapterSender.js";

export interface ReminderSchedulerDeps {
  config: Pick<AppConfig, "mode" | "botAuth" | "reminders">;
  logger: Logger;
  now: () => Date;
  jobs: JobServices;
  reminders: ReminderServices;
  conversations: ClinicianConversations;
  encounters: AutoCloseDeps["encounters"];
  encounterLifecycle: Pick<EncounterLifecycle, "close">;
  purge: Pick<EncounterPurge, "purge">;
}

/** The scheduler's settings from the configuration (REMINDER_POLL_INTERVAL, REMINDER_CLAIM_LEASE, …). */
export function schedulerOptionsOf(config: ReminderSchedulerDeps["config"], now: () => Date): SchedulerOptions {
  const r = config.reminders;
  return {
    pollIntervalMs: Duration.fromISO(r.pollInterval).toMillis(),
    leaseMs: Duration.fromISO(r.claimLease).toMillis(),
    tenantRps: r.tenantRps,
    pauseAfterClaimMs: config.mode === "production" ? undefined : r.testPauseAfterClaimMs,
    now: () => now().getTime(),
  };
}

export function createReminderScheduler(
  deps: ReminderSchedulerDeps,
  adapter: CloudAdapter,
  overrides: Partial<SchedulerOptions> = {},
  rosters?: RosterRefresh,
): JobScheduler {
  const { config, logger, now, jobs } = deps;
  const sender = new CloudAdapterSender(adapter, config.botAuth?.appId ?? "", logger);
  const kinds = createJobKinds([
    ...createNoteJobKinds({
      notes: deps.reminders.notes,
      obligations: deps.reminders.obligations,
      jobs: jobs.queue,
      encounters: deps.encounters,
      conversations: deps.conversations,
      sender,
      logger,
      now,
    }),
    autoCloseJob({ encounters: deps.encounters, lifecycle: deps.encounterLifecycle }),
    purgeEncounterJob(deps.purge),
    ...(rosters ? [rosterRefreshJob(rosters)] : []),
  ]);
  return createJobScheduler(
    { queue: jobs.buckets, records: jobs.records, kinds, wake: jobs.wake, logger, now },
    { ...schedulerOptionsOf(config, now), ...overrides },
  );
}
