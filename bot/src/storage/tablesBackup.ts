/**
 * A copy of every Balises table, for backups and restore drills (docs/operations.md): Azure Table Storage keeps no
 * point-in-time copy of its own. One NDJSON file per table, named without the deployment's prefix, each row with
 * its properties' types (Int64, DateTime…) so that a restore writes them back as they were; the service's
 * metadata (ETag, Timestamp) is not kept — storage gives restored rows their own. Restoring writes each row over the
 * row of the same keys (rows absent from the copy are left as they are): restore into an empty deployment, or
 * another prefix for a drill. Every storage call has a deadline.
 */
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { RestError, type TableClient, type TableEntity, type TableEntityResultPage } from "@azure/data-tables";
import { TABLE_NAMES, type TableClientFactory, type TableName } from "./tableClients.js";

/** The longest one page of rows, or one row written, may take. */
const CALL_DEADLINE_MS = 30_000;

export interface TableCount {
  table: TableName;
  rows: number;
}

const fileOf = (dir: string, table: TableName) => path.join(dir, `${table}.ndjson`);
const deadline = () => ({ abortSignal: AbortSignal.timeout(CALL_DEADLINE_MS) });

/** Writes every row of every table into `dir`; a table not created yet gives an empty file. */
export async function exportTables(tables: TableClientFactory, dir: string): Promise<TableCount[]> {
  await mkdir(dir, { recursive: true });
  const counts: TableCount[] = [];
  for (const table of TABLE_NAMES) {
    const out = createWriteStream(fileOf(dir, table), { encoding: "utf8" });
    let rows = 0;
    try {
      let token: string | undefined;
      do {
        const page = await pageOf(tables.client(table), token);
        for (const { etag: _etag, timestamp: _timestamp, ...row } of page?.rows ?? []) {
          if (!out.write(`${JSON.stringify(row)}\n`)) await once(out, "drain");
          rows++;
        }
        token = page?.continuationToken;
      } while (token);
    } finally {
      out.end();
      await once(out, "finish");
    }
    counts.push({ table, rows });
  }
  return counts;
}

/** One page of rows, its types kept, within the call's deadline; none for a table never created. */
async function pageOf(client: TableClient, continuationToken: string | undefined) {
  try {
    const pages = client
      .listEntities({ disableTypeConversion: true, ...deadline() })
      .byPage({ maxPageSize: 1000, continuationToken });
    const next = await pages.next();
    if (next.done === true) return undefined;
    const page: TableEntityResultPage<Record<string, unknown>> = next.value;
    return { rows: [...page], continuationToken: page.continuationToken };
  } catch (error) {
    if (error instanceof RestError && error.statusCode === 404) return undefined;
    throw error;
  }
}

/** Writes every row of the copy in `dir` back, each over the row of the same keys; creates missing tables. */
export async function importTables(tables: TableClientFactory, dir: string): Promise<TableCount[]> {
  const counts: TableCount[] = [];
  for (const table of TABLE_NAMES) {
    const client = tables.client(table);
    await client.createTable(deadline());
    let rows = 0;
    const lines = createInterface({ input: createReadStream(fileOf(dir, table), { encoding: "utf8" }) });
    for await (const line of lines) {
      if (line.trim() === "") continue;
      await client.upsertEntity(JSON.parse(line) as TableEntity, "Replace", deadline());
      rows++;
    }
    counts.push({ table, rows });
  }
  return counts;
}
