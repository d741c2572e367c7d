/**
 * The production build (scripts/build-server.ts: what `npm run build` writes and App Service starts) run as App
 * Service runs it: `node dist/server/index.mjs` in a child process, here from a temporary folder with no node_modules
 * anywhere above it, against Azurite. Microsoft Teams is composed on first use (issue 14: start time and idle
 * memory), so the entry must not import botbuilder, the Bot Framework libraries or the card templating, and the
 * first bot requests, sent together as soon as /healthz answers, must be answered as a warm service answers them.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer, SERVER_NODE_FLAGS, type ServerBuild } from "../../scripts/build-server.js";
import {
  botAddedActivity,
  cardActionActivity,
  firstCard,
  messageActivity,
  postActivity,
  replies,
} from "../support/activities.js";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { freePort } from "../bench/support/ports.js";
import { eventually } from "../reminders/support/childService.js";

let outDir: string;
let build: ServerBuild;
let azurite: RunningAzurite;
let server: ChildProcess;
let baseUrl: string;
let stderr = "";

async function health(): Promise<number> {
  try {
    return (await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(5000) })).status;
  } catch {
    return 0;
  }
}

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), "balises-server-"));
  [build, azurite] = await Promise.all([buildServer(outDir), startAzurite()]);
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [...SERVER_NODE_FLAGS, build.entry], {
    cwd: outDir,
    env: {
      PATH: process.env.PATH ?? "",
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      STORAGE_CONNECTION_STRING: azurite.connectionString,
      TAB_DIST_DIR: outDir,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  server.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  await eventually(`/healthz 200 from the built server (stderr: ${stderr})`, async () => (await health()) === 200);
});

afterAll(async () => {
  if (server?.exitCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  await azurite?.stop();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** The packages in the entry and in every chunk it imports statically, however deep: what a start reads. */
function packagesReadAtStart(metafile: ServerBuild["metafile"]): Set<string> {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((file) => outputs[file]!.entryPoint === "bot/src/index.ts")!;
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const imported of outputs[file]!.imports)
      if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
  };
  visit(entry);
  const packages = [...files].flatMap((file) =>
    Object.keys(outputs[file]!.inputs).map((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1]),
  );
  return new Set(packages.filter((p): p is string => p !== undefined));
}

describe("the production build", () => {
  it("starts from a folder without node_modules: its dependencies are in it, and /healthz finds storage", async () => {
    const response = await fetch(`${baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", storage: "reachable" });
  });

  it("reads neither botbuilder, the Bot Framework libraries nor the card templating at start", () => {
    const atStart = packagesReadAtStart(build.metafile);
    expect(atStart).toContain("express"); // the measure works: the HTTP server is read at start
    expect(
      [...atStart].filter((p) => /^(botbuilder|botframework-|adaptivecards|adaptive-expressions)/.test(p)),
    ).toEqual([]);
  });

  it("answers the first bot requests, sent together once it listens, as a warm service does", async () => {
    const [help, added, invoke] = await Promise.all([
      postActivity(baseUrl, messageActivity("aide")),
      postActivity(baseUrl, botAddedActivity()),
      postActivity(baseUrl, cardActionActivity("matrix.recommend", { situationId: "newPatientIntake" })),
    ]);
    expect(JSON.stringify(firstCard(help.body))).toContain("Aide — Balises");
    expect(JSON.stringify(firstCard(added.body))).toContain("Bienvenue dans Balises");
    const answer = (replies(invoke.body)[0]?.value as { body: { statusCode: number; type: string } }).body;
    expect(answer).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive" });
    expect([help.status, added.status, invoke.status]).toEqual([200, 200, 200]);
  });
});
