/**
 * Benchmark (issue 14): the activity view's summary with 50,000 encounters in one team over a year, from the
 * monthly aggregates, against the first page of the same view in the same run (its physical baseline: one page of
 * index rows). Azurite's Table service and the real service run as child processes on loopback. The store is
 * seeded through the storage layer (support/activitySeed.ts) by an Azurite of its own (its row lookups row key
 * first: support/rowKeyFirst.ts), then kept in .local/bench/ under its seed version, so a rerun skips seeding
 * (`-- --fresh` seeds again); the measures run on a plain Azurite over that store. As the team's pilot (dev token):
 *   - first page of a month and of the year (pageSize 50): the baseline;
 *   - the summary (totals, rates, chart) of a month and of the year: the figures, goals p99 ≤ 150 ms and ≤ 600 ms.
 * Bounded: fixed iteration counts and a time cap per measurement. Run: `npm run bench -- activityView`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { Agent, request } from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { seedActivity } from "./support/activitySeed.js";
import { freePort, waitForPort } from "./support/ports.js";
import { reportFigure } from "./support/report.js";

/** `npm run bench -- activityView` seeds 50,000; a smaller count may follow for a quick look: `node --import tsx test/bench/activityView.bench.ts 5000`. */
const args = process.argv.slice(2);
const ENCOUNTERS = Number(args.find((a) => /^\d+$/.test(a)) ?? 50_000);
const FRESH = args.includes("--fresh");
/** The team's Entra group id (the API takes group ids only). */
const TEAM = "6f1c2a4e-3b7d-4c15-9a20-5e8b7d4c1f03";
const PREFIX = "bench";
const TIME_CAP_MS = 60_000;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const ACCOUNT_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
const children: ChildProcess[] = [];
/** Bump when the seeded rows or their layout change: a store cached by an older version is not reused. */
const SEED_VERSION = 4;
const STORE = path.join(root, ".local", "bench", `activityView-v${SEED_VERSION}-${ENCOUNTERS}`);
/** Written once the seeding Azurite has saved a complete store. */
const SEEDED = path.join(STORE, "seeded.json");
const agent = new Agent({ keepAlive: true, maxSockets: 4 });

function start(command: string, argv: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(command, argv, {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...env },
  });
  children.push(child);
  return child;
}

