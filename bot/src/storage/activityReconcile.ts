/**
 * The reconcile of one source's month (activityAggregates.ts): its index rows are recounted (one range read of
 * the month, in their own partition) and each aggregate shard that differs is rewritten over the ETag it had
 * before the recount began. A shard a writer moved meanwhile is recounted again; the month is then marked checked.
 */
import { contributionOf, COUNTING } from "../domain/activityContribution.js";
import { sameCounters, type Counters } from "../domain/counters.js";
import { quebecPeriodInstants } from "../domain/clock.js";
import type { ActivitySource } from "../domain/supervisionActivity.js";
import { AlreadyExistsError, EtagConflictError, StorageUnavailableError } from "../errors.js";
import {
  addDay,
  checkedRowKey,
  columnsOfDays,
  daysOfRow,
  monthsRange,
  shardOf,
  shardRowKey,
  SHARDS,
  type DayCounters,
} from "./activityAggregates.js";
import { sourcePartition } from "./encounterKeys.js";
import { summaryFromRow } from "./encounterRows.js";
import type { Row, Stored, TableGateway } from "./tableGateway.js";

const MAX_ROUNDS = 5;

function sameDays(a: DayCounters, b: DayCounters): boolean {
  const dates = new Set([...a.keys(), ...b.keys()]);
  return [...dates].every((d) => sameCounters(a.get(d) ?? {}, b.get(d) ?? {}));
}

/** What each shard should hold, from the month's index rows. */
async function recount(table: TableGateway, partitionKey: string, source: ActivitySource, month: string) {
  const shards = new Map<number, DayCounters>(Array.from({ length: SHARDS }, (_, s) => [s, new Map()]));
  for await (const row of table.list(partitionKey, quebecPeriodInstants(month))) {
    const { summary } = summaryFromRow(row.value);
    const c = contributionOf(summary, source);
    const days = shards.get(shardOf(summary.encounterId));
    if (days) addDay(days, c.date, c.counters);
  }
  return shards;
}

/** Writes a shard's recount over the version read before it; false when a writer got there first. */
async function rewrite(
  table: TableGateway,
  entity: Row & { partitionKey: string; rowKey: string },
  stored?: Stored<Row>,
) {
  try {
    if (stored) await table.replace(entity, stored.etag);
    else await table.create(entity);
    return true;
  } catch (error) {
    if (error instanceof EtagConflictError || error instanceof AlreadyExistsError) return false;
    throw error;
  }
}

/** Recounts the month and fixes its aggregate; resolves to how many shards were wrong. */
export async function reconcileMonth(
  table: TableGateway,
  tenantId: string,
  source: ActivitySource,
  month: string,
): Promise<number> {
  const partitionKey = sourcePartition(tenantId, source);
  let fixed = 0;
  for (let round = 1; ; round++) {
    const stored = new Map<string, Stored<Row>>();
    for await (const row of table.list(partitionKey, monthsRange(month, month)))
      stored.set(String(row.value.rowKey), row);
    const counted = await recount(table, partitionKey, source, month);
    let raced = false;
    for (const [shard, days] of counted.entries()) {
      const rowKey = shardRowKey(month, shard);
      const current = stored.get(rowKey);
      if (sameDays(days, current ? daysOfRow(month, current.value) : new Map<string, Counters>())) continue;
      if (await rewrite(table, { partitionKey, rowKey, ...columnsOfDays(days) }, current)) fixed++;
      else raced = true;
    }
    if (!raced) break;
    // Writers kept moving the month: the next run (the job is retried) recounts it.
    if (round >= MAX_ROUNDS) throw new StorageUnavailableError();
  }
  await table.upsert({ partitionKey, rowKey: checkedRowKey(month), month, counting: COUNTING });
  return fixed;
}
