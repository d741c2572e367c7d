/**
 * The audit trail (table Audit), append-only: nothing here updates or deletes. Partition = tenant id and
 * team key (escaped); row key = inverted time + sequence + random suffix, so a range read returns the
 * newest entries first. Entries say who (Entra object id), when, what action and which fields changed, with
 * their codes, numbers and yes/no before and after — and of free text only its size (domain/auditMinimise.ts),
 * on the way in and on the way out (rows written before that rule never leave the service with their text).
 */
import { randomBytes } from "node:crypto";
import { checkTableToken } from "./continuationToken.js";
import type { FieldChange } from "../domain/configDiff.js";
import { minimiseChanges } from "../domain/auditMinimise.js";
import { compositeKey } from "./keys.js";
import { readJsonColumn, writeJsonColumn } from "./jsonColumns.js";
import type { TableGateway } from "./tableGateway.js";

export type AuditAction = "config.install" | "config.update" | "pilot.add" | "pilot.remove" | (string & {});

export interface AuditEntry {
  at: string;
  by: string;
  action: AuditAction;
  changes: FieldChange[];
}

export interface AuditPage {
  items: AuditEntry[];
  continuationToken?: string;
}

const MAX_TIME = 9_999_999_999_999;
const MAX_SEQUENCE = 9_999_999;
/** Actions in one batch transaction, at most (Azure Tables). */
const MAX_BATCH = 100;
/** Past this many characters of changes, large values are replaced by { omitted: true }. */
const MAX_CHANGES_CHARS = 200_000;
const MAX_VALUE_CHARS = 1_000;
const OMITTED = { omitted: true };

function invertedTime(at: string): string {
  return String(MAX_TIME - new Date(at).getTime()).padStart(13, "0");
}

export function boundChanges(changes: FieldChange[]): FieldChange[] {
  if (JSON.stringify(changes).length <= MAX_CHANGES_CHARS) return changes;
  const shrink = (v: unknown) => (JSON.stringify(v ?? null).length > MAX_VALUE_CHARS ? OMITTED : v);
  const smaller = changes.map((c) => ({ path: c.path, before: shrink(c.before), after: shrink(c.after) }));
  const out: FieldChange[] = [];
  let size = 2;
  for (const change of smaller) {
    size += JSON.stringify(change).length + 1;
    if (size > MAX_CHANGES_CHARS) {
      out.push({ path: "…", before: OMITTED, after: OMITTED });
      break;
    }
    out.push(change);
  }
  return out;
}

export class AuditRepository {
  private sequence = 0;

  constructor(private readonly table: TableGateway) {}

  static partition(tenantId: string, teamKey: string): string {
    return compositeKey(tenantId, teamKey);
  }

  private rowKey(at: string): string {
    const inverted = invertedTime(at);
    this.sequence = (this.sequence + 1) % 1_000_000;
    const seq = String(999_999 - this.sequence).padStart(6, "0");
    return `${inverted}-${seq}-${randomBytes(4).toString("hex")}`;
  }

  async append(tenantId: string, teamKey: string, entry: AuditEntry): Promise<void> {
    await this.appendTo(AuditRepository.partition(tenantId, teamKey), { teamKey }, entry);
  }

  /** Consent events of one encounter (DESIGN: consent events are audited), apart from the team's configuration history. */
  static encounterPartition(tenantId: string, encounterId: string): string {
    return compositeKey(tenantId, "encounter", encounterId);
  }

  /**
   * Events of one encounter, each numbered by the caller (`sequence`: unique within the encounter, larger for a
   * later event): the row key comes from its time and number, so writing an event again leaves one row (an upsert
   * of the same content). Newest first, as with `append`. One call per event, side by side.
   */
  async appendOnceForEncounter(
    tenantId: string,
    encounterId: string,
    events: Array<{ sequence: number; entry: AuditEntry }>,
  ): Promise<void> {
    const partitionKey = AuditRepository.encounterPartition(tenantId, encounterId);
    const rows = events.map(({ sequence, entry }) => {
      const rowKey = `${invertedTime(entry.at)}-${String(MAX_SEQUENCE - sequence).padStart(7, "0")}`;
      return this.rowOf(partitionKey, rowKey, { encounterId }, entry);
    });
    const [only] = rows;
    if (rows.length === 1 && only) await this.table.upsert(only);
    // Otherwise one request per batch transaction's worth: upserts, as safe to send again as each.
    else
      for (let i = 0; i < rows.length; i += MAX_BATCH)
        await this.table.transaction(
          rows.slice(i, i + MAX_BATCH).map((row) => ["upsert", row, "Replace"]),
          "repeatable",
        );
  }

  async pageForEncounter(
    tenantId: string,
    encounterId: string,
    pageSize: number,
    continuationToken?: string,
  ): Promise<AuditPage> {
    return this.pageOf(AuditRepository.encounterPartition(tenantId, encounterId), pageSize, continuationToken);
  }

  private async appendTo(partitionKey: string, scope: Record<string, string>, entry: AuditEntry): Promise<void> {
    await this.table.create(this.rowOf(partitionKey, this.rowKey(entry.at), scope, entry));
  }

  private rowOf(partitionKey: string, rowKey: string, scope: Record<string, string>, entry: AuditEntry) {
    const row = { partitionKey, rowKey, ...scope, at: entry.at, by: entry.by, action: entry.action };
    writeJsonColumn(row, "changes", boundChanges(minimiseChanges(entry.changes)));
    return row;
  }

  /** Newest first, one page at a time. */
  async page(tenantId: string, teamKey: string, pageSize: number, continuationToken?: string): Promise<AuditPage> {
    return this.pageOf(AuditRepository.partition(tenantId, teamKey), pageSize, continuationToken);
  }

  private async pageOf(partitionKey: string, pageSize: number, continuationToken?: string): Promise<AuditPage> {
    checkTableToken(continuationToken);
    const page = await this.table.page(partitionKey, {}, pageSize, continuationToken);
    return {
      items: page.items.map(({ value }) => ({
        at: String(value.at),
        by: String(value.by),
        action: String(value.action),
        changes: minimiseChanges((readJsonColumn(value, "changes") as FieldChange[] | undefined) ?? []),
      })),
      ...(page.continuationToken ? { continuationToken: page.continuationToken } : {}),
    };
  }
}
