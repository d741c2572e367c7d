/**
 * Benchmark: the activity view API with 50,000 encounters in one team over a year.
 *
 * Azurite's Table service and the real service run as child processes on loopback. The team's index rows
 * (the ones issue 7's repository writes: PK tenant|team|<teamKey>, RK <startedAt>|<encounterId>) are
 * seeded straight into Azurite with batch transactions of 100 rows. Then, as the team's pilot (dev token):
 *   - first page of a month and of the year (pageSize 50),
 *   - every page of a month, one after the other (continuation tokens),
 *   - the summary (totals, rates, chart) of a month and of the year, which reads every row of the range.
 * Bounded: fixed iteration counts and a time cap per measurement. Run: `npm run bench -- activityView`.
 *
 * Azurite 3.35 checks every insert against the whole partition (LokiJS), so seeding one 50,000-row partition
 * is quadratic (≈ 15–20 min on 2 CPUs). The seeded store is therefore kept in .local/bench/ (Azurite's own
 * persistence, saved on SIGINT) and reused by the next run; `-- --fresh` seeds again.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { Agent, request } from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { mkdir, rm } from "node:fs/promises";
import { TableClient, type TransactionAction } from "@azure/data-tables";
import type { EncounterSummary } from "../../bot/src/domain/encounter.js";
import { indexRow, teamPartition } from "../../bot/src/storage/encounterRepository.js";
import { summaryColumns } from "../../bot/src/storage/encounterRows.js";
import { DEV_PERSONAS, DEV_TENANT_ID } from "../../bot/src/auth/devIdentityProvider.js";
import { freePort, waitForPort } from "./support/ports.js";

/** `npm run bench -- activityView` seeds 50,000; a smaller count may follow for a quick look: `node --import tsx test/bench/activityView.bench.ts 5000`. */
const args = process.argv.slice(2);
const ENCOUNTERS = Number(args.find((a) => /^\d+$/.test(a)) ?? 50_000);
const FRESH = args.includes("--fresh");
const TEAM = "19:bench-activity@thread.tacv2";
const PREFIX = "bench";
const TIME_CAP_MS = 90_000;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const ACCOUNT_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
const children: ChildProcess[] = [];
const STORE = path.join(root, ".local", "bench", `activityView-${ENCOUNTERS}`);
const SEED_MARK = { partitionKey: "bench", rowKey: `seed-${ENCOUNTERS}-v1` };
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

/** A plausible mix: video/phone, consent kinds, plans, notes on time/late/overdue, some new patients and learners. */
function summaryFor(i: number, startMs: number): EncounterSummary {
  const startedAt = new Date(startMs).toISOString();
  const minutes = 15 + (i % 46);
  const endedAt = new Date(startMs + minutes * 60_000).toISOString();
  const filed = i % 10 < 8;
  const part: EncounterSummary["learners"] = [
    { learnerId: DEV_PERSONAS[2]!.oid, role: "resident", participation: i % 2 ? "led" : "wasObserved" },
  ];
  const learner = i % 9 === 0 ? part : undefined;
  return {
    encounterId: `${Buffer.from(`bench-meeting-${i}`).toString("base64url")}.${startMs}`,
    startedAt,
    endedAt,
    status: "closed",
    modality: i % 7 === 0 ? "phone" : "video",
    durationMinutes: minutes,
    consentStatus: i % 20 === 0 ? "missing" : "valid",
    consentKind: i % 20 === 0 ? undefined : (["verbal", "written", "emailReply"] as const)[i % 3],
    planAgreed: i % 6 !== 0,
    incidentsCount: i % 25 === 0 ? 1 : 0,
    noteStatus: filed ? "filed" : i % 10 === 8 ? "overdue" : "due",
    noteStatusAt: filed ? new Date(Date.parse(endedAt) + (i % 17 === 0 ? 30 : 2) * 3_600_000).toISOString() : undefined,
    clinicianId: DEV_PERSONAS[i % 5]!.oid,
    teamKey: TEAM,
    inPersonFollowUpDue: i % 11 === 0 ? new Date(startMs + 90 * 86_400_000).toISOString().slice(0, 10) : undefined,
    learners: learner,
  };
}

