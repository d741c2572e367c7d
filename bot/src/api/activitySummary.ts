/**
 * The activity summary's totals (seed 003 §1.1, §2.3, §9), two ways that give the same figures:
 * - from the monthly aggregates (issue 14; storage/activityAggregates.ts): each slice of the view reads its months
 *   in one range read, and its days are settled at the time of reading (domain/activityDayTotals.ts). A day that
 *   hangs on an encounter's exact time, and a month the reconcile job has not yet checked, are read from their
 *   index rows instead — a day or a month, never the whole range;
 * - from the rows, every one of the range (a view whose sources may share encounters: a supervisor's learners).
 */
import { DateTime } from "luxon";
import { addCountedDays, flagStudents } from "../domain/activityDayTotals.js";
import { facetsOf, type ActivitySlice } from "../domain/activityFacets.js";
import type { ActivityAccumulator } from "../domain/activityTotals.js";
import { isoDate, quebecPeriodInstants, todayInQuebec } from "../domain/clock.js";
import type { EncounterSummary } from "../domain/encounter.js";
import { CLINIC_ZONE } from "../domain/followUp.js";
import type { EncounterIndexReads } from "../storage/encounterIndexReads.js";
import { forEachRow, forEachRowUnordered, type IndexReader } from "../storage/encounterIndexReader.js";
import type { ActivityQuery } from "./activityQuery.js";
import type { ActivityScope } from "./activityService.js";

export interface SummaryPorts {
  encounters: IndexReader & Pick<EncounterIndexReads, "readAggregates">;
  now: () => Date;
}

/** Every row of the range, a few monthly slices at a time (totals do not depend on order). */
export async function addRows(ports: SummaryPorts, scope: ActivityScope, q: ActivityQuery, acc: ActivityAccumulator) {
  const months = Math.ceil((Date.parse(q.end) - Date.parse(q.start)) / (31 * 86_400_000));
  const add = async (s: EncounterSummary) => acc.add(await scope.rows.row(s));
  await forEachRowUnordered(ports.encounters, scope, q.start, q.end, add, months);
}

const quebecDay = (date: string) => DateTime.fromISO(date, { zone: CLINIC_ZONE });

/** The UTC instants [from, to), within the query's range. */
function within(q: ActivityQuery, { from, to }: { from: string; to: string }): [string, string] {
  return [from > q.start ? from : q.start, to < q.end ? to : q.end];
}

/** The months of the range (yyyy-mm), first to last. */
function monthsOf(q: ActivityQuery): string[] {
  const months: string[] = [];
  for (let m = quebecDay(q.from).startOf("month"); isoDate(m) <= q.to; m = m.plus({ months: 1 }))
    months.push(isoDate(m).slice(0, 7));
  return months;
}

/** One slice's totals from its aggregates; what they cannot settle, from its rows. */
async function addSlice(
  ports: SummaryPorts,
  scope: ActivityScope,
  slice: ActivitySlice,
  q: ActivityQuery,
  acc: ActivityAccumulator,
) {
  const { days, checked } = await ports.encounters.readAggregates(
    scope.tenantId,
    slice.source,
    q.from.slice(0, 7),
    q.to.slice(0, 7),
  );
  const counted = new Map([...days].filter(([date]) => checked.has(date.slice(0, 7))));
  const now = ports.now();
  const supervision = await scope.rows.supervision(flagStudents(counted.values()));
  const reading = { now, today: todayInQuebec(now), supervision, missingCorridor: scope.rows.missingCorridor };
  const unsettled = addCountedDays(acc, counted, slice.facet, { fromDate: q.from, toDate: q.to }, reading);
  const ranges = [
    ...monthsOf(q)
      .filter((m) => !checked.has(m))
      .map((m) => within(q, quebecPeriodInstants(m))),
    ...unsettled.map((date) => within(q, quebecPeriodInstants(date))),
  ];
  const keep = (s: EncounterSummary) => scope.keep(s) && facetsOf(s, slice.source).includes(slice.facet);
  const source = { tenantId: scope.tenantId, sources: [slice.source], keep };
  for (const [from, to] of ranges)
    await forEachRow(ports.encounters, source, from, to, async (s) => acc.add(await scope.rows.row(s)));
}

/** The view's totals from the aggregates of its slices. */
export async function addAggregates(
  ports: SummaryPorts,
  scope: ActivityScope,
  slices: readonly ActivitySlice[],
  q: ActivityQuery,
  acc: ActivityAccumulator,
): Promise<void> {
  await Promise.all(slices.map((slice) => addSlice(ports, scope, slice, q, acc)));
}
