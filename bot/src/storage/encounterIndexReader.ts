/**
 * Reads an activity view's rows from the encounter index (only single-partition range queries, never scans).
 * A view may span several sources (a supervisor's learners; a clinician who is also a learner): their rows
 * are merged by index row key (start time, encounter id), deduplicated, filtered, and paged with our own
 * token — the last row key shown — so the next page starts right after it in every source.
 */
import { badContinuationToken } from "./continuationToken.js";
import type { EncounterSummary } from "../domain/encounter.js";
import type { ActivitySource } from "../domain/supervisionActivity.js";
import { indexRow } from "./encounterKeys.js";

/** The one read this needs (EncounterRepository.readIndex). */
export interface IndexReader {
  readIndex: (
    tenantId: string,
    source: ActivitySource,
    fromKey: string,
    toKey: string,
    limit: number,
  ) => Promise<EncounterSummary[]>;
}

export interface RowSource {
  tenantId: string;
  sources: ActivitySource[];
  /** Rows of the view (e.g. of this team only). */
  keep: (s: EncounterSummary) => boolean;
}

export function encodeToken(afterKey: string): string {
  return Buffer.from(JSON.stringify({ after: afterKey }), "utf8").toString("base64url");
}

export function decodeToken(token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  try {
    const decoded = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as { after?: unknown };
    if (typeof decoded.after === "string" && decoded.after.length > 0 && decoded.after.length <= 1024)
      return decoded.after;
  } catch {
    // not our token: refused below
  }
  throw badContinuationToken();
}

/** Just after `key` in row-key order. */
const after = (key: string) => key + "\u0000";

export interface RowPage {
  items: EncounterSummary[];
  /** Present when more rows may follow. */
  continuationToken?: string;
}

interface Merged {
  /** Row keys in order, each with its summary. */
  rows: [string, EncounterSummary][];
  /** Set when a source may have more rows: only rows up to this key were merged. */
  bound?: string;
}

/** One batch of every source from `cursor`: a full batch may have more rows after its last one. */
async function readBatch(repo: IndexReader, source: RowSource, cursor: string, toKey: string, want: number) {
  const batches = await Promise.all(source.sources.map((s) => repo.readIndex(source.tenantId, s, cursor, toKey, want)));
  const fullLasts = batches.flatMap((b) => (b.length === want ? b.slice(-1).map(indexRow) : []));
  const bound = fullLasts.sort()[0];
  const merged = new Map<string, EncounterSummary>();
  for (const s of batches.flat()) {
    const key = indexRow(s);
    if (bound === undefined || key <= bound) merged.set(key, s);
  }
  const rows = [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { rows, ...(bound !== undefined ? { bound } : {}) } satisfies Merged;
}

/** One page of at most `pageSize` kept rows with row keys in [fromKey, toKey), oldest first. */
export async function readPage(
  repo: IndexReader,
  source: RowSource,
  fromKey: string,
  toKey: string,
  pageSize: number,
  token?: string,
): Promise<RowPage> {
  const resumeAfter = decodeToken(token);
  let cursor = resumeAfter && resumeAfter >= fromKey ? after(resumeAfter) : fromKey;
  const items: EncounterSummary[] = [];
  while (cursor < toKey) {
    const { rows, bound } = await readBatch(repo, source, cursor, toKey, Math.max(pageSize - items.length, 50));
    for (const [i, [key, s]] of rows.entries()) {
      if (!source.keep(s)) continue;
      items.push(s);
      if (items.length === pageSize) {
        const more = i < rows.length - 1 || bound !== undefined;
        return { items, ...(more ? { continuationToken: encodeToken(key) } : {}) };
      }
    }
    if (bound === undefined) break;
    cursor = after(bound);
  }
  return { items };
}

/** Every kept row of the range, in row-key order, page by page (for totals and exports). */
export async function forEachRow(
  repo: IndexReader,
  source: RowSource,
  fromKey: string,
  toKey: string,
  onRow: (s: EncounterSummary) => void | Promise<void>,
  maxRows = 200_000,
): Promise<number> {
  let token: string | undefined;
  let count = 0;
  do {
    const page = await readPage(repo, source, fromKey, toKey, 1000, token);
    for (const s of page.items) await onRow(s);
    count += page.items.length;
    token = page.continuationToken;
  } while (token && count < maxRows);
  return count;
}

/** `n` consecutive slices of [fromKey, toKey): row keys start with the ISO start time, so ISO instants bound them. */
function slices(fromKey: string, toKey: string, n: number): [string, string][] {
  const from = Date.parse(fromKey);
  const to = Date.parse(toKey);
  const bounds = Array.from({ length: n + 1 }, (_, i) =>
    i === 0 ? fromKey : i === n ? toKey : new Date(from + Math.round(((to - from) * i) / n)).toISOString(),
  );
  return bounds.slice(1).map((end, i) => [bounds[i] ?? fromKey, end]);
}

/**
 * Like forEachRow, in any order: the range is cut into `parts` time slices read `concurrency` at a time
 * (each slice is its own range query, so a year's totals do not wait on fifty pages one after the other).
 */
export async function forEachRowUnordered(
  repo: IndexReader,
  source: RowSource,
  fromKey: string,
  toKey: string,
  onRow: (s: EncounterSummary) => void | Promise<void>,
  parts: number,
  concurrency = 4,
): Promise<number> {
  const pending = slices(fromKey, toKey, Math.max(1, Math.min(parts, 24)));
  let count = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, pending.length) }, async () => {
      for (let slice = pending.shift(); slice; slice = pending.shift())
        count += await forEachRow(repo, source, slice[0], slice[1], onRow);
    }),
  );
  return count;
}
