/**
 * What happened to each durable job (bot/src/jobs), in the Reminders table, in its subject's partition — for an
 * encounter the partition of its note obligation (noteObligationRepository.ts), so retention deletes both at once:
 *   PK = tenant|note|<subject>   RK = job|<kind>|<seq>   scheduled, sent, cancelled or ended (+ reason)
 * A subject is an encounter id, or a team subject (`team:<groupId>`) for team jobs. Kind names are the jobs
 * module's: plain strings here, checked against its registry when a job runs.
 */
import { z } from "zod";
import { isoInstant as iso, optionalColumn } from "./columns.js";
import { AlreadyExistsError } from "../errors.js";
import { compositeKey } from "./keys.js";
import { obligationPartition } from "./noteObligationRepository.js";
import type { QueueLocation } from "./reminderRepository.js";
import type { Row, TableGateway } from "./tableGateway.js";

export type JobState = "scheduled" | "sent" | "cancelled" | "ended";

export interface JobRecord {
  kind: string;
  seq: number;
  state: JobState;
  dueAt: string;
  location: QueueLocation;
  updatedAt: string;
  sentAt?: string;
  activityId?: string;
  conversationId?: string;
  /** Why a job ended without being sent (e.g. BotNotInConversationRoster, MessageWritesBlocked). */
  endedReason?: string;
}

const jobSchema = z.object({
  kind: z.string().min(1),
  seq: z.number(),
  state: z.enum(["scheduled", "sent", "cancelled", "ended"]),
  dueAt: iso,
  queuePartitionKey: z.string(),
  queueRowKey: z.string(),
  updatedAt: iso,
  sentAt: optionalColumn(iso),
  activityId: optionalColumn(z.string()),
  conversationId: optionalColumn(z.string()),
  endedReason: optionalColumn(z.string()),
});

/** Row key of a job's record in its subject's partition. */
function recordKey(job: Pick<JobRecord, "kind" | "seq">): string {
  return compositeKey("job", job.kind, String(job.seq));
}

function jobColumns(r: JobRecord): Row {
  const { location, ...rest } = r;
  return { ...rest, queuePartitionKey: location.partitionKey, queueRowKey: location.rowKey };
}

function jobFromRow(row: Row): JobRecord {
  const { queuePartitionKey, queueRowKey, ...rest } = jobSchema.parse(row);
  return { ...rest, location: { partitionKey: queuePartitionKey, rowKey: queueRowKey } };
}

export class JobRecordRepository {
  constructor(private readonly table: TableGateway) {}

  /** Records a job as scheduled unless it already has a record (then returns that record). */
  async create(tenantId: string, subject: string, record: JobRecord): Promise<{ created: boolean; record: JobRecord }> {
    const partitionKey = obligationPartition(tenantId, subject);
    try {
      await this.table.create({ partitionKey, rowKey: recordKey(record), ...jobColumns(record) });
      return { created: true, record };
    } catch (error) {
      if (!(error instanceof AlreadyExistsError)) throw error;
      const existing = await this.get(tenantId, subject, record.kind, record.seq);
      if (!existing) throw error;
      return { created: false, record: existing };
    }
  }

  async get(tenantId: string, subject: string, kind: string, seq: number): Promise<JobRecord | undefined> {
    const row = await this.table.get(obligationPartition(tenantId, subject), recordKey({ kind, seq }));
    return row ? jobFromRow(row.value) : undefined;
  }

  /** Writes the job's new state (last writer wins: only the claim holder and the cancellation write here). */
  async save(tenantId: string, subject: string, record: JobRecord): Promise<void> {
    await this.table.upsert({
      partitionKey: obligationPartition(tenantId, subject),
      rowKey: recordKey(record),
      ...jobColumns(record),
    });
  }

  /** Every job recorded for the subject, whatever its kind (one single-partition range read). */
  async list(tenantId: string, subject: string): Promise<JobRecord[]> {
    const out: JobRecord[] = [];
    for await (const row of this.table.list(obligationPartition(tenantId, subject), { prefix: "job|" }))
      out.push(jobFromRow(row.value));
    return out;
  }
}
