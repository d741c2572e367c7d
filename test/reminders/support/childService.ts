/**
 * The real service in a child process, for the crash and multi-instance tests: it shares the test's Azurite
 * (over TCP) and the fake connector, and can be killed with SIGKILL like a crashed App Service instance. Its JSON
 * log lines are kept so a test can count what each instance did.
 * It runs the production build (scripts/build-server.ts), made once per test process, as App Service runs it:
 * a start from source through tsx cost twice the CPU, and these tests start seven.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildServer, SERVER_NODE_FLAGS } from "../../../scripts/build-server.js";

let built: Promise<string> | undefined;

/**
 * The built service's entry file, for `spawnService`; built on the first call. A benchmark removes it as it exits; a
 * test worker is stopped without an exit event, and the run's temporary folder takes it (test/support/globalSetup.ts).
 */
export function childServiceEntry(): Promise<string> {
  if (!built) {
    const dir = mkdtempSync(path.join(tmpdir(), "balises-child-"));
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    built = buildServer(dir).then((b) => b.entry);
  }
  return built;
}

export interface ChildService {
  name: string;
  process: ChildProcess;
  logs: Array<Record<string, unknown>>;
  exited: Promise<number | null>;
  kill: (signal: NodeJS.Signals) => Promise<number | null>;
}

export function spawnService(entry: string, name: string, env: Record<string, string>): ChildService {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, entry], {
    cwd: path.dirname(entry),
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", PORT: "0", LOG_LEVEL: "debug", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: Array<Record<string, unknown>> = [];
  let buffer = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    buffer += chunk;
    let newline: number;
    while ((newline = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ msg: line });
      }
    }
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  void exited.then((code) => {
    if (code !== null && code !== 0) console.error(`[${name}] exited with ${code}: ${stderr.slice(-2000)}`);
  });
  return {
    name,
    process: child,
    logs,
    exited,
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function eventually(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 40_000,
  everyMs = 50,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
