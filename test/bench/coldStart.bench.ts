/**
 * Benchmark: the production server's cold start and idle memory (issue 14: ≤ 1.5 s from spawn to the first
 * `/healthz` 200, ≤ 120 MB resident once idle), next to `node -e 0` started in the same run.
 * Builds the server once as `npm run build` does (scripts/build-server.ts, into a temporary folder), then starts it
 * RUNS times with `node`, as App Service does, against Azurite's Table service (child process, in memory), with the
 * identities production has (bot app id and secret, SSO app) — in development mode, since production mode reaches
 * storage only through a managed identity. Each start is timed from spawn to the first 200 of `/healthz` (asked
 * every 10 ms; its storage check is the real one; the CPU time the server used by then is printed too), left idle
 * IDLE_MS, and its RSS read from /proc. Then one bot
 * request, without a token (answered 401), shows what the first `/api/messages` pays for importing Microsoft Teams,
 * and the RSS once it has: printed, not goals. Loopback only. Run: `npm run bench -- coldStart`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildServer, SERVER_NODE_FLAGS } from "../../scripts/build-server.js";
import { freePort, waitForPort } from "./support/ports.js";
import { reportFigure } from "./support/report.js";

const RUNS = 5;
const IDLE_MS = 5_000;
const START_GOAL_MS = 1_500;
const RSS_GOAL_MB = 120;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const ACCOUNT_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
const APP_ID = "3c9e2a14-8b7d-4e0f-a5c6-91d2e7f40b38";
const TENANT = "9e0b7c45-61fa-4d28-b3e9-5a7c2d8f1e06";
const children = new Set<ChildProcess>();
/**
 * The end of what each child wrote to stderr: shown when the server fails to start, kept out of the figures
 * otherwise (botbuilder prints there the stack of each request it refuses).
 */
const stderrOf = new Map<ChildProcess, string>();

function start(command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(command, args, {
    cwd: root,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, ...env },
  });
  stderrOf.set(child, "");
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderrOf.set(child, (stderrOf.get(child)! + chunk).slice(-4000));
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once("exit", () => resolve()));

async function stop(child: ChildProcess): Promise<void> {
  child.kill("SIGTERM");
  await exited(child);
}

/**
 * CPU time a live process has used, user and system, in ms (/proc/<pid>/stat counts clock ticks of 10 ms): less
 * sensitive than wall time to what else the machine runs.
 */
async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Resident memory of a live process, in MB (1,048,576 bytes, as `process.memoryUsage()` reports it). */
async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
}

async function status(url: string, init?: RequestInit): Promise<number> {
  try {
    return (await fetch(url, { ...init, signal: AbortSignal.timeout(5_000) })).status;
  } catch {
    return 0;
  }
}

/** Spawn to exit of `node -e 0`: the floor any Node service starts from on this machine, now. */
async function bareNode(): Promise<number> {
  const started = performance.now();
  await exited(start(process.execPath, ["-e", "0"]));
  return performance.now() - started;
}

interface Start {
  healthMs: number;
  healthCpuMs: number;
  idleRssMb: number;
  firstBotMs: number;
  firstBotStatus: number;
  teamsRssMb: number;
}

async function coldStart(entry: string, env: Record<string, string>): Promise<Start> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const server = start(process.execPath, [...SERVER_NODE_FLAGS, entry], { ...env, PORT: String(port) });
  while ((await status(`${base}/healthz`)) !== 200) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}): ${stderrOf.get(server)}`);
    if (performance.now() - started > 60_000) throw new Error("no /healthz 200 within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const healthMs = performance.now() - started;
  const healthCpuMs = await cpuMs(server.pid!);
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  const idleRssMb = await rssMb(server.pid!);
  const botStarted = performance.now();
  const firstBotStatus = await status(`${base}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      type: "message",
      channelId: "msteams",
      serviceUrl: "https://smba.trafficmanager.net/amer/",
      conversation: { id: "a:bench" },
      from: { id: "29:bench" },
      recipient: { id: "28:balises" },
      text: "aide",
    }),
  });
  const firstBotMs = performance.now() - botStarted;
  const teamsRssMb = await rssMb(server.pid!);
  await stop(server);
  return { healthMs, healthCpuMs, idleRssMb, firstBotMs, firstBotStatus, teamsRssMb };
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)]!;
const max = (values: number[]) => Math.max(...values);

