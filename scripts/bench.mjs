#!/usr/bin/env node
// Runs the benchmarks under test/bench/ (one tsx process each, in sequence), then prints every figure they
// reported (test/bench/support/report.ts) as one table — figure, same-run baseline, ratio, goal, pass/fail —
// and writes it as JSON to .local/bench/<time>.json and .local/bench/latest.json.
//   npm run bench                 every benchmark
//   npm run bench -- consent tab  those whose file name contains one of the words
//   npm run bench -- --list       the benchmarks and what each measures
// Benchmarks only talk to loopback addresses and stop by themselves.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const benchDir = path.join(root, "test", "bench");
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith("--"));
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

/** The first sentence of the file's opening comment. */
function summary(file) {
  const text = readFileSync(path.join(benchDir, file), "utf8");
  const comment = /\/\*\*([\s\S]*?)\*\//.exec(text)?.[1] ?? "";
  const prose = comment
    .replace(/^\s*\* ?/gm, " ")
    .replace(/\s+/g, " ")
    .trim();
  return prose.split(/(?<=\.)\s/)[0] ?? "";
}

if (args.includes("--list")) {
  for (const file of files) console.log(`${file.replace(".bench.ts", "").padEnd(16)} ${summary(file)}`);
  process.exit(0);
}

const resultsFile = path.join(tmpdir(), `balises-bench-${process.pid}.jsonl`);
rmSync(resultsFile, { force: true });
const started = Date.now();
const failedRuns = [];
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(benchDir, file)], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, BENCH_RESULTS: resultsFile },
  });
  if (result.status !== 0) failedRuns.push(file);
}

let figures = [];
try {
  figures = readFileSync(resultsFile, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
} catch {
  // no benchmark reported a figure
}
rmSync(resultsFile, { force: true });

const num = (v) => (v === undefined ? "" : Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3));
const rows = figures.map((f) => [
  f.path,
  `${num(f.figure)} ${f.unit}`,
  f.baseline ? `${num(f.baseline.value)} (${f.baseline.label})` : "—",
  f.ratio === undefined || f.ratio === null ? "—" : `${f.ratio.toFixed(2)} ×`,
  f.goal,
  f.pass ? "pass" : "FAIL",
]);
const header = ["path", "Balises", "baseline (same run)", "ratio", "goal", ""];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`\n${line(header)}\n${line(widths.map((w) => "-".repeat(w)))}`);
for (const row of rows) console.log(line(row));
console.log(`\n${figures.length} figures, ${minutes} min, ${cpus().length} CPUs, Node ${process.version}`);
if (failedRuns.length > 0) console.log(`benchmarks that did not finish: ${failedRuns.join(", ")}`);

const out = path.join(root, ".local", "bench");
mkdirSync(out, { recursive: true });
const report = {
  at: new Date().toISOString(),
  minutes: Number(minutes),
  cpus: cpus().length,
  node: process.version,
  figures,
  failedRuns,
};
const stamp = report.at.replace(/[:.]/g, "-");
writeFileSync(path.join(out, `${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(path.join(out, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
console.log(`written: .local/bench/${stamp}.json`);
process.exit(failedRuns.length === 0 ? 0 : 1);
