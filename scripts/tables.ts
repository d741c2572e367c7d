/**
 * `npm run tables -- export <dir>` / `npm run tables -- import <dir>`: a copy of a deployment's tables and its
 * restore (docs/operations.md). Storage is named as the service names it: STORAGE_TABLE_ENDPOINT, reached with your
 * own Entra sign-in (`az login`; a Storage Table Data Reader role to export, Contributor to import), or
 * STORAGE_CONNECTION_STRING (Azurite: nothing to set); STORAGE_TABLE_PREFIX if not « balises ».
 */
import { loadStorageConfig } from "../bot/src/config.js";
import { createTableClientFactory } from "../bot/src/storage/tableClients.js";
import { exportTables, importTables } from "../bot/src/storage/tablesBackup.js";

const USAGE = [
  "Usage : npm run tables -- export <dossier> | import <dossier>",
  "Usage: npm run tables -- export <folder> | import <folder>",
].join("\n");

const [command, dir] = process.argv.slice(2);
if ((command !== "export" && command !== "import") || !dir) {
  console.error(USAGE);
  process.exit(2);
}
const tables = createTableClientFactory(loadStorageConfig());
const counts = command === "export" ? await exportTables(tables, dir) : await importTables(tables, dir);
for (const { table, rows, absent } of counts)
  console.log(`${table.padEnd(14)} ${absent ? "   absent de la copie / not in the copy" : String(rows).padStart(8)}`);
console.log(
  command === "export"
    ? `Copie écrite dans ${dir} / Copy written to ${dir}`
    : `Copie restaurée depuis ${dir} / Copy restored from ${dir}`,
);
