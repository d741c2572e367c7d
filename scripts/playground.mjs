#!/usr/bin/env node
// Starts the Microsoft 365 Agents Playground (a local Teams-like client) against the local bot.
// Run `npm start` first (the bot listens on PORT, default 3978).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const botPort = process.env.PORT ?? "3978";
const playgroundPort = process.env.PLAYGROUND_PORT ?? "56150";
const bin = path.join(root, "node_modules", ".bin", "agentsplayground");

const child = spawn(
  bin,
  ["-e", `http://127.0.0.1:${botPort}/api/messages`, "-c", "msteams", "-p", playgroundPort, "--disable-telemetry"],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: process.env.TEAMSAPPTESTER_BROWSER ?? "none" },
  },
);
console.log(
  `\nAgents Playground : http://localhost:${playgroundPort}  (bot : http://127.0.0.1:${botPort}/api/messages)\n`,
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
