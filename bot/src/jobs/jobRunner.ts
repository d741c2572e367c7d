/**
 * Runs one claimed job through its kind's handler and records what happened on its job record (tenant-scoped)
 * before the scheduler removes it from the queue. A job whose record already says sent/cancelled/ended is not
 * run again: this is what makes a replay after a crash between "recorded" and "removed" harmless.
 */
import type { JobRecord, JobRecordRepository } from "../storage/jobRecordRepository.js";
import type { Job, JobOutcome } from "./job.js";
import type { JobKinds } from "./jobKinds.js";
import type { SendGate } from "./sendGate.js";

/** No handler is registered for the job's kind here (e.g. a newer version's kind): handed back, retried later. */
export class UnknownJobKind extends Error {
  constructor(readonly kind: string) {
    super(`no handler registered for job kind ${kind}`);
    this.name = "UnknownJobKind";
  }
}

export interface JobRunnerDeps {
  records: Pick<JobRecordRepository, "get" | "save">;
  kinds: JobKinds;
  now: () => Date;
}

export class JobRunner {
  constructor(private readonly deps: JobRunnerDeps) {}

  async run(job: Job, gate: SendGate): Promise<JobOutcome> {
    const record = await this.deps.records.get(job.tenantId, job.subject, job.kind, job.seq);
    if (record && record.state !== "scheduled") return { kind: "alreadyFinal" };
    const kind = this.deps.kinds.get(job.kind);
    if (!kind) throw new UnknownJobKind(job.kind);
    // Every job is recorded before it is queued: no record means its subject was purged (retention). Nothing to do.
    if (!record && kind.runsWithoutRecord !== true) return { kind: "alreadyFinal" };
    const outcome = await kind.run(job, gate);
    await this.record(job, record, outcome);
    return outcome;
  }

  /** Records a job ended by the scheduler itself (e.g. retried past its give-up time). */
  async end(job: Job, reason: string): Promise<void> {
    const record = await this.deps.records.get(job.tenantId, job.subject, job.kind, job.seq);
    await this.record(job, record, { kind: "ended", reason });
  }

  private async record(job: Job, record: JobRecord | undefined, outcome: JobOutcome): Promise<void> {
    if (outcome.kind === "alreadyFinal" || outcome.kind === "purged") return;
    const now = this.deps.now().toISOString();
    const base: JobRecord = record ?? {
      kind: job.kind,
      seq: job.seq,
      state: "scheduled",
      dueAt: job.dueAt.toISOString(),
      location: job.location,
      updatedAt: now,
    };
    await this.deps.records.save(job.tenantId, job.subject, { ...nextState(base, outcome, now), updatedAt: now });
  }
}

function nextState(base: JobRecord, outcome: Exclude<JobOutcome, { kind: "alreadyFinal" | "purged" }>, now: string) {
  switch (outcome.kind) {
    case "sent":
      return {
        ...base,
        state: "sent" as const,
        sentAt: now,
        activityId: outcome.activityId,
        conversationId: outcome.conversationId,
      };
    case "done":
      return { ...base, state: "sent" as const, sentAt: now };
    case "cancelled":
      return { ...base, state: "cancelled" as const, endedReason: outcome.reason };
    case "ended":
      return { ...base, state: "ended" as const, endedReason: outcome.reason };
  }
}
