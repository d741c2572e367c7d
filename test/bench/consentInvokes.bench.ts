/**
 * Benchmark: card action invokes against their physical baselines, same machine, same run (issue 14).
 *  - `consent.record`, 50 meetings at once, on the real service (child process) and Azurite's Table service
 *    (child process), next to raw Azurite upserts of a row the size of the encounter's, 50 writers at once, and
 *    to the floor: a bare server whose every request is one conditional write of such a row (no goal of its own);
 *  - `matrix.recommend` (no storage write), 50 at once, next to bare Node `http` (child process) answering the
 *    same requests with a card-sized body.
 *
 * Each meeting is a clinician clicking "Consigner le consentement" over and over: sequential within a
 * meeting (the card's revision comes back in each answer, so every invoke is a real ETag write; the update
 * of everyone's card is queued and coalesced), 50 meetings in parallel. Bounded: a fixed number of invokes per meeting and a
 * hard time cap; loopback only. Run: `npm run bench -- consentInvokes` (or `node --import tsx test/bench/consentInvokes.bench.ts`).
 * To work on one path: BENCH_PARTS=matrix (or consent) measures only that pair; BENCH_SERVICE_NODE_ARGS adds Node
 * options to the service, e.g. "--cpu-prof --cpu-prof-dir=.local/prof" (the profile is written when it stops);
 * BENCH_INVOKES_PER_MEETING=300 measures longer, with more JIT warm-up on both sides (the figures use 40;
 * at 300 the bare server gained far more than Balises did). Its figures are named with the count.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { Agent, request } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startFakeConnector } from "../support/fakeConnector.js";
import { CLINICIAN, TENANT_ID } from "../support/activities.js";
import { meetingInvokeActivity, meetingStartActivity } from "../support/meetingActivities.js";
import { freePort, waitForPort } from "./support/ports.js";
import { reportFigure } from "./support/report.js";
import { TableClient } from "@azure/data-tables";
import { readFileSync } from "node:fs";
import { childServiceEntry } from "../reminders/support/childService.js";
import { SERVER_NODE_FLAGS } from "../../scripts/build-server.js";

const MEETINGS = 50;
const WARMUP_PER_MEETING = 5;
const STANDARD_INVOKES_PER_MEETING = 40;
const INVOKES_PER_MEETING = invokesPerMeeting(process.env.BENCH_INVOKES_PER_MEETING);
/** A figure's name, with the count when it is not the issue's. */
const named = (what: string) =>
  INVOKES_PER_MEETING === STANDARD_INVOKES_PER_MEETING ? what : `${what} (${INVOKES_PER_MEETING} calls a meeting)`;
const TIME_CAP_MS = 180_000;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const ACCOUNT_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
const children: ChildProcess[] = [];
const roles: Record<string, ChildProcess> = {};
const parts = (process.env.BENCH_PARTS ?? "consent,matrix").split(",");
const serviceNodeArgs = (process.env.BENCH_SERVICE_NODE_ARGS ?? "").split(" ").filter(Boolean);

function invokesPerMeeting(raw: string | undefined): number {
  if (raw === undefined) return STANDARD_INVOKES_PER_MEETING;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new Error(`BENCH_INVOKES_PER_MEETING must be a whole number ≥ 1, not "${raw}"`);
  return n;
}

function start(command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(command, args, {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...env },
  });
  children.push(child);
  return child;
}

const BARE_SERVER = `
const http = require("node:http");
const body = JSON.stringify({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: { type: "AdaptiveCard", version: "1.5", body: [{ type: "TextBlock", text: "x".repeat(5000) }] } });
http.createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => { JSON.parse(Buffer.concat(chunks).toString("utf8")); res.writeHead(200, { "content-type": "application/json" }); res.end(body); });
}).listen(Number(process.env.PORT), "127.0.0.1");
`;

const agent = new Agent({ keepAlive: true, maxSockets: MEETINGS });

