/**
 * The per-tenant budget of calls to Teams that every instance shares (bot/src/jobs/sendSlots.ts says how it is
 * spent), in the SendBudget table, one row per tenant:
 *   PK = <tenant>|sendBudget   RK = teams   batches (JSON: id, at, until, count, paced), pausedUntil (ms)
 * Times are milliseconds since the epoch; ids are technical (no person is named). Every write is ETag-conditional
 * (a create when the row is new): two instances never spend the same slot.
 */
import { z } from "zod";
import { compositeKey } from "./keys.js";
import type { StorageDeadlines, StorageDeadlinesByUrgency, TableGateway } from "./tableGateway.js";

/**
 * Every call to Teams waits on this row: one that does not answer within 3 s means no call now (the job is retried
 * later), whoever waits — not the 20 s the rest of background work allows.
 */
const BUDGET_CALL: StorageDeadlines = { attemptMs: 2_000, callMs: 3_000, attempts: 2 };
export const SEND_BUDGET_DEADLINES: StorageDeadlinesByUrgency = { person: BUDGET_CALL, background: BUDGET_CALL };

/**
 * `count` calls may start from `at` until `until` (inclusive, ms): paced, the k-th from `at + k/45 s` (sendSlots.ts);
 * otherwise (written by an earlier version) any of them from `at`.
 */
export interface SlotBatch {
  id: string;
  at: number;
  until: number;
  count: number;
  paced?: boolean;
}

export interface SendSlotLog {
  batches: SlotBatch[];
  /** No call before this time (a 429's Retry-After); 0 when none. */
  pausedUntil: number;
}

export interface StoredSlotLog {
  log: SendSlotLog;
  etag: string;
}

const ROW_KEY = "teams";

const batchesSchema = z.array(
  z.object({
    id: z.string(),
    at: z.number(),
    until: z.number(),
    count: z.number().int().positive(),
    paced: z.boolean().optional(),
  }),
);

function partitionOf(tenantId: string): string {
  return compositeKey(tenantId, "sendBudget");
}

export class SendBudgetRepository {
  constructor(private readonly table: TableGateway) {}

  async get(tenantId: string): Promise<StoredSlotLog | undefined> {
    const row = await this.table.get(partitionOf(tenantId), ROW_KEY);
    if (!row) return undefined;
    const batches = batchesSchema.parse(JSON.parse(String(row.value.batches)));
    return { log: { batches, pausedUntil: Number(row.value.pausedUntil ?? 0) }, etag: row.etag };
  }

  /**
   * Writes the log if the row still carries `etag` (creates it when `etag` is undefined). Returns the new ETag;
   * EtagConflictError or AlreadyExistsError when another instance wrote first.
   */
  async save(tenantId: string, log: SendSlotLog, etag: string | undefined): Promise<string> {
    const entity = {
      partitionKey: partitionOf(tenantId),
      rowKey: ROW_KEY,
      batches: JSON.stringify(log.batches),
      pausedUntil: log.pausedUntil,
    };
    return etag === undefined ? this.table.create(entity) : this.table.replace(entity, etag);
  }
}
