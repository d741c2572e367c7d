/**
 * One change of an encounter's index row in one source's partition, with its month's aggregate shard, as a single
 * batch transaction conditional on both rows' ETags (why: activityAggregates.ts). The change is applied only if
 * `applies` accepts what is stored (e.g. an older version), so a retry or a slower writer changes nothing.
 */
import { contributionOf } from "../domain/activityContribution.js";
import type { Counters } from "../domain/counters.js";
import { localDate } from "../domain/activityStats.js";
import type { EncounterSummary } from "../domain/encounter.js";
import type { ActivitySource } from "../domain/supervisionActivity.js";
import { AlreadyExistsError, EtagConflictError, StorageUnavailableError } from "../errors.js";
import { addDay, columnsOfDays, daysOfRow, shardOf, shardRowKey, type DayCounters } from "./activityAggregates.js";
import { indexRow, sourcePartition } from "./encounterKeys.js";
import { summaryColumns, summaryFromRow } from "./encounterRows.js";
import type { TransactionAction } from "@azure/data-tables";
import type { Stored, TableGateway, Row } from "./tableGateway.js";

/** Enough for eight writers at once on one shard; past it the write is reported unavailable, never half-done. */
const MAX_ATTEMPTS = 10;

/** Called after a source's month changed (the reconcile job is scheduled from it): never throws. */
export type AggregateTouched = (tenantId: string, source: ActivitySource, month: string) => void;

export interface IndexMove {
  tenantId: string;
  source: ActivitySource;
  /** The encounter (its id and start give the row and its month). */
  key: Pick<EncounterSummary, "encounterId" | "startedAt">;
  /** What the row becomes; undefined: removed. */
  next?: { summary: EncounterSummary; version: number };
  /** Whether to change what is stored (undefined: no row). */
  applies: (stored: { version: number } | undefined) => boolean;
}

function raced(error: unknown): boolean {
  const status = (error as { statusCode?: number }).statusCode;
  return error instanceof EtagConflictError || error instanceof AlreadyExistsError || status === 404;
}

/** A jittered pause that grows with the attempts (a few ms to ~0.2 s), so racing writers spread out. */
const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(200, 5 * 2 ** attempt)));

function rowAction(partitionKey: string, rowKey: string, stored: Stored<Row> | undefined, columns: Row | undefined) {
  const entity = { partitionKey, rowKey, ...columns };
  if (!columns) return ["delete", entity] satisfies TransactionAction;
  return stored
    ? (["update", entity, "Replace", { etag: stored.etag }] satisfies TransactionAction)
    : (["create", entity] satisfies TransactionAction);
}

/** Applies the move; true when it changed the row (false: `applies` declined, or nothing to remove). */
export async function moveIndexRow(table: TableGateway, move: IndexMove, touched?: AggregateTouched): Promise<boolean> {
  const partitionKey = sourcePartition(move.tenantId, move.source);
  const rowKey = indexRow(move.key);
  const date = localDate(move.key.startedAt);
  const shardKey = shardRowKey(date.slice(0, 7), shardOf(move.key.encounterId));
  for (let attempt = 1; ; attempt++) {
    const [row, shard] = await Promise.all([table.get(partitionKey, rowKey), table.get(partitionKey, shardKey)]);
    const stored = row ? summaryFromRow(row.value) : undefined;
    if (!move.applies(stored) || (!row && !move.next)) return false;
    const days: DayCounters = shard ? daysOfRow(date.slice(0, 7), shard.value) : new Map<string, Counters>();
    if (stored) addDay(days, date, contributionOf(stored.summary, move.source).counters, -1);
    if (move.next) addDay(days, date, contributionOf(move.next.summary, move.source).counters);
    const next = move.next ? summaryColumns(move.next.summary, move.next.version) : undefined;
    try {
      // The shard is written even when the counts do not move: its ETag then versions every index row it sums.
      await table.transaction([
        rowAction(partitionKey, rowKey, row, next),
        rowAction(partitionKey, shardKey, shard, columnsOfDays(days)),
      ]);
      touched?.(move.tenantId, move.source, date.slice(0, 7));
      return true;
    } catch (error) {
      if (!raced(error)) throw error;
      // Not an EtagConflictError: the encounter's own write succeeded and must not be applied again.
      if (attempt >= MAX_ATTEMPTS) throw new StorageUnavailableError(error, "unknown");
      await pause(attempt);
    }
  }
}
