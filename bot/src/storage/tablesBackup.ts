/**
 * A copy of every Balises table, for backups and restore drills (docs/operations.md): Azure Table Storage keeps no
 * point-in-time copy of its own. One NDJSON file per table, named without the deployment's prefix, each row with
 * its properties' types (Int64, DateTime…) so that a restore writes them back as they were; the service's
 * metadata (ETag, Timestamp) is not kept — storage gives restored rows their own. Restoring writes each row over the
 * row of the same keys (rows absent from the copy are left as they are): restore into an empty deployment, or
 * another prefix for a drill. Every storage call has a deadline.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { access, mkdir, rename } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  RestError,
  type TableClient,
  type TableEntity,
  type TableEntityResult,
  type TableEntityResultPage,
} from "@azure/data-tables";
import { TABLE_NAMES, type TableClientFactory, type TableName } from "./tableClients.js";
import { stripMetadata, type Row } from "./tableGateway.js";

/** The longest one page of rows, or one row written, may take. */
const CALL_DEADLINE_MS = 30_000;

export interface TableCount {
  table: TableName;
  rows: number;
  /** Restoring: the copy has no file for this table. */
  absent?: true;
}

const fileOf = (dir: string, table: TableName) => path.join(dir, `${table}.ndjson`);
const deadline = () => ({ abortSignal: AbortSignal.timeout(CALL_DEADLINE_MS) });

const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

/**
 * A row as the copy keeps it. Storage does not say the type of a number; the SDK calls every whole one Int32, which
 * a millisecond time (a claim's lease, a send budget's pause) does not fit: those are kept as Double, as stored.
 */
function copied(entity: TableEntityResult<Row>): Row {
  const row = stripMetadata(entity);
  for (const [name, value] of Object.entries(row)) {
    const typed = value as { value?: unknown; type?: unknown } | null;
    if (typed?.type !== "Int32") continue;
    const n = Number(typed.value);
    if (n < INT32.min || n > INT32.max) row[name] = { value: String(typed.value), type: "Double" };
  }
  return row;
}

/** The table's rows as the file's lines, counted as they go. */
async function* linesOf(client: TableClient, count: { rows: number }): AsyncGenerator<string> {
  let token: string | undefined;
  do {
    const page = await pageOf(client, token);
    for (const row of page?.rows ?? []) {
      count.rows++;
      yield `${JSON.stringify(copied(row))}\n`;
    }
    token = page?.continuationToken;
  } while (token);
}

/**
 * Writes every row of every table into `dir`, readable by its owner only (the copy names staff); a table not
 * created yet gives an empty file. Each file is written aside and named only once complete: a copy cut short
 * leaves no file that looks whole.
 */
export async function exportTables(tables: TableClientFactory, dir: string): Promise<TableCount[]> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const counts: TableCount[] = [];
  for (const table of TABLE_NAMES) {
    const count = { rows: 0 };
    const partial = `${fileOf(dir, table)}.partial`;
    const lines = Readable.from(linesOf(tables.client(table), count));
    await pipeline(lines, createWriteStream(partial, { encoding: "utf8", mode: 0o600 }));
    await rename(partial, fileOf(dir, table));
    counts.push({ table, rows: count.rows });
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

/**
 * Writes every row of the copy in `dir` back, each over the row of the same keys; creates missing tables. A folder
 * holding no copy is refused before anything is written; a table the copy lacks (taken by an earlier version)
 * restores nothing and is said as absent.
 */
export async function importTables(tables: TableClientFactory, dir: string): Promise<TableCount[]> {
  const present = await Promise.all(
    TABLE_NAMES.map((table) =>
      access(fileOf(dir, table)).then(
        () => true,
        () => false,
      ),
    ),
  );
  if (!present.some(Boolean)) throw new Error(`No copy of the tables in ${dir} (no ${TABLE_NAMES[0]}.ndjson…)`);
  const counts: TableCount[] = [];
  for (const [i, table] of TABLE_NAMES.entries()) {
    if (!present[i]) {
      counts.push({ table, rows: 0, absent: true });
      continue;
    }
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
