/**
 * Meeting events may never come (the bot was not in the meeting, Teams did not send meetingEnd): an encounter
 * opened with a scheduled end gets an `autoClose` job at that end plus SCHEDULED_END_GRACE, which closes it
 * then — whereupon the `closed` reactions open the note obligation, as for any other close.
 */
import { Duration } from "luxon";
import type { AppConfig } from "../config.js";
import type { Encounter } from "../domain/encounter.js";
import type { JobKind, JobScheduling } from "../jobs/job.js";
import type { Logger } from "../logger.js";
import type { EncounterRepository } from "../storage/encounterRepository.js";
import type { EncounterListener } from "./encounterEvents.js";
import type { EncounterLifecycle } from "./encounterLifecycle.js";

/** The job's kind (stored in the queue: never rename). */
export const AUTO_CLOSE = "autoClose";

/** SCHEDULED_END_GRACE in ms: how long after the scheduled end an encounter still open is closed. */
export function scheduledEndGraceMs(config: Pick<AppConfig, "reminders">): number {
  return Duration.fromISO(config.reminders.scheduledEndGrace).toMillis();
}

export interface AutoCloseScheduling {
  jobs: JobScheduling;
  /** SCHEDULED_END_GRACE, in ms. */
  graceMs: number;
  logger: Logger;
}

/** The `opened` reaction: the auto-close check at the scheduled end plus the grace period, when the end is known. */
export function autoCloseOnOpened(deps: AutoCloseScheduling): EncounterListener {
  return async (e: Encounter) => {
    if (!e.scheduledEnd) {
      deps.logger.info(
        { encounterId: e.id },
        "no scheduled end known: the note obligation waits for meetingEnd or the clinician",
      );
      return;
    }
    const dueAt = new Date(Date.parse(e.scheduledEnd) + deps.graceMs);
    await deps.jobs.schedule({ tenantId: e.tenantId, subject: e.id, kind: AUTO_CLOSE, seq: 0, dueAt });
  };
}

export interface AutoCloseDeps {
  encounters: Pick<EncounterRepository, "get">;
  lifecycle: Pick<EncounterLifecycle, "close">;
}

/** The job: closes the encounter at its scheduled end, unless it was closed meanwhile. */
export function autoCloseJob(deps: AutoCloseDeps): JobKind {
  return {
    kind: AUTO_CLOSE,
    run: async (job) => {
      const stored = await deps.encounters.get(job.tenantId, job.subject);
      if (!stored) return { kind: "ended", reason: "encounterMissing" };
      if (stored.encounter.status === "closed") return { kind: "cancelled", reason: "alreadyClosed" };
      const endedAt = stored.encounter.scheduledEnd ?? job.dueAt.toISOString();
      await deps.lifecycle.close({ tenantId: job.tenantId, encounterId: job.subject, endedAt, closedBy: "scheduler" });
      return { kind: "done" };
    },
  };
}
