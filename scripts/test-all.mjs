#!/usr/bin/env node
// `npm test`: the type check, ESLint, Prettier and the whole vitest suite, side by side. Each
// check is one process while the suite spends much of its time waiting on browsers and storage, so on a 2-core CI
// machine running them together saves about a minute. The checks' output is printed as each one ends; any failure fails
// the run. Arguments go to vitest (`npm test -- test/unit`).
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function run(name, command, args, buffered) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { cwd: root, stdio: buffered ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    if (buffered) for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => {
      output += `${error.message}\n`;
    });
    child.on("close", (code) => {
      const seconds = Math.round((Date.now() - started) / 1000);
      const ok = code === 0;
      if (buffered) process.stdout.write(`\n── ${name}: ${ok ? "ok" : "FAILED"} (${seconds} s) ──\n${output}`);
      resolve({ name, ok, seconds });
    });
  });
}

// The type check and ESLint share one TypeScript program per tsconfig (scripts/typecheck-and-lint.mjs): apart, they
// built and checked the same programs twice. One process per program, so that a busy machine runs them side by side.
const checks = path.join(root, "scripts", "typecheck-and-lint.mjs");
const results = await Promise.all([
  run("typecheck + ESLint (service, tests, scripts)", process.execPath, [checks, "service"], true),
  run("typecheck + ESLint (tab)", process.execPath, [checks, "tab"], true),
  run("Prettier", bin("prettier"), ["--check", "."], true),
  run("vitest", bin("vitest"), ["run", ...process.argv.slice(2)], false),
]);
const failed = results.filter((r) => !r.ok);
process.stdout.write(`\n${results.map((r) => `${r.ok ? "✓" : "✗"} ${r.name} (${r.seconds} s)`).join("\n")}\n`);
process.exit(failed.length > 0 ? 1 : 0);
