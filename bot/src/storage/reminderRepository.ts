/**
 * The scheduler's queue, keyed by due time, in the Reminders table.
 *
 *   queue rows   PK = queue|<minute bucket, UTC "2026-11-23T14:05">   RK = <due ms, 15 digits>|<job id>
 *   bucket index PK = queue-index                                     RK = <minute bucket>
 *
 * A deliberate exception to "partition keys start with the tenant id": due times are cross-tenant by nature,
 * and a per-tenant queue would make every poll cost one read per tenant. Each queue row carries its tenant id
 * and only ids, kinds and times; the tenant-scoped job record (jobRecordRepository.ts) is the record.
 *
 * The poller reads the index range RK <= the current bucket (never a future bucket), then each due bucket's
 * rows with RK < now. A poll costs 1 + (due, not yet drained buckets) queries, however many reminders lie in
 * the future. A drained bucket's index row is deleted with its ETag, so it is never read again.
 *
 * Writers never lose a job to that deletion: they write into the current or a future bucket, upsert the index
 * row before AND after creating the job row (each upsert changes its ETag, so a poller that saw the bucket
 * empty fails its conditional delete), and the poller only retires buckets ended more than RETIRE_AFTER_MS ago.
 * The upsert before is skipped for a bucket not yet ended whose index row this instance already wrote since the
 * table was last found gone: no poller retires it before it ends, so the row is there (a card action queues one
 * job per click into the same minute).
 *
 * Claims: a due row is merged with its ETag (claimedBy, claimedUntil = lease); 412 means another instance
 * has it. A crashed instance's lease simply expires and the row is claimable again.
 *
 * Kind names are the jobs module's (bot/src/jobs): plain strings here, checked against its registry when a job
 * runs. A job's subject (an encounter id, or a team subject) is stored in the `encounterId` column, the name it
 * has had since the first rows were written: rows of every version read the same.
 */
import { DateTime } from "luxon";
import { AlreadyExistsError, EtagConflictError } from "../errors.js";
import type { TableEntity } from "@azure/data-tables";
import { BoundedMap } from "../boundedMap.js";
import { compositeKey } from "./keys.js";
import type { Row, Stored, TableGateway } from "./tableGateway.js";

export const INDEX_PARTITION = "queue-index";
const QUEUE_PREFIX = "queue|";
export const RETIRE_AFTER_MS = 60_000;
const PAGE_SIZE = 1000;

export function bucketOf(ms: number): string {
  return DateTime.fromMillis(ms, { zone: "utc" }).toFormat("yyyy-LL-dd'T'HH:mm");
}

function bucketEndMs(bucket: string): number {
  return DateTime.fromFormat(bucket, "yyyy-LL-dd'T'HH:mm", { zone: "utc" }).toMillis() + 60_000;
}

function timeKey(ms: number): string {
  return String(Math.max(0, Math.floor(ms))).padStart(15, "0");
}

export interface QueueLocation {
  partitionKey: string;
  rowKey: string;
}

/** A job as the queue stores it: ids, kinds and times only, never patient data. */
export interface QueueEntry {
  tenantId: string;
  /** What the job is about: an encounter id, or a team subject (`team:<groupId>`). Column: `encounterId`. */
  subject: string;
  kind: string;
  seq: number;
  dueAt: Date;
  /** The person the job writes to (Entra object id), for the per-conversation rate limit. */
  recipientId?: string;
}

/** The job's id in the queue's row keys: (tenant, subject, kind, seq). */
function jobId(job: Pick<QueueEntry, "tenantId" | "subject" | "kind" | "seq">): string {
  return compositeKey(job.tenantId, job.subject, job.kind, String(job.seq));
}

export interface QueuedJob extends QueueEntry {
  location: QueueLocation;
  etag: string;
  /** Not before this time (a retry waiting out its backoff). */
  availableAt: number;
  attempts: number;
  claimedBy?: string;
  claimedUntil?: number;
  lastError?: string;
}

export interface DueBucket {
  bucket: string;
  etag: string;
}

/** Storage reads (queries and pages) made by the poller, for the benchmark and the cost test. */
export interface QueueReadStats {
  indexReads: number;
  bucketReads: number;
}

function fromRow(row: Stored<Row>, partitionKey: string): QueuedJob {
  const v = row.value;
  return {
    tenantId: String(v.tenantId),
    subject: String(v.encounterId),
    kind: String(v.kind),
    seq: Number(v.seq),
    dueAt: new Date(String(v.dueAt)),
    recipientId: typeof v.recipientId === "string" ? v.recipientId : undefined,
    location: { partitionKey, rowKey: String(v.rowKey) },
    etag: row.etag,
    availableAt: Number(v.availableAt ?? 0),
    attempts: Number(v.attempts ?? 0),
    claimedBy: typeof v.claimedBy === "string" && v.claimedBy !== "" ? v.claimedBy : undefined,
    claimedUntil: typeof v.claimedUntil === "number" && v.claimedUntil > 0 ? v.claimedUntil : undefined,
    lastError: typeof v.lastError === "string" && v.lastError !== "" ? v.lastError : undefined,
  };
}

/** A job's queue row as stored (exported for bulk loading in the benchmark). */
export function queueRow(job: QueueEntry, location: QueueLocation): Row {
  return {
    ...location,
    tenantId: job.tenantId,
    encounterId: job.subject,
    kind: job.kind,
    seq: job.seq,
    dueAt: job.dueAt.toISOString(),
    recipientId: job.recipientId ?? "",
    availableAt: 0,
    attempts: 0,
    claimedBy: "",
    claimedUntil: 0,
    lastError: "",
  };
}

