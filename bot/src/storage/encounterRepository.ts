/**
 * Encounters table.
 *
 * Primary row (source of truth), one partition per meeting so a meeting's occurrences are one range query:
 *   PK = tenant|meeting|<meetingId>    RK = occ|<inverted start ms>   (newest first)
 * Index rows (projections for the activity view), one partition per clinician and per team, ordered by start:
 *   PK = tenant|clinician|<oid>        RK = <startedAt ISO>|<encounterId>
 *   PK = tenant|team|<teamKey>         RK = <startedAt ISO>|<encounterId>
 *   PK = tenant|learner|<oid>          RK = <startedAt ISO>|<encounterId>   (issue 4: each learner taking part)
 * Monthly activity aggregates, in each index partition beside the rows they sum (issue 14, activityAggregates.ts):
 *   RK = agg|<yyyy-mm>|<shard>   and   agg|<yyyy-mm>|checked
 * Writes: the primary row with its ETag (a concurrent writer gets EtagConflictError and `update` re-reads and
 * re-applies), then the index rows when the summary changed, each conditional on the primary's `version`
 * so a slower writer never puts an older summary over a newer one, each in one batch with its month's aggregate
 * (indexMove.ts). Keys: encounterKeys.ts (they never leave storage/); index rows: encounterIndex.ts; reads of the
 * index and the aggregates: encounterIndexReads.ts; paged reads merging several sources: encounterIndexReader.ts.
 * Card actions start from this instance's copy (`getForChange`, rememberedEncounters.ts), checked by the write.
 * A card that only shows the team of a meeting's encounter (the matrix) reads it as a recent copy
 * (`recentLatestForMeeting`, recentReads.ts), which this instance's own writes to the meeting drop at once.
 * Retention (encounters/retention.ts): the primary row's `purgeScheduled` column says its purge job is durably
 * queued. A row read without it (written before retention existed, or its `opened` listener failed) gets its
 * job scheduled through the retention hook given at construction, then the flag. That flag and the follow-up
 * ones (encounterFlags.ts) are carried over by every replace.
 */
import { AlreadyExistsError, EtagConflictError } from "../errors.js";
import { summarize, type Encounter, type EncounterSummary } from "../domain/encounter.js";
import type { TableGateway } from "./tableGateway.js";
import { encounterColumns, encounterFromRow } from "./encounterRows.js";
import { meetingPartition, primaryKeys } from "./encounterKeys.js";
import { RememberedEncounters } from "./rememberedEncounters.js";
import { flagColumns, flagsAfter, flagsFromRow, type EncounterFlags } from "./encounterFlags.js";
import { deleteIndexes, dropStaleIndexes, writeIndexes } from "./encounterIndex.js";
import { EncounterIndexReads } from "./encounterIndexReads.js";
import type { AggregateTouched } from "./indexMove.js";
import { CARD_READ_TTL_MS, RecentReads } from "./recentReads.js";

// Storage's own tests and tools reach the keys here; nothing outside storage/ does.
export {
  clinicianPartition,
  indexRow,
  learnerPartition,
  meetingPartition,
  occurrenceRow,
  teamPartition,
} from "./encounterKeys.js";

export interface StoredEncounter extends EncounterFlags {
  encounter: Encounter;
  etag: string;
  version: number;
  /** Taken from this instance's memory, not read now: storage may hold a later version. */
  remembered?: true;
}

/** Schedules the encounter's purge job; resolves false (having logged why) when it could not. Never throws. */
export type RetentionHook = (encounter: Encounter) => Promise<boolean>;

export interface UpdateResult {
  encounter: Encounter;
  /** The encounter before the change was applied (the version the change saw). */
  before: Encounter;
  changed: boolean;
  /** The stored version of `encounter` (bumped by each write). */
  version: number;
  /** The encounter's follow-up job chain is alive (encounterFlags.ts). */
  followUp: boolean;
}

const MAX_ATTEMPTS = 5;

function sameSummary(a: EncounterSummary, b: EncounterSummary): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface EncounterRepositoryOptions {
  /** Retention (encounters/retention.ts): called for each encounter read whose purge is not yet scheduled. */
  retentionHook?: RetentionHook;
  /** Told each source-month whose aggregate changed (the daily reconcile is scheduled from it); must not throw. */
  aggregateTouched?: AggregateTouched;
}

