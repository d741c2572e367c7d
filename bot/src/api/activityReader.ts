/**
 * Reads the activity view's rows from the encounter index partitions (issue 7's index rows; only
 * single-partition range queries, never scans). A view may span several partitions (a supervisor's
 * learners; a clinician who is also a learner): they are merged by row key (start time, encounter id),
 * deduplicated, filtered, and paged with our own token — the last row key shown — so the next page starts
 * right after it in every partition.
 */
import { ValidationError } from "../errors.js";
import type { EncounterSummary } from "../domain/encounter.js";
import { indexRow, type EncounterRepository } from "../storage/encounterRepository.js";

export interface RowSource {
  partitions: string[];
  /** Rows of the view (e.g. of this team only). */
  keep: (s: EncounterSummary) => boolean;
}

const BAD_TOKEN = { "fr-CA": "Jeton de continuation invalide.", en: "Invalid continuation token." };

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
    // fall through
  }
  throw new ValidationError([{ path: "continuationToken", message: BAD_TOKEN }], BAD_TOKEN);
}

/** Just after `key` in row-key order. */
const after = (key: string) => key + "\u0000";

export interface RowPage {
  items: EncounterSummary[];
  /** Present when more rows may follow. */
  continuationToken?: string;
}

/** One page of at most `pageSize` kept rows with row keys in [fromKey, toKey), oldest first. */
export async function readPage(
  repo: EncounterRepository,
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
    const want = Math.max(pageSize - items.length, 50);
    const batches = await Promise.all(source.partitions.map((pk) => repo.readIndexRange(pk, cursor, toKey, want)));
    // A full batch may have more rows after its last one: only rows up to the smallest such key are safe to merge.
    const fullLasts = batches.filter((b) => b.length === want).map((b) => indexRow(b[b.length - 1]!));
    const bound = fullLasts.length > 0 ? fullLasts.sort()[0]! : undefined;
    const merged = new Map<string, EncounterSummary>();
    for (const s of batches.flat()) {
      const key = indexRow(s);
      if (bound === undefined || key <= bound) merged.set(key, s);
    }
    const keys = [...merged.keys()].sort();
    for (let i = 0; i < keys.length; i++) {
      const s = merged.get(keys[i]!)!;
      if (!source.keep(s)) continue;
      items.push(s);
      if (items.length === pageSize) {
        const more = i < keys.length - 1 || bound !== undefined;
        return { items, ...(more ? { continuationToken: encodeToken(keys[i]!) } : {}) };
      }
    }
    if (bound === undefined) break;
    cursor = after(bound);
  }
  return { items };
}

/** Every kept row of the range, in row-key order, page by page (for totals and exports). */
export async function forEachRow(
  repo: EncounterRepository,
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

/**
 * Like forEachRow, in any order: the range is cut into `parts` time slices read `concurrency` at a time
 * (each slice is its own range query, so a year's totals do not wait on fifty pages one after the other).
 * Row keys start with the ISO start time, so ISO instants are valid slice bounds.
 */
export async function forEachRowUnordered(
  repo: EncounterRepository,
  source: RowSource,
  fromKey: string,
  toKey: string,
  onRow: (s: EncounterSummary) => void | Promise<void>,
  parts: number,
  concurrency = 4,
): Promise<number> {
  const from = Date.parse(fromKey);
  const to = Date.parse(toKey);
  const n = Math.max(1, Math.min(parts, 24));
  const bounds = Array.from({ length: n + 1 }, (_, i) =>
    i === 0 ? fromKey : i === n ? toKey : new Date(from + Math.round(((to - from) * i) / n)).toISOString(),
  );
  let next = 0;
  let count = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, n) }, async () => {
      while (next < n) {
        const i = next++;
        count += await forEachRow(repo, source, bounds[i]!, bounds[i + 1]!, onRow);
      }
    }),
  );
  return count;
}