function post(port: number, pathname: string, payload: unknown): Promise<{ status: number; body: string }> {
  const data = Buffer.from(JSON.stringify(payload));
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path: pathname,
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": data.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    req.on("error", reject);
    req.end(data);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

interface Figures {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU time per request, in ms, of each process of the run (this one is the load generator). */
  cpuMsPerRequest: Record<string, number>;
}

/** CPU time used so far, in ms: the children's from /proc (user + system ticks), this process's own. */
function cpuTimes(): Record<string, number> {
  const times: Record<string, number> = {};
  for (const [name, child] of Object.entries(roles)) {
    const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    times[name] = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  }
  const own = process.cpuUsage();
  times["load generator"] = (own.user + own.system) / 1000;
  return times;
}

/** Runs `step` MEETINGS-wide in parallel, sequential within a lane; records latencies after the warm-up. */
async function load(step: (lane: number, i: number) => Promise<boolean>): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + TIME_CAP_MS;
  await Promise.all(
    Array.from({ length: MEETINGS }, async (_, lane) => {
      for (let i = 0; i < WARMUP_PER_MEETING; i++) if (!(await step(lane, i))) errors++;
    }),
  );
  const measuredStart = performance.now();
  const cpuBefore = cpuTimes();
  await Promise.all(
    Array.from({ length: MEETINGS }, async (_, lane) => {
      for (let i = 0; i < INVOKES_PER_MEETING && Date.now() < deadline; i++) {
        const t0 = performance.now();
        const ok = await step(lane, WARMUP_PER_MEETING + i);
        latencies.push(performance.now() - t0);
        if (!ok) errors++;
      }
    }),
  );
  const seconds = (performance.now() - measuredStart) / 1000;
  const cpuAfter = cpuTimes();
  const cpuMsPerRequest = Object.fromEntries(
    Object.entries(cpuAfter).map(([name, ms]) => [name, (ms - cpuBefore[name]!) / latencies.length]),
  );
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    seconds,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
    cpuMsPerRequest,
  };
}

