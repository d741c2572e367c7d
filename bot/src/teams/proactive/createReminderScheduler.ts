/**
 * Builds the reminder scheduler for a running service: the executor sends through this service's CloudAdapter.
 * Started and stopped with the HTTP server (server.ts); off when REMINDER_SCHEDULER=off.
 */
import { Duration } from "luxon";
import type { CloudAdapter } from "botbuilder";
import type { Services } from "../../services.js";
import { JobExecutor, type TeamJobs } from "../../reminders/jobExecutor.js";
import { ReminderScheduler, type SchedulerOptions } from "../../reminders/scheduler.js";
import { CloudAdapterSender } from "./cloudAdapterSender.js";

export function createReminderScheduler(
  services: Services,
  adapter: CloudAdapter,
  overrides: Partial<SchedulerOptions> = {},
  teamJobs?: TeamJobs,
): ReminderScheduler {
  const r = services.config.reminders;
  const sender = new CloudAdapterSender(adapter, services.config.botAuth?.appId ?? "", services.logger);
  const executor = new JobExecutor(
    services,
    services.reminders.obligations,
    services.reminders.notes,
    sender,
    teamJobs,
  );
  const scheduler = new ReminderScheduler(services.reminders.queue, executor, services.logger, {
    pollIntervalMs: Duration.fromISO(r.pollInterval).toMillis(),
    leaseMs: Duration.fromISO(r.claimLease).toMillis(),
    tenantRps: r.tenantRps,
    pauseAfterClaimMs: services.config.mode === "production" ? undefined : r.testPauseAfterClaimMs,
    now: () => services.now().getTime(),
    ...overrides,
  });
  services.reminders.notes.onScheduled(() => scheduler.wake());
  return scheduler;
}
