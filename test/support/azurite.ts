/**
 * Real Azure Table Storage for tests: Azurite's table server in-process, in memory, on a free port.
 * Each test file starts its own (~10 ms), so files never share state.
 */
import { createRequire } from "node:module";
import { randomBytes } from "node:crypto";
import type { AppConfig } from "../../bot/src/config.js";

const require = createRequire(import.meta.url);

interface AzuriteTableServer {
  start: () => Promise<void>;
  close: () => Promise<void>;
  clean: () => Promise<void>;
  getHttpServerAddress: () => string;
}

// Azurite loads Application Insights for its telemetry, which on load patches the Azure SDK of the whole process to
// trace every call with OpenTelemetry: in a test worker, our own storage client's calls too (≈ 3 % of the workers'
// CPU, issue 15). The service never runs beside Azurite outside tests (`npm start` runs it as its own process).
process.env.APPLICATION_INSIGHTS_NO_DIAGNOSTIC_CHANNEL = "true";
const { default: TableServer } = require("azurite/dist/src/table/TableServer") as {
  default: new (config: unknown) => AzuriteTableServer;
};
const { default: TableConfiguration } = require("azurite/dist/src/table/TableConfiguration") as {
  default: new (...args: unknown[]) => unknown;
};

const ACCOUNT_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

export interface RunningAzurite {
  port: number;
  connectionString: string;
  /** Storage settings with a table prefix unique to the caller, so tests in one file stay apart. */
  storage: (prefix?: string) => AppConfig["storage"];
  stop: () => Promise<void>;
}

export async function startAzurite(port = 0): Promise<RunningAzurite> {
  const config = new TableConfiguration(
    "127.0.0.1",
    port,
    undefined,
    "memory-" + randomBytes(4).toString("hex"),
    false,
    false,
    undefined,
    undefined,
    false,
    true,
    "",
    "",
    "",
    undefined,
    false,
    true,
  );
  const server = new TableServer(config);
  await server.start();
  const address = server.getHttpServerAddress();
  const actualPort = Number(new URL(address).port);
  const connectionString = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${ACCOUNT_KEY};TableEndpoint=http://127.0.0.1:${actualPort}/devstoreaccount1;`;
  return {
    port: actualPort,
    connectionString,
    storage: (prefix) => ({
      kind: "connectionString",
      connectionString,
      tablePrefix: prefix ?? "t" + randomBytes(5).toString("hex"),
    }),
    stop: async () => {
      await server.close();
      await server.clean().catch(() => undefined);
    },
  };
}