export class EncounterRepository extends EncounterIndexReads {
  private readonly retentionHook?: RetentionHook;
  private readonly remembered = new RememberedEncounters();
  /** By meeting partition: what `recentLatestForMeeting` read in the last seconds. */
  private readonly meetingReads = new RecentReads<StoredEncounter | undefined>(CARD_READ_TTL_MS);

  constructor(table: TableGateway, options: EncounterRepositoryOptions = {}) {
    super(table, options.aggregateTouched);
    this.retentionHook = options.retentionHook;
  }

  /** Create-if-absent: `created: false` (with the stored encounter) when this occurrence already exists. */
  async create(encounter: Encounter): Promise<{ created: boolean; stored: StoredEncounter }> {
    const keys = this.keysOf(encounter.tenantId, encounter.id);
    try {
      const etag = await this.table.create({ ...keys, ...encounterColumns(encounter, 1) });
      this.meetingReads.forget(keys.partitionKey);
      await writeIndexes(this.table, encounter, 1, this.touched);
      return { created: true, stored: this.remember({ encounter, etag, version: 1 }) };
    } catch (error) {
      if (!(error instanceof AlreadyExistsError)) throw error;
      const existing = await this.get(encounter.tenantId, encounter.id);
      if (!existing) throw error;
      return { created: false, stored: existing };
    }
  }

  /**
   * Point read by id; undefined for an unknown or malformed id. The tenant is part of the key.
   * `retention: false` skips the retention hook (the purge itself reads this way).
   */
  async get(
    tenantId: string,
    encounterId: string,
    options: { retention?: boolean } = {},
  ): Promise<StoredEncounter | undefined> {
    const keys = primaryKeys(tenantId, encounterId);
    if (!keys) return undefined;
    const row = await this.table.get(keys.partitionKey, keys.rowKey);
    if (!row) return undefined;
    const { encounter, version } = encounterFromRow(row.value);
    if (encounter.tenantId !== tenantId || encounter.id !== encounterId) return undefined;
    const stored = { encounter, etag: row.etag, version, ...flagsFromRow(row.value) };
    return this.remember(options.retention === false ? stored : await this.ensurePurge(stored));
  }

  /** The copy a change starts from: this instance's last read or write (no storage call), else a read. */
  async getForChange(tenantId: string, encounterId: string): Promise<StoredEncounter | undefined> {
    return this.remembered.get(tenantId, encounterId) ?? this.get(tenantId, encounterId);
  }

  private remember(stored: StoredEncounter): StoredEncounter {
    this.remembered.keep(stored);
    return stored;
  }

  private forget(tenantId: string, encounterId: string): void {
    this.remembered.forget(tenantId, encounterId);
    this.forgetMeetingRead(tenantId, encounterId);
  }

  private forgetMeetingRead(tenantId: string, encounterId: string): void {
    const keys = primaryKeys(tenantId, encounterId);
    if (keys) this.meetingReads.forget(keys.partitionKey);
  }

  /** The meeting's most recent occurrence (one single-partition query, first row). */
  async latestForMeeting(tenantId: string, meetingId: string): Promise<StoredEncounter | undefined> {
    const page = await this.table.page(meetingPartition(tenantId, meetingId), { prefix: "occ|" }, 1);
    const row = page.items[0];
    if (!row) return undefined;
    const { encounter, version } = encounterFromRow(row.value);
    return this.remember(await this.ensurePurge({ encounter, etag: row.etag, version, ...flagsFromRow(row.value) }));
  }

  /**
   * The meeting's most recent occurrence as read in the last seconds (CARD_READ_TTL_MS), for a card that only
   * shows which team the meeting is in — read for every click on the matrix, it costs a storage query otherwise.
   * Never the copy a change starts from: those read `latestForMeeting` or `getForChange`.
   */
  recentLatestForMeeting(tenantId: string, meetingId: string): Promise<StoredEncounter | undefined> {
    return this.meetingReads.get(meetingPartition(tenantId, meetingId), () =>
      this.latestForMeeting(tenantId, meetingId),
    );
  }

  /** A read found no purge flag: schedule the job, then set the flag with the ETag just read (content unchanged, new ETag). */
  private async ensurePurge(stored: StoredEncounter): Promise<StoredEncounter> {
    if (stored.purgeScheduled || !this.retentionHook) return stored;
    if (!(await this.retentionHook(stored.encounter))) return stored;
    const etag = await this.markPurgeScheduled(stored.encounter.tenantId, stored.encounter.id, stored.etag);
    return etag ? this.remember({ ...stored, etag, purgeScheduled: true }) : stored;
  }

