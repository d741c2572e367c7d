/**
 * A person's recent encounters from one index partition (theirs as clinician, or as learner), newest first.
 * An index read is oldest-first, so the window is read a month at a time from now backwards: when `max`
 * cuts the list, the oldest go, never this week's.
 */
import type { EncounterSummary } from "../domain/encounter.js";
import type { ActivitySource } from "../domain/supervisionActivity.js";
import type { IndexReader } from "../storage/encounterIndexReader.js";

const DAY_MS = 86_400_000;
const SLICE_DAYS = 30;
/** One month of one person's encounters is far below this: a slice is read whole. */
const MAX_PER_SLICE = 2000;

export async function recentEncounters(
  index: IndexReader,
  tenantId: string,
  source: ActivitySource,
  now: Date,
  days: number,
  max: number,
): Promise<EncounterSummary[]> {
  // A minute ahead: an encounter opened just now is in.
  const end = now.getTime() + 60_000;
  const start = now.getTime() - days * DAY_MS;
  const out: EncounterSummary[] = [];
  for (let to = end; to > start && out.length < max; to -= SLICE_DAYS * DAY_MS) {
    const from = Math.max(start, to - SLICE_DAYS * DAY_MS);
    const rows = await index.readIndex(
      tenantId,
      source,
      new Date(from).toISOString(),
      new Date(to).toISOString(),
      MAX_PER_SLICE,
    );
    out.push(...rows.reverse().slice(0, max - out.length));
  }
  return out;
}
