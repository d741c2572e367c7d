/**
 * What the durable scheduler runs. A job is identified by (tenant, encounter, kind, seq), so scheduling the
 * same job twice is a no-op: the obligation opening can be replayed after a crash without duplicates.
 * Jobs hold ids, kinds and times only — never patient data.
 */
import { compositeKey } from "../storage/keys.js";

export const JOB_KINDS = [
  /** The note-obligation card, sent 1:1 as soon as the obligation opens. */
  "noteCard",
  /** A policy reminder (seq = its rank: 1 for +2 h, 2 for +20 h…). */
  "reminder",
  /** "Remind me later" (seq = the time it was asked, in ms). */
  "snooze",
  /** At the deadline: the obligation becomes overdue and the clinician is told. */
  "overdue",
  /** Meeting events never came: close the encounter at its scheduled end plus a grace period. */
  "autoClose",
  /** The personal app is missing: a plain message in the meeting chat on how to install it. */
  "installHint",
  /** Retention: the encounter's metadata is deleted RETENTION_DAYS after it started (reminders/retention.ts). */
  "purgeEncounter",
  /** A team's roster is read again from Teams (rosters/), then the next refresh is queued. Subject: teamJobSubject. */
  "rosterRefresh",
] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/** Jobs the scheduler never gives up on: retried with backoff until they succeed (a skipped purge would keep data). */
export function givesUp(kind: JobKind): boolean {
  return kind !== "purgeEncounter";
}

export interface JobRef {
  tenantId: string;
  /** The job's subject: an encounter id, or a team's subject (teamJobSubject) for team jobs. */
  encounterId: string;
  kind: JobKind;
  seq: number;
}

export interface JobSpec extends JobRef {
  /** When the job falls due (logical time: e.g. end + 2 h). */
  dueAt: Date;
  /** The person the job writes to (Entra object id), for the per-conversation rate limit. */
  recipientId?: string;
}

export function jobId(job: JobRef): string {
  return compositeKey(job.tenantId, job.encounterId, job.kind, String(job.seq));
}

/** Row key of a job's record in its obligation partition. */
export function jobRecordKey(job: Pick<JobRef, "kind" | "seq">): string {
  return compositeKey("job", job.kind, String(job.seq));
}

/** The subject of a team's jobs (never a valid encounter id: encounter ids have no ':'). */
export function teamJobSubject(groupId: string): string {
  return `team:${groupId}`;
}

export function groupIdOfTeamSubject(subject: string): string | undefined {
  return subject.startsWith("team:") ? subject.slice("team:".length) : undefined;
}
