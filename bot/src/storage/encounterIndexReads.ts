/**
 * The reads of the Encounters table's index rows and monthly aggregates (layout: encounterRepository.ts), the part
 * of EncounterRepository that lists and sums encounters by source. Single-partition range reads only.
 */
import type { EncounterSummary } from "../domain/encounter.js";
import type { ActivitySource } from "../domain/supervisionActivity.js";
import { monthsRange, readAggregateRow, type MonthAggregates } from "./activityAggregates.js";
import type { AggregateTouched } from "./indexMove.js";
import { reconcileMonth } from "./activityReconcile.js";
import { clinicianPartition, sourcePartition, teamPartition } from "./encounterKeys.js";
import { listIndex, readIndexRange } from "./encounterIndex.js";
import { prefixUpperBound } from "./keys.js";
import type { TableGateway } from "./tableGateway.js";

export class EncounterIndexReads {
  /**
   * `touched`: told each source-month whose aggregate a write changed, and each month read that is not checked
   * under the current counting, so that its reconcile is queued.
   */
  constructor(
    protected readonly table: TableGateway,
    protected readonly touched?: AggregateTouched,
  ) {}

  /** A clinician's encounters started in [from, to) (ISO date-times), oldest first, at most `limit`. */
  async listByClinician(
    tenantId: string,
    objectId: string,
    from: string,
    to: string,
    limit = 500,
  ): Promise<EncounterSummary[]> {
    return listIndex(this.table, clinicianPartition(tenantId, objectId), from, to, limit);
  }

  /** A team's encounters started in [from, to), oldest first, at most `limit`. */
  async listByTeam(
    tenantId: string,
    teamKey: string,
    from: string,
    to: string,
    limit = 500,
  ): Promise<EncounterSummary[]> {
    return listIndex(this.table, teamPartition(tenantId, teamKey), from, to, limit);
  }

  /**
   * The activity view: up to `limit` summaries of a source's encounters (a team's, a clinician's, a learner's)
   * with index row keys in [fromKey, toKey), oldest first. Callers page with the last row key they showed
   * (encounterIndexReader.ts), so several sources merge.
   */
  async readIndex(
    tenantId: string,
    source: ActivitySource,
    fromKey: string,
    toKey: string,
    limit: number,
  ): Promise<EncounterSummary[]> {
    return readIndexRange(this.table, sourcePartition(tenantId, source), fromKey, toKey, limit);
  }

  /** Every summary of a source (at most `limit`), oldest first: a student's history for §9.3. */
  async readSource(tenantId: string, source: ActivitySource, limit: number): Promise<EncounterSummary[]> {
    return readIndexRange(this.table, sourcePartition(tenantId, source), "", prefixUpperBound(""), limit);
  }

  /**
   * A source's monthly activity aggregates for months [fromMonth, toMonth] (yyyy-mm): one range read. A month not
   * checked under the current counting is for the caller to read from its rows; one with aggregate rows (summed
   * under an earlier counting, or written to and not yet checked) has its reconcile asked for.
   */
  async readAggregates(
    tenantId: string,
    source: ActivitySource,
    fromMonth: string,
    toMonth: string,
  ): Promise<MonthAggregates> {
    const out: MonthAggregates = { days: new Map(), checked: new Set(), present: new Set() };
    const rows = this.table.list(sourcePartition(tenantId, source), monthsRange(fromMonth, toMonth));
    for await (const row of rows) readAggregateRow(out, String(row.value.rowKey), row.value);
    // Only months with aggregate rows: a range of empty or future months asks for nothing; a month written before
    // aggregates existed waits for its next write, or a reconcile asked for.
    for (const month of out.present) if (!out.checked.has(month)) this.touched?.(tenantId, source, month);
    return out;
  }

  /** Recounts a source's month from its index rows and fixes its aggregate; resolves to the shards fixed. */
  reconcileMonth(tenantId: string, source: ActivitySource, month: string): Promise<number> {
    return reconcileMonth(this.table, tenantId, source, month);
  }

  /** Storage tests and tools: the same read by partition key. */
  readIndexRange(partitionKey: string, fromKey: string, toKey: string, limit: number): Promise<EncounterSummary[]> {
    return readIndexRange(this.table, partitionKey, fromKey, toKey, limit);
  }
}
