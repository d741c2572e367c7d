/**
 * `npm start` (scripts/start-local.mjs) serves the tab as React's production build, even when the folder it
 * serves holds a fresh development build such as a test run used to leave there (issue 14).
 * It survives Azurite dying (issue 15): killed with SIGKILL, Azurite is restarted on the same port and folder
 * with a bilingual message, the service keeps running and answers /healthz with 503 meanwhile then 200, and a
 * write Azurite acknowledged just before the kill is still there. Ctrl-C (SIGINT to the process group) then
 * stops everything. The script runs as `npm start` runs it, on free ports, a temporary data folder
 * (AZURITE_LOCATION) and tab folder (TAB_DIST_DIR), so a developer's own `npm start` and the tab the other test
 * files build are left alone. Waits on states (health 503, then 200) with generous deadlines, never on sleeps.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { TableClient } from "@azure/data-tables";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../scripts/render-manifest.js";
import { freePort } from "../bench/support/ports.js";
import { eventually } from "../reminders/support/childService.js";

const ACCOUNT_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

let script: ChildProcess;
let output = "";
let exited: Promise<number | null>;
let port: number;
let tablePort: number;
let dataDir: string;
let tabDir: string;

/** The processes whose parent is `pid`, with their command lines (Linux /proc). */
function childrenOf(pid: number): Array<{ pid: number; command: string }> {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
        if (ppid !== pid) return [];
        return [{ pid: Number(entry), command: readFileSync(`/proc/${entry}/cmdline`, "utf8").replace(/\0/g, " ") }];
      } catch {
        return []; // exited while we looked
      }
    });
}

const childPid = (marker: string) => childrenOf(script.pid!).find((c) => c.command.includes(marker))?.pid;
const alive = (pid: number) =>
  existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z ");

async function health(): Promise<number> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(5000) })).status;
  } catch {
    return 0;
  }
}

function table(): TableClient {
  const connectionString = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${ACCOUNT_KEY};TableEndpoint=http://127.0.0.1:${tablePort}/devstoreaccount1;`;
  return TableClient.fromConnectionString(connectionString, "startlocaltest", { allowInsecureConnection: true });
}

// React's production build points to its error decoder; only the development build checks DOM nesting.
const PRODUCTION_REACT = "react.dev/errors/";
const DEVELOPMENT_REACT = "In HTML, %s cannot be a child of";

/** A development build of the tab (NODE_ENV=development: development React), newer than its sources. */
async function developmentBuild(outDir: string): Promise<void> {
  const vite = path.join(REPO_ROOT, "node_modules", "vite", "bin", "vite.js");
  await promisify(execFile)(
    process.execPath,
    [vite, "build", "--config", "tab/vite.config.ts", "--outDir", outDir, "--emptyOutDir", "--logLevel", "error"],
    { cwd: REPO_ROOT, env: { ...process.env, NODE_ENV: "development" } },
  );
  const assets = path.join(outDir, "assets");
  const scripts = readdirSync(assets).filter((f) => f.endsWith(".js"));
  expect(scripts.some((f) => readFileSync(path.join(assets, f), "utf8").includes(DEVELOPMENT_REACT))).toBe(true);
}

/** The JavaScript the served index.html loads or preloads, all of it. */
async function servedScripts(): Promise<string> {
  const html = await (await fetch(`http://127.0.0.1:${port}/`)).text();
  const urls = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(urls.length).toBeGreaterThan(0);
  const scripts = await Promise.all(urls.map(async (url) => (await fetch(`http://127.0.0.1:${port}${url}`)).text()));
  return scripts.join("\n");
}

describe.runIf(process.platform === "linux")("npm start", () => {
  beforeAll(async () => {
    [port, tablePort] = [await freePort(), await freePort()];
    dataDir = mkdtempSync(path.join(tmpdir(), "balises-start-local-"));
    tabDir = mkdtempSync(path.join(tmpdir(), "balises-start-local-tab-"));
    await developmentBuild(tabDir);
    script = spawn(process.execPath, [path.join(REPO_ROOT, "scripts", "start-local.mjs")], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        AZURITE_TABLE_PORT: String(tablePort),
        AZURITE_LOCATION: dataDir,
        TAB_DIST_DIR: tabDir,
        SEED_DEMO: "off",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true, // its own process group, as a terminal gives `npm start`
    });
    script.stdout!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    script.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    exited = new Promise((resolve) => script.once("exit", (code) => resolve(code)));
    await eventually("npm start to answer /healthz with 200", async () => (await health()) === 200, 90_000, 200);
  }, 120_000);

  afterAll(() => {
    if (script?.exitCode === null && script.signalCode === null) process.kill(-script.pid!, "SIGKILL");
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (tabDir) rmSync(tabDir, { recursive: true, force: true });
  });

  it("serves React's production build, not the development build it found in the tab folder", async () => {
    const scripts = await servedScripts();
    // Booleans, so that a failure does not print a megabyte of JavaScript.
    expect(scripts.includes(PRODUCTION_REACT), "production React served").toBe(true);
    expect(scripts.includes(DEVELOPMENT_REACT), "development React served").toBe(false);
    expect(output).toContain("Building the tab");
  });

  it("restarts Azurite killed with SIGKILL: 503 meanwhile, then 200, same service, no acknowledged write lost", async () => {
    const service = childPid("bot/src/index.ts");
    const azurite = childPid("azurite-table.mjs");
    expect(service).toBeDefined();
    expect(azurite).toBeDefined();

    const client = table();
    await client.createTable();
    await client.upsertEntity({ partitionKey: "p", rowKey: "just-before-the-kill", value: 1 });
    process.kill(azurite!, "SIGKILL");

    await eventually("/healthz to answer 503 while Azurite is down", async () => (await health()) === 503, 20_000);
    await eventually("/healthz to answer 200 once Azurite is back", async () => (await health()) === 200, 60_000, 200);

    expect(output).toMatch(/Azurite s'est arrêté \(SIGKILL\) : redémarrage dans \d+ s/);
    expect(output).toMatch(/Azurite stopped \(SIGKILL\): restarting in \d+ s/);
    expect(output.indexOf("Azurite s'est arrêté")).toBeLessThan(output.indexOf("Azurite stopped"));
    expect(childPid("bot/src/index.ts")).toBe(service);
    expect(childPid("azurite-table.mjs")).not.toBe(azurite);
    expect(await client.getEntity("p", "just-before-the-kill")).toMatchObject({ value: 1 });
  }, 120_000);

  it("stops everything, Azurite included, on Ctrl-C (SIGINT to the process group)", async () => {
    const pids = childrenOf(script.pid!).map((c) => c.pid);
    expect(pids.length).toBe(2);
    const before = output.length;
    process.kill(-script.pid!, "SIGINT");
    expect(await exited).toBe(0);
    const after = output.slice(before);
    expect(after).toContain("Tout est arrêté. / Everything stopped.");
    expect(after).not.toContain("redémarrage"); // stopping is not a crash: nothing restarts
    await eventually("the children to be gone", () => pids.every((pid) => !alive(pid)), 10_000);
  }, 30_000);
});