/** Buckets whose index row an instance remembers writing: a few minutes' worth. */
const INDEXED_KEPT = 64;

export class ReminderRepository {
  readonly stats: QueueReadStats = { indexReads: 0, bucketReads: 0 };
  /** Bucket → the table's `tableLosses` when this instance wrote its index row. */
  private readonly indexed = new BoundedMap<string, number>(INDEXED_KEPT);

  constructor(
    private readonly table: TableGateway,
    private readonly now: () => number = Date.now,
  ) {}

  /** Where a job due at `dueAt` goes when written at `now`: never into a past bucket. */
  locate(job: QueueEntry, now: number): QueueLocation {
    const effective = Math.max(job.dueAt.getTime(), now);
    return { partitionKey: QUEUE_PREFIX + bucketOf(effective), rowKey: `${timeKey(effective)}|${jobId(job)}` };
  }

  /** Idempotent: the same job at the same location is created once. */
  async enqueue(job: QueueEntry, location: QueueLocation): Promise<void> {
    const bucket = location.partitionKey.slice(QUEUE_PREFIX.length);
    if (this.indexed.get(bucket) !== this.table.tableLosses || bucketEndMs(bucket) <= this.now())
      await this.touchIndex(bucket);
    try {
      await this.table.create(queueRow(job, location) as TableEntity<Row>);
    } catch (error) {
      if (!(error instanceof AlreadyExistsError)) throw error;
    }
    await this.touchIndex(bucket);
  }

  private async touchIndex(bucket: string): Promise<void> {
    await this.table.upsert({ partitionKey: INDEX_PARTITION, rowKey: bucket, bucket });
    this.indexed.set(bucket, this.table.tableLosses);
  }

  /** The buckets that may hold due jobs: index rows up to the current bucket, oldest first. */
  async dueBuckets(now: number): Promise<DueBucket[]> {
    const out: DueBucket[] = [];
    let token: string | undefined;
    do {
      const page = await this.table.page(INDEX_PARTITION, { to: bucketOf(now) + "\u0000" }, PAGE_SIZE, token);
      this.stats.indexReads += 1;
      out.push(...page.items.map((r) => ({ bucket: String(r.value.bucket), etag: r.etag })));
      token = page.continuationToken;
    } while (token);
    return out;
  }

  /** The bucket's rows due by `now` (claimed or not), in due order. */
  async dueJobs(bucket: string, now: number): Promise<QueuedJob[]> {
    const partitionKey = QUEUE_PREFIX + bucket;
    const out: QueuedJob[] = [];
    let token: string | undefined;
    do {
      const page = await this.table.page(partitionKey, { to: timeKey(now + 1) }, PAGE_SIZE, token);
      this.stats.bucketReads += 1;
      out.push(...page.items.map((r) => fromRow(r, partitionKey)));
      token = page.continuationToken;
    } while (token);
    return out;
  }

  /** Deletes a drained bucket's index row, unless a writer touched it since `etag` was read. */
  async retireBucket(due: DueBucket, now: number): Promise<boolean> {
    if (bucketEndMs(due.bucket) > now - RETIRE_AFTER_MS) return false;
    try {
      await this.table.delete(INDEX_PARTITION, due.bucket, due.etag);
      return true;
    } catch (error) {
      if (error instanceof EtagConflictError) return false;
      throw error;
    }
  }

  /** Claims a due job for `claimedUntil`; undefined when another instance got it first (412) or it is gone. */
  async claim(job: QueuedJob, instanceId: string, claimedUntil: number): Promise<string | undefined> {
    return this.conditionalMerge(job, job.etag, { claimedBy: instanceId, claimedUntil, attempts: job.attempts + 1 });
  }

  /** Extends a held claim; undefined when the claim was lost. */
  async extend(job: QueuedJob, etag: string, claimedUntil: number): Promise<string | undefined> {
    return this.conditionalMerge(job, etag, { claimedUntil });
  }

  /** Gives the job back, to be retried from `availableAt`. */
  async release(job: QueuedJob, etag: string, availableAt: number, lastError: string): Promise<string | undefined> {
    return this.conditionalMerge(job, etag, {
      claimedBy: "",
      claimedUntil: 0,
      availableAt,
      lastError: lastError.slice(0, 500),
    });
  }

  /** Removes a finished job, only while the claim is still ours. */
  async complete(job: QueuedJob, etag: string): Promise<boolean> {
    try {
      await this.table.delete(job.location.partitionKey, job.location.rowKey, etag);
      return true;
    } catch (error) {
      if (error instanceof EtagConflictError) return false;
      throw error;
    }
  }

  /** The job's queue row as it is now (point read); undefined when it was completed or removed. */
  async find(location: QueueLocation): Promise<QueuedJob | undefined> {
    const row = await this.table.get(location.partitionKey, location.rowKey);
    return row ? fromRow(row, location.partitionKey) : undefined;
  }

  /** Removes a job whatever its state (a cancelled job). */
  async remove(location: QueueLocation): Promise<void> {
    await this.table.delete(location.partitionKey, location.rowKey);
  }

  private async conditionalMerge(job: QueuedJob, etag: string, columns: Row): Promise<string | undefined> {
    try {
      return await this.table.merge({ ...job.location, ...columns }, etag);
    } catch (error) {
      if (error instanceof EtagConflictError) return undefined;
      // 404: completed or cancelled meanwhile.
      if ((error as { statusCode?: number }).statusCode === 404) return undefined;
      throw error;
    }
  }
}
