/**
 * The Encounters table's index rows (projections for the activity view, layout in encounterRepository.ts):
 * one row per encounter in each clinician, team and learner partition it belongs to, keyed by start time.
 * Each index write is conditional on the primary row's `version`, so a slower writer never puts an older
 * summary over a newer one; a row is dropped only when no newer write owns it.
 */
import { AlreadyExistsError, EtagConflictError } from "../errors.js";
import { summarize, type Encounter, type EncounterSummary } from "../domain/encounter.js";
import { clinicianPartition, indexRow, learnerPartition, teamPartition } from "./encounterKeys.js";
import { summaryColumns, summaryFromRow } from "./encounterRows.js";
import type { Row, TableGateway } from "./tableGateway.js";

const MAX_ATTEMPTS = 5;

/** The encounter's rows: its organiser's, its team's and each learner's partition. */
export async function writeIndexes(table: TableGateway, e: Encounter, version: number): Promise<void> {
  const summary = summarize(e);
  const partitions = [
    ...(e.organizerId ? [clinicianPartition(e.tenantId, e.organizerId)] : []),
    ...(e.teamKey ? [teamPartition(e.tenantId, e.teamKey)] : []),
    ...(e.learners ?? []).map((l) => learnerPartition(e.tenantId, l.learnerId)),
  ];
  await Promise.all(
    partitions.map((pk) => writeIndex(table, pk, indexRow(summary), summaryColumns(summary, version), version)),
  );
}

/** Create, or replace only an older version; a lost race with a newer writer is simply skipped. */
async function writeIndex(
  table: TableGateway,
  partitionKey: string,
  rowKey: string,
  columns: Row,
  version: number,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const existing = await table.get(partitionKey, rowKey);
    try {
      if (!existing) await table.create({ partitionKey, rowKey, ...columns });
      else if (Number(existing.value.version) < version)
        await table.replace({ partitionKey, rowKey, ...columns }, existing.etag);
      return;
    } catch (error) {
      const raced = error instanceof AlreadyExistsError || error instanceof EtagConflictError;
      if (!raced || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
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
): Promise<void> {
  const rowKey = indexRow(summarize(next));
  const kept = new Set((next.learners ?? []).map((l) => l.learnerId));
  const dropped = (before.learners ?? []).filter((l) => !kept.has(l.learnerId));
  await Promise.all(
    dropped.map((l) => dropIndexRow(table, learnerPartition(next.tenantId, l.learnerId), rowKey, version)),
  );
  if (before.teamKey && before.teamKey !== next.teamKey)
    await dropIndexRow(table, teamPartition(next.tenantId, before.teamKey), rowKey, version);
}

/** Deletes an index row unless a newer write owns it. */
async function dropIndexRow(table: TableGateway, partitionKey: string, rowKey: string, version: number): Promise<void> {
  const existing = await table.get(partitionKey, rowKey);
  if (existing && Number(existing.value.version) <= version) {
    await table.delete(partitionKey, rowKey, existing.etag).catch((error: unknown) => {
      if (!(error instanceof EtagConflictError)) throw error;
    });
  }
}

/**
 * Retention: deletes the encounter's index rows in every clinician, team and learner partition it can have
 * one in (all keys come from the encounter, point deletes only). A missing row counts as deleted.
 */
export async function deleteIndexes(table: TableGateway, e: Encounter): Promise<void> {
  const rowKey = indexRow(summarize(e));
  const partitions = new Set([
    ...[e.organizerId, ...e.clinicianIds]
      .filter((oid): oid is string => !!oid)
      .map((oid) => clinicianPartition(e.tenantId, oid)),
    ...(e.teamKey ? [teamPartition(e.tenantId, e.teamKey)] : []),
    ...(e.learners ?? []).map((l) => learnerPartition(e.tenantId, l.learnerId)),
  ]);
  await Promise.all([...partitions].map((pk) => table.delete(pk, rowKey)));
}

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
      { from: fromKey, to: toKey },
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