async function main(): Promise<void> {
  const connector = await startFakeConnector();
  const [tablePort, servicePort, barePort] = [await freePort(), await freePort(), await freePort()];
  roles.azurite = start(path.join(root, "node_modules", ".bin", "azurite-table"), [
    "--inMemoryPersistence",
    "--tableHost",
    "127.0.0.1",
    "--tablePort",
    String(tablePort),
    "--disableTelemetry",
    "--silent",
  ]);
  await waitForPort(tablePort);
  const connectionString = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${ACCOUNT_KEY};TableEndpoint=http://127.0.0.1:${tablePort}/devstoreaccount1;`;
  // The production build (npm run build's server bundle), as deployed.
  roles.service = start(process.execPath, [...SERVER_NODE_FLAGS, ...serviceNodeArgs, await childServiceEntry()], {
    PORT: String(servicePort),
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    STORAGE_CONNECTION_STRING: connectionString,
    STORAGE_TABLE_PREFIX: "bench",
  });
  roles["bare http"] = start(process.execPath, ["-e", BARE_SERVER], { PORT: String(barePort) });
  await Promise.all([waitForPort(servicePort), waitForPort(barePort)]);

  // One meeting per lane: meetingStart opens the encounter and posts the cards (into the fake connector).
  const lanes = Array.from({ length: MEETINGS }, (_, i) => ({
    meetingId: `bench-meeting-${i}`,
    conversationId: `19:meeting_bench${i}@thread.v2`,
    encounterId: "",
    messageId: "",
    rev: 0,
  }));
  for (const lane of lanes) {
    connector.meetings.set(lane.meetingId, {
      details: { id: lane.meetingId },
      organizer: { id: CLINICIAN.id, aadObjectId: CLINICIAN.aadObjectId, tenantId: TENANT_ID },
    });
    const options = {
      serviceUrl: connector.serviceUrl,
      user: CLINICIAN,
      meetingId: lane.meetingId,
      conversationId: lane.conversationId,
    };
    const started = await post(
      servicePort,
      "/api/messages",
      meetingStartActivity({ ...options, startTime: new Date().toISOString() }),
    );
    if (started.status !== 200) throw new Error(`meetingStart answered ${started.status}`);
    // The consent card is the one whose refresh names the encounter (the team card comes first).
    type Posted = { content: { refresh?: { action: { verb: string; data: { encounterId: string } } } } };
    const consentPost = connector
      .sentTo(lane.conversationId)
      .find((a) => (a.body.attachments as Posted[])[0]?.content.refresh?.action.verb.startsWith("consent"))!;
    const card = (consentPost.body.attachments as Posted[])[0]!.content;
    lane.encounterId = card.refresh!.action.data.encounterId;
    lane.messageId = consentPost.activityId!;
  }

  const form = {
    method: "verbal",
    scopeSession: "true",
    scopeRecording: "false",
    scopeInformationSharing: "false",
    identityDocumentKind: "ramqCard",
    limitsExplained: "true",
    inPersonOffered: "true",
    caregivers: "none",
    supportStaff: "none",
    participants: "1",
    consentsRecorded: "1",
  };
  const consentActivity = (laneIndex: number) => {
    const lane = lanes[laneIndex]!;
    return meetingInvokeActivity(
      "consent.record",
      { encounterId: lane.encounterId, rev: lane.rev, ...form },
      {
        serviceUrl: connector.serviceUrl,
        user: CLINICIAN,
        meetingId: lane.meetingId,
        conversationId: lane.conversationId,
        replyToId: lane.messageId,
      },
    );
  };
  const recordConsent = async (laneIndex: number): Promise<boolean> => {
    const lane = lanes[laneIndex]!;
    const response = await post(servicePort, "/api/messages", consentActivity(laneIndex));
    const saved = response.status === 200 && response.body.includes("Enregistré.");
    const rev = /"verb":"consent\.record"[^}]*"rev":(\d+)/.exec(response.body)?.[1];
    if (rev) lane.rev = Number(rev);
    return saved;
  };
  const recommend = (laneIndex: number) => {
    const lane = lanes[laneIndex]!;
    const activity = meetingInvokeActivity(
      "matrix.recommend",
      { situationId: "knownPatientKnownCondition", vulnerable: "true", patientReluctant: "true" },
      {
        serviceUrl: connector.serviceUrl,
        user: CLINICIAN,
        meetingId: lane.meetingId,
        conversationId: lane.conversationId,
      },
    );
    return async () => {
      const response = await post(servicePort, "/api/messages", activity);
      return response.status === 200 && response.body.includes("AdaptiveCard");
    };
  };
  const sample = meetingInvokeActivity(
    "matrix.recommend",
    { situationId: "knownPatientKnownCondition" },
    {
      serviceUrl: connector.serviceUrl,
      user: CLINICIAN,
    },
  );
  const bare = async (): Promise<boolean> => (await post(barePort, "/api/messages", sample)).status === 200;

  const cpu = (f: Figures) =>
    Object.entries(f.cpuMsPerRequest)
      .filter(([, ms]) => ms >= 0.05)
      .map(([name, ms]) => `${name} ${ms.toFixed(2)}`)
      .join(", ");
  const row = (name: string, f: Figures) =>
    `${name.padEnd(36)} ${String(f.requests).padStart(6)} ${f.perSecond.toFixed(0).padStart(8)} ${f.p50.toFixed(1).padStart(8)} ${f.p99.toFixed(1).padStart(8)} ${String(f.errors).padStart(6)}   ${cpu(f)}`;
  console.log(`${MEETINGS} at once, ${INVOKES_PER_MEETING} measured calls each (after ${WARMUP_PER_MEETING} warm-up)`);
  console.log(
    `${"".padEnd(36)} ${"reqs".padStart(6)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"errors".padStart(6)}   CPU ms per request, by process`,
  );
  let errors = 0;
  // Matrix first: it leaves no work behind, while consent clicks leave card updates the service works through after.
  if (parts.includes("matrix")) {
    const recommends = lanes.map((_, i) => recommend(i));
    const matrix = await load((lane) => recommends[lane]!());
    const baseline = await load(() => bare());
    errors += matrix.errors;
    console.log(row("matrix.recommend (bot)", matrix));
    console.log(row("bare node:http (parse + 5 KB reply)", baseline));
    reportFigure({
      path: named("matrix.recommend invoke, 50 concurrent: throughput"),
      figure: matrix.perSecond,
      unit: "req/s",
      baseline: { label: "bare node:http, same card size", value: baseline.perSecond },
      goal: "≥ 0.25 × baseline",
      pass: matrix.perSecond >= 0.25 * baseline.perSecond,
    });
  }
  if (parts.includes("consent")) {
    // Raw upserts: 50 writers, each rewriting its own row as large as a consented encounter's (the same columns' bytes).
    const table = TableClient.fromConnectionString(connectionString, "benchRaw", { allowInsecureConnection: true });
    await table.createTable();
    const rowBytes = await encounterRowBytes(connectionString, lanes[0]!.meetingId);
    const upsert = async (lane: number): Promise<boolean> => {
      await table.upsertEntity(
        { partitionKey: `raw-${lane}`, rowKey: "occ", payload: "x".repeat(rowBytes) },
        "Replace",
      );
      return true;
    };
    // The baseline first: after the clicks, the service still works through their queued card updates for seconds,
    // and upserts measured then share Azurite and the CPU with that work (a lower baseline, a flattering ratio).
    const raw = await load((lane) => upsert(lane));
    const floor = await measureFloor(connectionString, rowBytes, (lane) => consentActivity(lane));
    const service = await load((lane) => recordConsent(lane));
    errors += service.errors + floor.errors;
    console.log(row("consent.record (bot + Azurite)", service));
    console.log(row(`raw Azurite upsert (${rowBytes} B row)`, raw));
    console.log(row("floor: bare http + 1 If-Match write", floor));
    console.log(
      `the floor, a server doing nothing but one conditional write per request, reaches ${(floor.perSecond / raw.perSecond).toFixed(2)} × raw upserts on this machine; the goal is 0.60 ×`,
    );
    const updates = connector.activities.filter((a) => a.method === "PUT").length;
    console.log(`cards updated in place through the connector: ${updates}`);
    const upsertsPerSecond = { label: "raw Azurite upsert, 50 writers", value: raw.perSecond };
    reportFigure({
      path: named("consent.record invoke, 50 concurrent meetings: throughput"),
      figure: service.perSecond,
      unit: "req/s",
      baseline: upsertsPerSecond,
      goal: "≥ 0.60 × baseline",
      pass: service.perSecond >= 0.6 * raw.perSecond,
    });
    reportFigure({
      path: named("consent.record invoke, 50 concurrent meetings: p99"),
      figure: service.p99,
      unit: "ms",
      baseline: { label: "raw Azurite upsert p99", value: raw.p99 },
      goal: "≤ 1.5 × baseline",
      pass: service.p99 <= 1.5 * raw.p99,
    });
  }
  console.log(`machine: ${(await import("node:os")).cpus().length} CPUs, Node ${process.version}`);
  if (errors > 0) process.exitCode = 1;
  await connector.stop();
}