  /**
   * Retention: records that the purge job is queued (a merge of the flag alone). With `etag`, only if the row is
   * unchanged since; returns the new ETag, or undefined when the row changed or is gone (a later read retries).
   */
  async markPurgeScheduled(tenantId: string, encounterId: string, etag = "*"): Promise<string | undefined> {
    return this.mark(tenantId, encounterId, { purgeScheduled: true }, etag);
  }

  /** The follow-up job chain (encounterFlags.ts) is alive, or ended; same terms as `markPurgeScheduled`. */
  async markFollowUp(tenantId: string, encounterId: string, alive: boolean, etag = "*"): Promise<string | undefined> {
    return this.mark(tenantId, encounterId, { followUp: alive }, etag);
  }

  private async mark(tenantId: string, encounterId: string, flag: EncounterFlags, etag: string) {
    this.forget(tenantId, encounterId);
    try {
      return await this.table.merge({ ...this.keysOf(tenantId, encounterId), ...flag }, etag);
    } catch (error) {
      if (error instanceof EtagConflictError || (error as { statusCode?: number }).statusCode === 404) return undefined;
      throw error;
    }
  }

  /**
   * Retention: deletes the encounter's index rows (every clinician, team and learner partition it can have one in:
   * all keys come from the encounter, point deletes only), then its primary row, last, so that a purge interrupted
   * half-way can still compute every key when it runs again. Idempotent: a missing row counts as deleted.
   */
  async deleteRows(e: Encounter): Promise<void> {
    this.forget(e.tenantId, e.id);
    await deleteIndexes(this.table, e, this.touched);
    const keys = this.keysOf(e.tenantId, e.id);
    await this.table.delete(keys.partitionKey, keys.rowKey);
  }

  /**
   * Applies `change` to the current encounter and writes it with the ETag it was read with; on a concurrent
   * write, re-reads and applies again. `change` must be pure and return the same object when nothing changes.
   * Undefined when the encounter does not exist. `initial`: a copy just read, to save the first read. `cards`: the
   * shared cards a change shows differently, recorded with it (encounterFlags.ts).
   */
  async update(
    tenantId: string,
    encounterId: string,
    change: (e: Encounter) => Encounter,
    initial?: StoredEncounter,
    cards: readonly string[] = [],
  ): Promise<UpdateResult | undefined> {
    for (let attempt = 1; ; attempt++) {
      const current =
        attempt === 1 && initial?.encounter.tenantId === tenantId && initial.encounter.id === encounterId
          ? initial
          : await this.get(tenantId, encounterId);
      if (!current) return undefined;
      const next = change(current.encounter);
      if (next === current.encounter) {
        // "Nothing to change" is only an answer about the stored version: a remembered copy is read again.
        if (current.remembered) continue;
        const { version, followUp } = current;
        return { encounter: next, before: current.encounter, changed: false, version, followUp: followUp === true };
      }
      const version = current.version + 1;
      try {
        const flags = flagsAfter(current, version, cards);
        const etag = await this.write(next, current, flags);
        this.remember({ encounter: next, etag, version, ...flags });
        this.forgetMeetingRead(tenantId, encounterId);
        return {
          encounter: next,
          before: current.encounter,
          changed: true,
          version,
          followUp: flags.followUp === true,
        };
      } catch (error) {
        this.forget(tenantId, encounterId);
        if (!(error instanceof EtagConflictError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  /** Rewrites the index rows from the primary row (repair after a failure between the two writes). */
  async reindex(tenantId: string, encounterId: string): Promise<void> {
    const current = await this.get(tenantId, encounterId);
    if (current) await writeIndexes(this.table, current.encounter, current.version, this.touched);
  }

  private keysOf(tenantId: string, encounterId: string): { partitionKey: string; rowKey: string } {
    const keys = primaryKeys(tenantId, encounterId);
    if (!keys) throw new RangeError("malformed encounter id");
    return keys;
  }

  /** Writes `next` over `current` if storage still holds that version; returns the new ETag. */
  private async write(next: Encounter, current: StoredEncounter, flags: EncounterFlags): Promise<string> {
    const version = current.version + 1;
    const etag = await this.table.replace(
      { ...this.keysOf(next.tenantId, next.id), ...encounterColumns(next, version), ...flagColumns(flags) },
      current.etag,
    );
    if (!sameSummary(summarize(next), summarize(current.encounter)))
      await writeIndexes(this.table, next, version, this.touched);
    await dropStaleIndexes(this.table, next, current.encounter, version, this.touched);
    return etag;
  }
}