/** Seconds spent seeding, or null when a previous run's seeded store was reused. */
async function seed(tablePort: number): Promise<number | null> {
  const connection = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${ACCOUNT_KEY};TableEndpoint=http://127.0.0.1:${tablePort}/devstoreaccount1;`;
  const table = TableClient.fromConnectionString(connection, `${PREFIX}Encounters`, { allowInsecureConnection: true });
  await table.createTable().catch(() => undefined);
  const seeded = await table.getEntity(SEED_MARK.partitionKey, SEED_MARK.rowKey).then(
    () => true,
    () => false,
  );
  if (seeded) return null;
  const partitionKey = teamPartition(DEV_TENANT_ID, TEAM);
  const yearStart = Date.UTC(2026, 0, 1, 5);
  const step = (365 * 86_400_000) / ENCOUNTERS;
  const batches: TransactionAction[][] = [];
  for (let i = 0; i < ENCOUNTERS; i += 100) {
    const batch: TransactionAction[] = [];
    for (let j = i; j < Math.min(i + 100, ENCOUNTERS); j++) {
      const s = summaryFor(j, Math.floor(yearStart + j * step));
      batch.push(["upsert", { partitionKey, rowKey: indexRow(s), ...summaryColumns(s, 1) }, "Replace"]);
    }
    batches.push(batch);
  }
  const t0 = performance.now();
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < batches.length) {
        await table.submitTransaction(batches[next++]!);
        if (++done % 50 === 0)
          process.stderr.write(`\rseeded ${done * 100} rows in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      }
    }),
  );
  process.stderr.write("\n");
  await table.upsertEntity({ ...SEED_MARK, rows: ENCOUNTERS });
  return (performance.now() - t0) / 1000;
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

async function main(): Promise<void> {
  const [tablePort, servicePort] = [await freePort(), await freePort()];
  if (FRESH) await rm(STORE, { recursive: true, force: true });
  await mkdir(STORE, { recursive: true });
  azurite = start(path.join(root, "node_modules", ".bin", "azurite-table"), [
    "-l",
    STORE,
    "--tableHost",
    "127.0.0.1",
    "--tablePort",
    String(tablePort),
    "--disableTelemetry",
    "--silent",
  ]);
  await waitForPort(tablePort, 180_000);
  start(process.execPath, ["--import", "tsx", path.join(root, "bot", "src", "index.ts")], {
    PORT: String(servicePort),
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    DEV_IDENTITY: "on",
    REMINDER_SCHEDULER: "off",
    STORAGE_CONNECTION_STRING: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${ACCOUNT_KEY};TableEndpoint=http://127.0.0.1:${tablePort}/devstoreaccount1;`,
    STORAGE_TABLE_PREFIX: PREFIX,
  });
  await waitForPort(servicePort);

  const seconds = await seed(tablePort);
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
    return JSON.parse(r.body) as { items?: unknown[]; continuationToken?: string; totals?: { encounters: number } };
  };
  const month = "from=2026-06-01&to=2026-06-30&view=team";
  const year = "from=2026-01-01&to=2026-12-31&view=team";
  const pageLatencies: number[] = [];
  const walk = async () => {
    let token: string | undefined;
    let rows = 0;
    do {
      const t0 = performance.now();
      const page = await get(
        `activity?${month}&pageSize=50${token ? `&continuationToken=${encodeURIComponent(token)}` : ""}`,
      );
      pageLatencies.push(performance.now() - t0);
      rows += page.items!.length;
      token = page.continuationToken;
    } while (token);
    return rows;
  };

  const results: Array<[string, Figures]> = [
    [
      "first page, month (50 rows)",
      await measure(
        "first page, month (50 rows)",
        50,
        async () => (await get(`activity?${month}&pageSize=50`)).items!.length,
      ),
    ],
    [
      "first page, year (50 rows)",
      await measure(
        "first page, year (50 rows)",
        50,
        async () => (await get(`activity?${year}&pageSize=50`)).items!.length,
      ),
    ],
    ["all pages, month, whole walk", await measure("all pages, month, whole walk", 5, walk)],
    [
      "summary, month (reads every row)",
      await measure(
        "summary, month (reads every row)",
        10,
        async () => (await get(`activity/summary?${month}`)).totals!.encounters,
      ),
    ],
    [
      "summary, year (reads every row)",
      await measure(
        "summary, year (reads every row)",
        3,
        async () => (await get(`activity/summary?${year}`)).totals!.encounters,
      ),
    ],
  ];
  pageLatencies.sort((a, b) => a - b);

  const seeding =
    seconds === null
      ? `seeded store reused from ${path.relative(root, STORE)}`
      : `seeded in ${seconds.toFixed(1)} s with 100-row batch transactions`;
  console.log(`activity view API, ${ENCOUNTERS.toLocaleString("en")} encounters in one team over 2026 (${seeding})`);
  console.log(
    `${"".padEnd(34)} ${"n".padStart(4)} ${"rows".padStart(7)} ${"p50 ms".padStart(9)} ${"p99 ms".padStart(9)}`,
  );
  for (const [name, f] of results)
    console.log(
      `${name.padEnd(34)} ${String(f.n).padStart(4)} ${String(f.rows).padStart(7)} ${f.p50.toFixed(1).padStart(9)} ${f.p99.toFixed(1).padStart(9)}`,
    );
  console.log(
    `${"each page of the month walk".padEnd(34)} ${String(pageLatencies.length).padStart(4)} ${"50".padStart(7)} ${percentile(pageLatencies, 50).toFixed(1).padStart(9)} ${percentile(pageLatencies, 99).toFixed(1).padStart(9)}`,
  );
  console.log(
    `service and Azurite are child processes on loopback; machine: ${os.cpus().length} CPUs, Node ${process.version}`,
  );
}

let azurite: ChildProcess | undefined;

/** The service stops at once; Azurite gets SIGINT and is given time to save its store for the next run. */
async function stopChildren(): Promise<void> {
  agent.destroy();
  for (const child of children) if (child !== azurite && child.exitCode === null) child.kill("SIGTERM");
  if (azurite && azurite.exitCode === null) {
    const exited = new Promise((resolve) => azurite!.once("exit", resolve));
    azurite.kill("SIGINT");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 120_000))]);
    if (azurite.exitCode === null) azurite.kill("SIGKILL");
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stopChildren);
