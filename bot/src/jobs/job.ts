/**
 * The durable job queue's vocabulary. A job is identified by (tenant, subject, kind, seq), so scheduling the
 * same job twice is a no-op: a reaction can be replayed after a crash without duplicates. Its subject is what
 * the job is about: an encounter id, or a team subject (`team:<groupId>`, rosters/rosterRefreshJob.ts).
 * Jobs hold ids, kinds and times only — never patient data.
 *
 * What each kind does is registered with the queue by the feature that owns it (jobKinds.ts): the note
 * obligation's kinds (reminders/), auto-close and the retention purge (encounters/), the roster refresh (rosters/),
 * everyone's card update and the connection-lost steps (teams/proactive/).
 */
import type { QueueLocation } from "../storage/reminderRepository.js";
import type { SendGate } from "./sendGate.js";

export interface JobRef {
  tenantId: string;
  /** An encounter id, or a team subject for team jobs. */
  subject: string;
  /** A registered kind's name (stored in the queue and the records: never rename one). */
  kind: string;
  /** Tells apart the jobs of one kind about one subject (e.g. a reminder's rank, a snooze's time in ms). */
  seq: number;
}

export interface JobSpec extends JobRef {
  /** When the job falls due (logical time: e.g. end + 2 h). */
  dueAt: Date;
  /** The person the job writes to (Entra object id), for the per-conversation rate limit. */
  recipientId?: string;
}

/** A claimed job, as its kind's handler sees it. */
export interface Job extends JobSpec {
  /** Its row in the queue (the scheduler removes it once the outcome is recorded). */
  location: QueueLocation;
}

export type JobOutcome =
  | { kind: "sent"; activityId?: string; conversationId: string }
  | { kind: "done" }
  | { kind: "cancelled"; reason: string }
  | { kind: "ended"; reason: string }
  /** The record already held a final state: nothing was done. */
  | { kind: "alreadyFinal" }
  /** The job deleted its subject's records itself (retention): nothing is recorded. */
  | { kind: "purged" };

/** What a feature registers for each kind of job it schedules. */
export interface JobKind {
  kind: string;
  /**
   * Runs a claimed job and says what happened; every connector call goes through `gate`. Throwing hands the job
   * back to the queue, retried with backoff (and given up 48 h after its due time, unless `givesUp` is false).
   */
  run: (job: Job, gate: SendGate) => Promise<JobOutcome>;
  /** False: retried until it succeeds, never given up (a skipped purge would keep data). Default: true. */
  givesUp?: boolean;
  /** True: run even when the job has no record (the purge's own record goes with what it deletes). Default: false. */
  runsWithoutRecord?: boolean;
}

/** Schedules jobs: what a feature needs from the queue to put work in it (jobQueue.ts). */
export interface JobScheduling {
  /** Records the job (once) and enqueues it; a job already finished is never enqueued again. */
  schedule: (spec: JobSpec) => Promise<void>;
}