function call(
  port: number,
  method: string,
  pathname: string,
  token?: string,
  body?: unknown,
): Promise<{ status: number; body: string }> {
  const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  const headers: Record<string, string | number> = {
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(data ? { "content-type": "application/json", "content-length": data.length } : {}),
  };
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: pathname, method, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end(data);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

interface Figures {
  n: number;
  p50: number;
  p99: number;
  rows: number;
}

async function measure(name: string, iterations: number, run: () => Promise<number>): Promise<Figures> {
  process.stderr.write(`measuring: ${name}\n`);
  await run(); // warm-up
  const latencies: number[] = [];
  let rows = 0;
  const deadline = Date.now() + TIME_CAP_MS;
  for (let i = 0; i < iterations && Date.now() < deadline; i++) {
    const t0 = performance.now();
    rows = await run();
    latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);
  return { n: latencies.length, p50: percentile(latencies, 50), p99: percentile(latencies, 99), rows };
}

const connectionTo = (port: number) =>
  `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${ACCOUNT_KEY};TableEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;

/** Azurite's Table service over the store; `preload`: a module the seeding one loads first. */
async function startAzurite(port: number, preload?: string): Promise<ChildProcess> {
  const main = path.join(root, "node_modules", "azurite", "dist", "src", "table", "main.js");
  const options = [
    "-l",
    STORE,
    "--tableHost",
    "127.0.0.1",
    "--tablePort",
    String(port),
    "--disableTelemetry",
    "--silent",
  ];
  const child = start(process.execPath, [
    ...(preload ? ["--import", "tsx", "--import", preload] : []),
    main,
    ...options,
  ]);
  await waitForPort(port, 180_000);
  return child;
}

/** Seeds the store with an Azurite of its own, which saves it on the way out; resolves to the seconds it took. */
async function seed(): Promise<number> {
  const port = await freePort();
  const seeder = await startAzurite(port, path.join(root, "test", "bench", "support", "rowKeyFirst.ts"));
  const progress = (line: string) => process.stderr.write(`\rseeded ${line}`);
  const plan = { connectionString: connectionTo(port), tablePrefix: PREFIX, teamKey: TEAM, encounters: ENCOUNTERS };
  const seconds = await seedActivity({ ...plan, progress });
  process.stderr.write("\n");
  await stopAzurite(seeder);
  await writeFile(SEEDED, JSON.stringify({ encounters: ENCOUNTERS, seconds }));
  return seconds;
}

function row(name: string, f: Figures): string {
  const cells = [String(f.n).padStart(4), String(f.rows).padStart(7), f.p50.toFixed(1).padStart(9)];
  return `${name.padEnd(30)} ${cells.join(" ")} ${f.p99.toFixed(1).padStart(9)}`;
}

/** The summary's p50 and p99 against the first page of the same view, p50 and p99 alike. */
function report(period: string, summary: Figures, firstPage: Figures, goalMs: number): void {
  for (const p of ["p50", "p99"] as const)
    reportFigure({
      path: `activity summary, ${ENCOUNTERS.toLocaleString("en")} encounters, ${period}: ${p}`,
      figure: summary[p],
      unit: "ms",
      baseline: { label: `first page of the same view, ${p}`, value: firstPage[p] },
      goal: `p99 ≤ ${goalMs} ms`,
      pass: summary.p99 <= goalMs,
    });
}

async function main(): Promise<void> {
  if (FRESH) await rm(STORE, { recursive: true, force: true });
  await mkdir(STORE, { recursive: true });
  const seconds = existsSync(SEEDED) ? null : await seed();
  const [tablePort, servicePort] = [await freePort(), await freePort()];
  azurite = await startAzurite(tablePort);
  const connectionString = connectionTo(tablePort);
  start(process.execPath, ["--import", "tsx", path.join(root, "bot", "src", "index.ts")], {
    ...{ PORT: String(servicePort), HOST: "127.0.0.1", LOG_LEVEL: "silent", DEV_IDENTITY: "on" },
    ...{ REMINDER_SCHEDULER: "off", STORAGE_CONNECTION_STRING: connectionString, STORAGE_TABLE_PREFIX: PREFIX },
  });
  await waitForPort(servicePort);
  const { token } = JSON.parse(
    (await call(servicePort, "POST", "/dev/token", undefined, { persona: "pilote" })).body,
  ) as {
    token: string;
  };
  const team = encodeURIComponent(TEAM);
  const installed = await call(servicePort, "POST", `/api/teams/${team}/install`, token);
  if (installed.status !== 201 && installed.status !== 200) throw new Error(`install answered ${installed.status}`);

  const get = async (pathname: string) => {
    const r = await call(servicePort, "GET", `/api/teams/${team}/${pathname}`, token);
    if (r.status !== 200) throw new Error(`${pathname} answered ${r.status}: ${r.body.slice(0, 200)}`);
    return JSON.parse(r.body) as { items?: unknown[]; totals?: { encounters: number } };
  };
  const month = "from=2026-06-01&to=2026-06-30&view=team";
  const year = "from=2026-01-01&to=2026-12-31&view=team";
  const firstPage = (range: string) => async () => (await get(`activity?${range}&pageSize=50`)).items?.length ?? 0;
  const summary = (range: string) => async () => (await get(`activity/summary?${range}`)).totals?.encounters ?? 0;
  const figures = {
    pageMonth: await measure("first page, month (50 rows)", 60, firstPage(month)),
    pageYear: await measure("first page, year (50 rows)", 60, firstPage(year)),
    summaryMonth: await measure("summary, month", 60, summary(month)),
    summaryYear: await measure("summary, year", 40, summary(year)),
  };
  if (figures.summaryYear.rows !== ENCOUNTERS)
    throw new Error(`the year counts ${figures.summaryYear.rows} encounters`);

  const seeding =
    seconds === null
      ? `seeded store reused from ${path.relative(root, STORE)}`
      : `seeded in ${seconds.toFixed(1)} s: 100-row batch transactions, then the reconcile of each month`;
  console.log(`activity view API, ${ENCOUNTERS.toLocaleString("en")} encounters in one team over 2026 (${seeding})`);
  console.log(
    `${"".padEnd(30)} ${"n".padStart(4)} ${"rows".padStart(7)} ${"p50 ms".padStart(9)} ${"p99 ms".padStart(9)}`,
  );
  console.log(row("first page, month (50 rows)", figures.pageMonth));
  console.log(row("first page, year (50 rows)", figures.pageYear));
  console.log(row("summary, month (aggregates)", figures.summaryMonth));
  console.log(row("summary, year (aggregates)", figures.summaryYear));
  console.log(
    `service and Azurite are child processes on loopback; machine: ${os.cpus().length} CPUs, Node ${process.version}`,
  );
  report("one month", figures.summaryMonth, figures.pageMonth, 150);
  report("one year", figures.summaryYear, figures.pageYear, 600);
  if (seconds !== null)
    reportFigure({
      path: "activity benchmark seeding",
      figure: seconds,
      unit: "s",
      goal: "≤ 120 s",
      pass: seconds <= 120,
    });
}

let azurite: ChildProcess | undefined;

/** Azurite gets SIGINT and is given time to save its store for the next run. */
async function stopAzurite(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGINT");
  // The timer must not keep the benchmark alive once Azurite has exited.
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 120_000).unref())]);
  if (child.exitCode === null) child.kill("SIGKILL");
}

/** The service stops at once; Azurite saves its store. */
async function stopChildren(): Promise<void> {
  agent.destroy();
  for (const child of children) if (child !== azurite && child.exitCode === null) child.kill("SIGTERM");
  if (azurite) await stopAzurite(azurite);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stopChildren);