async function main(): Promise<void> {
  const outDir = await mkdtemp(path.join(tmpdir(), "balises-coldstart-"));
  try {
    const { entry } = await buildServer(outDir);
    const tablePort = await freePort();
    start(path.join(root, "node_modules", ".bin", "azurite-table"), [
      ...["--inMemoryPersistence", "--tableHost", "127.0.0.1", "--tablePort", String(tablePort)],
      ...["--disableTelemetry", "--silent"],
    ]);
    await waitForPort(tablePort);
    const env = {
      HOST: "127.0.0.1",
      STORAGE_CONNECTION_STRING: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${ACCOUNT_KEY};TableEndpoint=http://127.0.0.1:${tablePort}/devstoreaccount1;`,
      STORAGE_TABLE_PREFIX: "coldstart",
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: "bench-only-not-a-secret",
      MicrosoftAppType: "SingleTenant",
      MicrosoftAppTenantId: TENANT,
      AAD_APP_CLIENT_ID: APP_ID,
      AAD_APP_TENANT_ID: TENANT,
    };
    // Alternated, so both feel the same load from whatever else the machine runs.
    const bare: number[] = [];
    const starts: Start[] = [];
    for (let i = 0; i < RUNS; i++) {
      bare.push(await bareNode());
      starts.push(await coldStart(entry, env));
    }
    report(bare, starts);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

function report(bare: number[], starts: Start[]): void {
  const health = starts.map((s) => s.healthMs);
  const idle = starts.map((s) => s.idleRssMb);
  const baseline = { label: "node -e 0, spawn → exit, p50", value: median(bare) };
  console.log(`production build, ${RUNS} starts; machine: ${cpus().length} CPUs, Node ${process.version}`);
  console.log(`spawn → /healthz 200 (ms):  ${health.map((v) => v.toFixed(0)).join(", ")}`);
  console.log(`  its CPU time (ms):         ${starts.map((s) => s.healthCpuMs.toFixed(0)).join(", ")}`);
  console.log(`node -e 0 (ms):             ${bare.map((v) => v.toFixed(0)).join(", ")}`);
  console.log(`RSS after ${IDLE_MS / 1000} s idle (MB): ${idle.map((v) => v.toFixed(1)).join(", ")}`);
  const firstBot = starts.map((s) => s.firstBotMs);
  const answered = [...new Set(starts.map((s) => s.firstBotStatus))].join("/");
  const teamsRss = median(starts.map((s) => s.teamsRssMb));
  console.log(`first /api/messages, importing Microsoft Teams (no token: answered ${answered}):`);
  console.log(
    `  p50 ${median(firstBot).toFixed(0)} ms, max ${max(firstBot).toFixed(0)} ms; RSS then ${teamsRss.toFixed(1)} MB`,
  );
  const what = "service cold start (production build): spawn → first /healthz 200";
  const goal = `≤ ${START_GOAL_MS} ms`;
  reportFigure({
    path: `${what}, p50`,
    figure: median(health),
    unit: "ms",
    baseline,
    goal,
    pass: median(health) <= START_GOAL_MS,
  });
  reportFigure({
    path: `${what}, max`,
    figure: max(health),
    unit: "ms",
    baseline,
    goal,
    pass: max(health) <= START_GOAL_MS,
  });
  reportFigure({
    path: `service idle memory (production build): RSS ${IDLE_MS / 1000} s after start, max of ${RUNS}`,
    figure: max(idle),
    unit: "MB",
    goal: `≤ ${RSS_GOAL_MB} MB`,
    pass: max(idle) <= RSS_GOAL_MB,
  });
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const child of children) child.kill("SIGTERM");
  });
