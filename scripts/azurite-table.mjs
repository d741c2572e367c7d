#!/usr/bin/env node
// Azurite's Table service for `npm start` (scripts/start-local.mjs), saving every write before answering it.
//
// Azurite 3.35 keeps its tables in memory (LokiJS) and writes them to <location>/__azurite_db_table__.json
// every 5 seconds, with no option to change that: a write the service saw succeed could be lost when
// Azurite was killed (kill -9, crash, out of memory) in the following 5 s. This runs the same server (same
// file, same port, same account) and, for every request that may write (anything but GET, HEAD, OPTIONS),
// saves the whole database before sending the end of the response. The save is a write to a temporary file
// then a rename, so a kill mid-save leaves the previous file whole; a request cut short by the kill never
// got its answer. Concurrent writes share one save (LokiJS queues saves that arrive while one is running).
// Not covered: a power cut or OS crash, since nothing calls fsync (local development only).
//
// Usage: node scripts/azurite-table.mjs --location <folder> [--tableHost 127.0.0.1] [--tablePort 10002]
// SIGINT or SIGTERM closes the server after a last save. With an IPC channel (start-local spawns it with
// one), it sends "ready" once listening and closes itself if its parent goes away.
// Uses Azurite's internal modules, like test/support/azurite.ts: azurite is pinned in package.json and
// test/dev/startLocal.test.ts checks that a write made just before a kill -9 survives.
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";

const require = createRequire(import.meta.url);
const { default: TableServer } = require("azurite/dist/src/table/TableServer");
const { default: TableConfiguration } = require("azurite/dist/src/table/TableConfiguration");
const { DEFAULT_TABLE_LOKI_DB_PATH } = require("azurite/dist/src/table/utils/constants");

const { values } = parseArgs({
  options: {
    location: { type: "string" },
    tableHost: { type: "string", default: "127.0.0.1" },
    tablePort: { type: "string", default: "10002" },
  },
});
if (!values.location) {
  console.error("azurite-table.mjs: --location <dossier / folder> est requis / is required");
  process.exit(2);
}
const location = path.resolve(values.location);
mkdirSync(location, { recursive: true });

// Positional, as Azurite's own table/main.js passes them: host, port, keep-alive, database file, debug log,
// access log, access log stream, debug log file, loose, skip API version check, cert, key, pwd, oauth,
// disable product-style URL, in-memory persistence.
const config = new TableConfiguration(
  values.tableHost,
  Number(values.tablePort),
  undefined,
  path.join(location, DEFAULT_TABLE_LOKI_DB_PATH),
  false,
  false,
  undefined,
  undefined,
  false,
  false,
  "",
  "",
  "",
  undefined,
  false,
  false,
);
const server = new TableServer(config);
const db = server.metadataStore.db;
const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Wraps Azurite's request listener: a request that may write gets its response ended only once the database is on disk. */
function saveBeforeAnswering(listener) {
  return (req, res) => {
    if (!READS.has(req.method ?? "GET")) {
      const end = res.end;
      res.end = function endAfterSave(...args) {
        db.saveDatabase((error) => {
          if (error) {
            console.error(`✖ Azurite : écriture non enregistrée / write not saved (${error.message})`);
            res.destroy(error);
          } else end.apply(res, args);
        });
        return res;
      };
    }
    listener(req, res);
  };
}
const [listener] = server.httpServer.listeners("request");
server.httpServer.removeAllListeners("request");
server.httpServer.on("request", saveBeforeAnswering(listener));

let closing = false;
function close() {
  if (closing) return;
  closing = true;
  // TableServer.close() closes the LokiJS database, which saves it first.
  server.close().then(
    () => process.exit(0),
    (error) => {
      console.error(`✖ Azurite : fermeture / close: ${error.message}`);
      process.exit(1);
    },
  );
}
process.on("SIGINT", close);
process.on("SIGTERM", close);
process.on("disconnect", close);

try {
  await server.start();
} catch (error) {
  console.error(
    `✖ Azurite n'a pas pu écouter / could not listen on ${values.tableHost}:${values.tablePort}: ${error.message}`,
  );
  process.exit(1);
}
process.send?.("ready");
