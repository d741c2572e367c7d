/**
 * The tables' copy and restore (docs/operations.md, `npm run tables`) against Azurite: every table of the prefix,
 * every row with its properties' types, back into another prefix as they were; another deployment's tables untouched.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { createTableClientFactory, type TableClientFactory } from "../../bot/src/storage/tableClients.js";
import { exportTables, importTables } from "../../bot/src/storage/tablesBackup.js";

let azurite: RunningAzurite;
let dir: string;

beforeAll(async () => {
  azurite = await startAzurite();
  dir = await mkdtemp(path.join(tmpdir(), "balises-tables-"));
});
afterAll(async () => {
  await azurite.stop();
  await rm(dir, { recursive: true, force: true });
});

const factory = (prefix: string): TableClientFactory => createTableClientFactory(azurite.storage(prefix));

/** A row with every kind of value Balises stores: text (accents, a JSON column), whole and decimal numbers, a flag, a 64-bit count, a date. */
const ROW = {
  partitionKey: "11111111-1111-4111-8111-111111111111|meeting|19:meeting_Y2Fk@thread.v2",
  rowKey: "occ|998204059364150",
  consents: JSON.stringify([{ method: "verbal", note: "Évaluée à 13 h 45 — « oui »" }]),
  planRev: 3,
  ratio: 0.75,
  open: true,
  // A millisecond time (a claim's lease): a whole number the SDK would call Int32, which it does not fit.
  claimedUntil: 1764400000000,
  big: { value: "9007199254740993", type: "Int64" },
  at: { value: "2026-11-23T14:00:00.000Z", type: "DateTime" },
};

async function rowsOf(tables: TableClientFactory, table: "Encounters" | "Audit") {
  const rows: Record<string, unknown>[] = [];
  for await (const { etag: _e, timestamp: _t, ...row } of tables
    .client(table)
    .listEntities({ disableTypeConversion: true }))
    rows.push(row);
  return rows;
}

describe("a copy of the tables and its restore", () => {
  it("restores every row with its types into another prefix; other tables are neither copied nor touched", async () => {
    const live = factory("live");
    const encounters = live.client("Encounters");
    await encounters.createTable();
    await encounters.upsertEntity(ROW, "Replace");
    // More rows than a page, in another table.
    const audit = live.client("Audit");
    await audit.createTable();
    for (let i = 0; i < 1005; i++)
      await audit.upsertEntity({ partitionKey: "t|team", rowKey: String(i).padStart(5, "0"), action: "config.update" });
    const other = factory("other").client("Encounters");
    await other.createTable();
    await other.upsertEntity({ partitionKey: "p", rowKey: "r", kept: "oui" });

    const exported = await exportTables(live, dir);
    expect(exported.find((c) => c.table === "Encounters")?.rows).toBe(1);
    expect(exported.find((c) => c.table === "Audit")?.rows).toBe(1005);
    // A table never created is an empty file, not a failure.
    expect(exported.find((c) => c.table === "Learners")?.rows).toBe(0);
    expect(await readFile(path.join(dir, "Encounters.ndjson"), "utf8")).not.toMatch(/etag|timestamp/i);
    // The copy names staff: its owner alone reads it; nothing is left half-written.
    expect((await stat(path.join(dir, "Audit.ndjson"))).mode & 0o777).toBe(0o600);
    expect((await readdir(dir)).filter((f) => f.endsWith(".partial"))).toEqual([]);

    const restoredTables = factory("drill");
    await importTables(restoredTables, dir);
    expect(await rowsOf(restoredTables, "Encounters")).toEqual(await rowsOf(live, "Encounters"));
    const [restored] = await rowsOf(restoredTables, "Encounters");
    expect(restored).toMatchObject({
      big: { value: "9007199254740993", type: "Int64" },
      at: { type: "DateTime" },
      claimedUntil: { value: "1764400000000" },
    });
    // Storage does not type its numbers when read back; the copy writes the time as a Double, which it fits.
    const [line] = (await readFile(path.join(dir, "Encounters.ndjson"), "utf8")).trim().split("\n");
    expect(JSON.parse(line!)).toMatchObject({
      claimedUntil: { value: "1764400000000", type: "Double" },
      planRev: { value: "3", type: "Int32" },
    });
    expect(JSON.parse((restored as { consents: { value: string } }).consents.value)).toEqual(JSON.parse(ROW.consents));
    expect(await rowsOf(restoredTables, "Audit")).toHaveLength(1005);
    expect(await rowsOf(factory("other"), "Encounters")).toEqual([
      { partitionKey: "p", rowKey: "r", kept: { value: "oui", type: "String" } },
    ]);
  });

  it("refuses a folder with no copy before writing anything; a table the copy lacks is said absent", async () => {
    const empty = await mkdtemp(path.join(tmpdir(), "balises-empty-"));
    await expect(importTables(factory("nothing"), empty)).rejects.toThrow(/No copy of the tables/);
    await writeFile(path.join(empty, "Audit.ndjson"), "");
    const counts = await importTables(factory("older"), empty);
    expect(counts.find((c) => c.table === "Audit")).toEqual({ table: "Audit", rows: 0 });
    expect(counts.find((c) => c.table === "Preferences")).toEqual({ table: "Preferences", rows: 0, absent: true });
    await rm(empty, { recursive: true, force: true });
  });

  it("runs as the operator runs it, with the service's storage settings", async () => {
    const out = path.join(dir, "cli");
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "scripts/tables.ts", "export", out],
      { env: { ...process.env, STORAGE_CONNECTION_STRING: azurite.connectionString, STORAGE_TABLE_PREFIX: "live" } },
    );
    expect(stdout).toMatch(/^Encounters\s+1$/m);
    expect(stdout).toContain(`Copie écrite dans ${out} / Copy written to ${out}`);
    expect(await readFile(path.join(out, "Encounters.ndjson"), "utf8")).toContain("9007199254740993");
  });
});