/**
 * The floor (support/conditionalWriteServer.ts), measured like the service: its own process, 50 lanes, each request
 * the size of the lane's consent invoke.
 */
async function measureFloor(
  connectionString: string,
  rowBytes: number,
  activityOf: (lane: number) => unknown,
): Promise<Figures> {
  const port = await freePort();
  roles.floor = start(
    process.execPath,
    ["--import", "tsx", path.join(root, "test/bench/support/conditionalWriteServer.ts")],
    {
      PORT: String(port),
      STORAGE_CONNECTION_STRING: connectionString,
      ROW_BYTES: String(rowBytes),
    },
  );
  await waitForPort(port);
  const figures = await load(
    async (lane) => (await post(port, "/", { lane: String(lane), activity: activityOf(lane) })).status === 200,
  );
  roles.floor.kill("SIGTERM");
  delete roles.floor;
  return figures;
}

/** The stored size of a consented encounter's row (its columns' text), read back from storage. */
async function encounterRowBytes(connectionString: string, meetingId: string): Promise<number> {
  const encounters = TableClient.fromConnectionString(connectionString, "benchEncounters", {
    allowInsecureConnection: true,
  });
  for await (const entity of encounters.listEntities()) {
    if (String(entity.partitionKey).includes(meetingId)) return JSON.stringify(entity).length;
  }
  throw new Error("no encounter row to size the baseline on");
}

function stopChildren(): void {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  agent.destroy();
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stopChildren);
