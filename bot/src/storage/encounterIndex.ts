/**
 * The Encounters table's index rows (projections for the activity view, layout in encounterRepository.ts):
 * one row per encounter in each clinician, team and learner partition it belongs to, keyed by start time, each
 * moved together with its month's activity aggregate (indexMove.ts, activityAggregates.ts).
 * Each index write is conditional on the primary row's `version`, so a slower writer never puts an older
 * summary over a newer one; a row is dropped only when no newer write owns it.
 */
import { summarize, type Encounter, type EncounterSummary } from "../domain/encounter.js";
import type { ActivitySource } from "../domain/supervisionActivity.js";
import { AGGREGATE_PREFIX } from "./activityAggregates.js";
import { moveIndexRow, type AggregateTouched } from "./indexMove.js";
import { summaryFromRow } from "./encounterRows.js";
import type { TableGateway } from "./tableGateway.js";

/** The sources an encounter is indexed under: its organiser, its team, each learner. */
function sourcesOf(e: Encounter): ActivitySource[] {
  return [
    ...(e.organizerId ? [{ by: "clinician" as const, oid: e.organizerId }] : []),
    ...(e.teamKey ? [{ by: "team" as const, teamKey: e.teamKey }] : []),
    ...(e.learners ?? []).map((l) => ({ by: "learner" as const, oid: l.learnerId })),
  ];
}

/** The encounter's rows: create, or replace only an older version; a lost race with a newer writer is skipped. */
export async function writeIndexes(
  table: TableGateway,
  e: Encounter,
  version: number,
  touched?: AggregateTouched,
): Promise<void> {
  const summary = summarize(e);
  const next = { summary, version };
  const applies = (stored: { version: number } | undefined) => !stored || stored.version < version;
  await Promise.all(
    sourcesOf(e).map((source) =>
      moveIndexRow(table, { tenantId: e.tenantId, source, key: summary, next, applies }, touched),
    ),
  );
}

/**
 * After a change: a learner whose part was removed loses the encounter's row in their partition, and an
 * encounter moved to another team leaves the former team's activity view (unless a newer write owns the row).
 */
export async function dropStaleIndexes(
  table: TableGateway,
  next: Encounter,
  before: Encounter,
  version: number,
  touched?: AggregateTouched,
): Promise<void> {
  const kept = new Set((next.learners ?? []).map((l) => l.learnerId));
  const stale: ActivitySource[] = [
    ...(before.learners ?? [])
      .filter((l) => !kept.has(l.learnerId))
      .map((l) => ({ by: "learner" as const, oid: l.learnerId })),
    ...(before.teamKey && before.teamKey !== next.teamKey ? [{ by: "team" as const, teamKey: before.teamKey }] : []),
  ];
  const key = summarize(next);
  const applies = (stored: { version: number } | undefined) => stored !== undefined && stored.version <= version;
  await Promise.all(
    stale.map((source) => moveIndexRow(table, { tenantId: next.tenantId, source, key, applies }, touched)),
  );
}

/**
 * Retention: deletes the encounter's index rows in every clinician, team and learner partition it can have one in
 * (all keys come from the encounter, point reads and batches only), taking them out of the aggregates. A missing
 * row counts as deleted.
 */
export async function deleteIndexes(table: TableGateway, e: Encounter, touched?: AggregateTouched): Promise<void> {
  const key = summarize(e);
  const clinicians = new Set([e.organizerId, ...e.clinicianIds].filter((oid): oid is string => !!oid));
  const sources: ActivitySource[] = [
    ...[...clinicians].map((oid) => ({ by: "clinician" as const, oid })),
    ...sourcesOf(e).filter((s) => s.by !== "clinician"),
  ];
  const applies = (stored: { version: number } | undefined) => stored !== undefined;
  await Promise.all(
    sources.map((source) => moveIndexRow(table, { tenantId: e.tenantId, source, key, applies }, touched)),
  );
}

/** Index rows sort below the aggregates of their partition: a range read of rows stops there. */
const belowAggregates = (toKey: string) => (toKey < AGGREGATE_PREFIX ? toKey : AGGREGATE_PREFIX);

/** Up to `limit` summaries of one index partition with row keys in [fromKey, toKey), oldest first. */
export async function readIndexRange(
  table: TableGateway,
  partitionKey: string,
  fromKey: string,
  toKey: string,
  limit: number,
): Promise<EncounterSummary[]> {
  const out: EncounterSummary[] = [];
  let token: string | undefined;
  do {
    const page = await table.page(
      partitionKey,
      { from: fromKey, to: belowAggregates(toKey) },
      Math.min(1000, limit - out.length),
      token,
    );
    for (const row of page.items) out.push(summaryFromRow(row.value).summary);
    token = page.continuationToken;
  } while (token && out.length < limit);
  return out;
}

/** Summaries of one partition started in [from, to) (ISO date-times), oldest first, at most `limit`. */
export async function listIndex(
  table: TableGateway,
  partitionKey: string,
  from: string,
  to: string,
  limit: number,
): Promise<EncounterSummary[]> {
  const range = { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
  const out: EncounterSummary[] = [];
  for await (const row of table.list(partitionKey, range)) {
    out.push(summaryFromRow(row.value).summary);
    if (out.length >= limit) break;
  }
  return out;
}
