#!/usr/bin/env node
// One command for the whole app on a developer machine: Azurite's Table service with a persistent
// folder (.local/azurite, git-ignored), the tab built by Vite, and the service (bot + API + tab).
// The first start seeds the demo team (SEED_DEMO=on unless SEED_DEMO=off): the team the tab opens, the
// Agents Playground's team, with a month of activity. Ctrl-C stops everything, Azurite included.
// Azurite runs through scripts/azurite-table.mjs, which saves each write before acknowledging it. If it
// dies, it is restarted on the same port and folder (1 s, 2 s, 4 s… up to 15 s between attempts); the
// service keeps running and answers /healthz with 503 until storage is back.
// Settings: PORT (3978), AZURITE_TABLE_PORT (10002), AZURITE_LOCATION (.local/azurite), TAB_DIST_DIR (tab/dist),
// SEED_DEMO, DEV_IDENTITY.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = process.env.PORT ?? "3978";
const tablePort = process.env.AZURITE_TABLE_PORT ?? "10002";
const dataDir = path.resolve(root, process.env.AZURITE_LOCATION ?? path.join(".local", "azurite"));
const tabDistDir = path.resolve(root, process.env.TAB_DIST_DIR ?? path.join("tab", "dist"));
/** The running children by name; Azurite's entry is replaced at each restart. */
const children = new Map();
/** The dev identity's clinicien persona (bot/src/auth/devIdentityProvider.ts), the Playground's current user. */
const CLINICIEN_OID = "de000000-0000-4000-8000-000000000005";

/**
 * The tab is always served as a production build, whatever built its folder last (a test run, an older checkout,
 * `NODE_ENV=development npm run build:tab`): scripts/build-tab.ts rebuilds it unless the build's stamp says
 * production and it is newer than its sources. Development React is bigger and slower (issue 14).
 */
function buildTabUnlessFresh() {
  const buildTab = path.join(root, "scripts", "build-tab.ts");
  const result = spawnSync(process.execPath, ["--import", "tsx", buildTab, tabDistDir], {
    cwd: root,
    stdio: "inherit",
  });
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

const isRunning = (child) => child.exitCode === null && child.signalCode === null;

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
  children.set(name, child);
  return child;
}

// Azurite, supervised: restarted after an unexpected exit with a bounded backoff. An Azurite that stayed up
// for a minute starts the backoff over; five restarts in a row that never listened give up (port taken?).
const RESTART_DELAYS_MS = [1000, 2000, 4000, 8000, 15_000];
const STABLE_MS = 60_000;
const MAX_FAILED_RESTARTS = 5;
let restartTimer;
let restartsInARow = 0;
let failedRestarts = 0;

/** Starts Azurite; resolves once it listens, rejects if it exits first. Later exits restart it. */
function startAzurite(restart = false) {
  const child = spawn(
    process.execPath,
    [
      path.join(root, "scripts", "azurite-table.mjs"),
      "--location",
      dataDir,
      "--tableHost",
      "127.0.0.1",
      "--tablePort",
      tablePort,
    ],
    { cwd: root, stdio: ["ignore", "inherit", "inherit", "ipc"] },
  );
  children.set("Azurite", child);
  const startedAt = Date.now();
  let listening = false;
  return new Promise((resolve, reject) => {
    child.on("message", (message) => {
      if (message !== "ready") return;
      listening = true;
      failedRestarts = 0;
      if (restart) console.log(`✔ Azurite redémarré / restarted: 127.0.0.1:${tablePort}`);
      resolve();
    });
    // Ctrl-C signals the whole process group: give this script's own SIGINT handler a moment to mark the
    // stop, so an Azurite closing on that same signal is not taken for a crash.
    child.on("exit", (code, signal) => setTimeout(() => onExit(code, signal), 250));
    function onExit(code, signal) {
      if (stopping) return;
      const how = signal ?? `code ${code}`;
      if (!restart && !listening) {
        reject(new Error(`Azurite n'a pas démarré / did not start (${how}) sur le port / on port ${tablePort}`));
        return;
      }
      if (!listening && ++failedRestarts >= MAX_FAILED_RESTARTS) {
        console.error(
          `✖ Azurite ne redémarre pas (${failedRestarts} essais) ; arrêt de tout. / Azurite will not restart (${failedRestarts} attempts); stopping everything.`,
        );
        stop(1);
        return;
      }
      if (Date.now() - startedAt >= STABLE_MS) restartsInARow = 0;
      const delay = RESTART_DELAYS_MS[Math.min(restartsInARow++, RESTART_DELAYS_MS.length - 1)];
      console.error(
        `⚠ Azurite s'est arrêté (${how}) : redémarrage dans ${delay / 1000} s, même port (${tablePort}) et mêmes données ; ` +
          `Balises répond 503 (mode dégradé) d'ici là.\n` +
          `⚠ Azurite stopped (${how}): restarting in ${delay / 1000} s, same port (${tablePort}) and data; ` +
          `Balises answers 503 (degraded) meanwhile.`,
      );
      restartTimer = setTimeout(() => {
        startAzurite(true).catch(() => undefined);
      }, delay);
    }
  });
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  clearTimeout(restartTimer);
  const running = [...children.values()].filter(isRunning);
  for (const child of running) child.kill("SIGTERM");
  const deadline = setTimeout(() => {
    for (const child of running) if (isRunning(child)) child.kill("SIGKILL");
    process.exit(code);
  }, 5000);
  Promise.all(running.map((c) => (isRunning(c) ? new Promise((r) => c.once("exit", r)) : null))).then(() => {
    clearTimeout(deadline);
    console.log("Tout est arrêté. / Everything stopped.");
    process.exit(code);
  });
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

buildTabUnlessFresh();
mkdirSync(dataDir, { recursive: true });
console.log(`• Azurite (Table) : 127.0.0.1:${tablePort}, données / data: ${path.relative(root, dataDir) || dataDir}`);
await startAzurite().catch((error) => {
  console.error(`✖ ${error.message}; arrêt de tout / stopping everything.`);
  stop(1);
  return new Promise(() => undefined);
});

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
  TAB_DIST_DIR: tabDistDir,
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
Si Azurite s'arrête, il est redémarré / If Azurite stops, it is restarted (/healthz: 503 → 200).
`);
