/**
 * Monthly activity aggregates (issue 14): per source (a team, a clinician, a learner) and month, the sum of the
 * contributions of the encounters indexed under it (domain/activityContribution.ts), so that a year's summary
 * reads a hundred small rows instead of every index row.
 *
 * Layout: in the Encounters table, in the very partition of the index rows they sum (encounterKeys.ts),
 *   RK = agg|<yyyy-mm>|<s>         s = 0…7, the shard of the encounter ids it sums (FNV-1a of the id, mod 8)
 *   RK = agg|<yyyy-mm>|checked     the reconcile job has checked the month against its index rows
 * Columns d01…d31: the JSON of that Québec day's counters (`facet|name` → count). Index rows' keys begin with
 * their start time (a digit) and sort below "agg|", so range reads of either never see the other.
 *
 * Why it stays exact:
 * - One batch transaction moves an index row and its shard together (indexMove.ts), conditional on both rows'
 *   ETags: the shard always equals the sum of its index rows' contributions, whatever crashes between calls — a
 *   batch is applied whole or not at all — and whatever runs at once — the loser of a race reads both rows again.
 *   A retried write of a version finds the index row already at it and changes nothing, so nothing counts twice.
 * - Every index row change goes through its shard row, so the shard's ETag versions the month's index rows of
 *   that shard: the reconcile (activityReconcile.ts) recounts them and writes only over the ETag it read before.
 * - Shards spread the writers of one busy month over eight rows (each retry is a read of two rows and a batch).
 * - A month is read from its aggregates only once checked: index rows written before aggregates existed would
 *   otherwise be missing from them. A check holds for the counting it was made under (COUNTING): once the counting
 *   changes, every month is read from its rows again until its reconcile checks it anew.
 */
import { COUNTING } from "../domain/activityContribution.js";
import { accumulate, isEmptyCounters, nonZero, type Counters } from "../domain/counters.js";
import type { Row } from "./tableGateway.js";

export const AGGREGATE_PREFIX = "agg|";
export const SHARDS = 8;
const CHECKED = "checked";

/** Counters by Québec date (yyyy-mm-dd). */
export type DayCounters = Map<string, Counters>;

/** FNV-1a of the encounter id: a stable shard for every row of the encounter. */
export function shardOf(encounterId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < encounterId.length; i++) hash = Math.imul(hash ^ encounterId.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SHARDS;
}

export const shardRowKey = (month: string, shard: number) => `${AGGREGATE_PREFIX}${month}|${shard}`;
export const checkedRowKey = (month: string) => `${AGGREGATE_PREFIX}${month}|${CHECKED}`;

/** The row-key range of the aggregates of months [fromMonth, toMonth]. */
export function monthsRange(fromMonth: string, toMonth: string): { from: string; to: string } {
  return { from: `${AGGREGATE_PREFIX}${fromMonth}|`, to: `${AGGREGATE_PREFIX}${toMonth}|\uffff` };
}

/** A shard row's days, from its columns. */
export function daysOfRow(month: string, row: Row): DayCounters {
  const days: DayCounters = new Map();
  for (const [column, value] of Object.entries(row)) {
    if (/^d\d\d$/.test(column) && typeof value === "string")
      days.set(`${month}-${column.slice(1)}`, JSON.parse(value) as Counters);
  }
  return days;
}

/** A shard row's columns, from its days (an empty day has no column). */
export function columnsOfDays(days: DayCounters): Row {
  const columns: Row = {};
  for (const [date, counters] of days)
    if (!isEmptyCounters(counters)) columns[`d${date.slice(8, 10)}`] = JSON.stringify(nonZero(counters));
  return columns;
}

/** Adds counters of one day into `days`, in place (zeros are dropped when written). */
export function addDay(days: DayCounters, date: string, counters: Counters, sign: 1 | -1 = 1): void {
  const day = days.get(date);
  if (day) accumulate(day, counters, sign);
  else days.set(date, accumulate({}, counters, sign));
}

/** Aggregate rows read back: the days' counters (every shard summed) and the months already checked. */
export interface MonthAggregates {
  days: DayCounters;
  checked: Set<string>;
  /** Months with an aggregate row of any kind: written to, or checked (under any counting). */
  present: Set<string>;
}

/** Parses one aggregate row into `into`. */
export function readAggregateRow(into: MonthAggregates, rowKey: string, row: Row): void {
  const [month = "", tail = ""] = rowKey.slice(AGGREGATE_PREFIX.length).split("|");
  into.present.add(month);
  if (tail === CHECKED) {
    // Checked rows written before versions existed hold no `counting`: the first counting.
    if ((row.counting ?? 1) === COUNTING) into.checked.add(month);
  } else for (const [date, counters] of daysOfRow(month, row)) addDay(into.days, date, counters);
}
