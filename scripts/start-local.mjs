#!/usr/bin/env node
// One command for the whole app on a developer machine: Azurite's Table service with a persistent
// folder (.local/azurite, git-ignored), the tab built by Vite, and the service (bot + API + tab).
// The first start seeds the demo team (SEED_DEMO=on unless SEED_DEMO=off): the team the tab opens, the
// Agents Playground's team, with a month of activity. Ctrl-C stops everything, Azurite included.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, readdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const port = process.env.PORT ?? "3978";
const tablePort = process.env.AZURITE_TABLE_PORT ?? "10002";
const dataDir = path.join(root, ".local", "azurite");
const children = [];
/** The dev identity's clinicien persona (bot/src/auth/devIdentityProvider.ts), the Playground's current user. */
const CLINICIEN_OID = "de000000-0000-4000-8000-000000000005";

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildTabIfStale() {
  const dist = path.join(root, "tab", "dist", "index.html");
  const sources = [path.join(root, "tab", "src"), path.join(root, "bot", "src", "domain")];
  if (existsSync(dist) && statSync(dist).mtimeMs >= Math.max(...sources.filter(existsSync).map(newestMtime))) return;
  console.log("• Construction de l'onglet / Building the tab (vite)…");
  const result = spawnSync("npm", ["run", "--silent", "build:tab"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function waitForPort(portNumber, timeoutMs = 15_000) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(Number(portNumber), "127.0.0.1");
      socket.once("connect", () => {
        socket.end();
        resolve();
      });
      socket.once("error", () => {
        if (Date.now() - started > timeoutMs) reject(new Error(`port ${portNumber} did not open`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

function start(name, command, args, env = {}) {
  const child = spawn(command, args, {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...env },
  });
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`✖ ${name} s'est arrêté / stopped (${signal ?? code}); arrêt de tout / stopping everything.`);
      stop(1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  const deadline = setTimeout(() => {
    for (const child of children) child.kill("SIGKILL");
    process.exit(code);
  }, 5000);
  Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once("exit", r))))).then(() => {
    clearTimeout(deadline);
    console.log("Tout est arrêté. / Everything stopped.");
    process.exit(code);
  });
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

buildTabIfStale();
mkdirSync(dataDir, { recursive: true });
console.log(`• Azurite (Table) : 127.0.0.1:${tablePort}, données / data: ${path.relative(root, dataDir)}`);
start("Azurite", bin("azurite-table"), [
  "--location",
  dataDir,
  "--tableHost",
  "127.0.0.1",
  "--tablePort",
  tablePort,
  "--disableTelemetry",
  "--silent",
]);
await waitForPort(tablePort);

// Running inside Teams (teamsapp.local.yml registered a bot and an Entra app): its settings are in
// .local/teams.env. Real identities then replace the development identity provider.
function teamsLocalSettings() {
  const file = path.join(root, ".local", "teams.env");
  if (!existsSync(file)) return {};
  const settings = Object.fromEntries(
    readFileSync(file, "utf8")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("#") && l.includes("="))
      .map((l) => [l.slice(0, l.indexOf("=")).trim(), l.slice(l.indexOf("=") + 1).trim()]),
  );
  console.log(
    `• Paramètres Teams locaux / local Teams settings: ${path.relative(root, file)} (identité de développement désactivée / dev identity off)`,
  );
  return { DEV_IDENTITY: "off", DEV_MEETING_ORGANIZER: "", SEED_DEMO: "off", ...settings };
}
const teamsSettings = teamsLocalSettings();

const connectionString = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:${tablePort}/devstoreaccount1;`;
start("Balises", process.execPath, ["--import", "tsx", path.join(root, "bot", "src", "index.ts")], {
  PORT: port,
  BALISES_MODE: "development",
  DEV_IDENTITY: process.env.DEV_IDENTITY ?? "on",
  // The Agents Playground has no Teams meeting APIs: its current user (.m365agentsplayground.yml), the
  // clinicien persona Dre Camille Roy, stands in as organiser.
  DEV_MEETING_ORGANIZER: process.env.DEV_MEETING_ORGANIZER ?? CLINICIEN_OID,
  // The demo team (bot/src/dev/demoTeam.ts), seeded once; SEED_DEMO=off to start empty.
  SEED_DEMO: process.env.SEED_DEMO ?? "on",
  ...teamsSettings,
  STORAGE_CONNECTION_STRING: process.env.STORAGE_CONNECTION_STRING ?? connectionString,
  LOG_LEVEL: process.env.LOG_LEVEL ?? "info",
});
await waitForPort(port, 30_000);

const base = `http://localhost:${port}`;
const seedDemo = (teamsSettings.SEED_DEMO ?? process.env.SEED_DEMO ?? "on") === "on";
const demoLine = seedDemo
  ? "\n  Équipe de démo / Demo team                : GMF des Rivières — Santé mentale (SEED_DEMO=off pour s'en passer / to skip)"
  : "";
console.log(`
Balises télésanté roule localement / is running locally
  Onglet / Tab (identité de développement) : ${base}/?persona=pilote
  Configuration de l'onglet / Tab config   : ${base}/config?persona=pilote${demoLine}
  Santé / Health                            : ${base}/healthz
  Bot (Bot Framework)                       : ${base}/api/messages
  Agents Playground                         : dans un autre terminal / in another terminal: npm run playground → http://localhost:56150
Ctrl-C arrête tout (Azurite compris) / stops everything (Azurite included).
`);
