/**
 * Putting work in the durable queue, and taking it back out. `schedule` writes the job's record first
 * (create-if-absent, so it is idempotent on tenant, subject, kind and seq), then its queue row; a job whose
 * record is no longer "scheduled" is never enqueued again. Then the local scheduler is woken.
 */
import type { JobRecord, JobRecordRepository } from "../storage/jobRecordRepository.js";
import type { ReminderRepository } from "../storage/reminderRepository.js";
import type { JobScheduling, JobSpec } from "./job.js";
import type { WakeSignal } from "./wakeSignal.js";

export interface JobQueueDeps {
  /** The time-bucketed queue rows. */
  buckets: Pick<ReminderRepository, "locate" | "enqueue" | "remove">;
  /** Each job's record, in its subject's partition. */
  records: Pick<JobRecordRepository, "create" | "save" | "list">;
  now: () => Date;
  wake: Pick<WakeSignal, "ring">;
}

export class JobQueue implements JobScheduling {
  constructor(private readonly deps: JobQueueDeps) {}

  async schedule(spec: JobSpec): Promise<void> {
    const now = this.deps.now();
    const location = this.deps.buckets.locate(spec, now.getTime());
    const { record } = await this.deps.records.create(spec.tenantId, spec.subject, {
      kind: spec.kind,
      seq: spec.seq,
      state: "scheduled",
      dueAt: spec.dueAt.toISOString(),
      location,
      updatedAt: now.toISOString(),
    });
    if (record.state !== "scheduled") return;
    await this.deps.buckets.enqueue(spec, record.location);
    this.deps.wake.ring();
  }

  /** Every job recorded for the subject (all kinds, all states). */
  async recordsOf(tenantId: string, subject: string): Promise<JobRecord[]> {
    return this.deps.records.list(tenantId, subject);
  }

  /** Takes a scheduled job out of the queue and records why; a job no longer scheduled is left as it is. */
  async cancel(tenantId: string, subject: string, job: JobRecord, reason: string): Promise<void> {
    if (job.state !== "scheduled") return;
    await this.deps.buckets.remove(job.location);
    await this.deps.records.save(tenantId, subject, {
      ...job,
      state: "cancelled",
      endedReason: reason,
      updatedAt: this.deps.now().toISOString(),
    });
  }
}
