/**
 * One line per measured figure, in the shape of issue 14's table: the figure, its baseline measured in the
 * same run, their ratio, the goal and whether it is met. `scripts/bench.mjs` gathers every benchmark's
 * lines (BENCH_RESULTS names the file) into one table and `.local/bench/*.json`.
 */
import { appendFileSync } from "node:fs";

export interface BenchFigure {
  /** What is measured, e.g. "consent.record invoke, 50 concurrent meetings: throughput". */
  path: string;
  figure: number;
  unit: string;
  /** The physical baseline measured in the same run, when the goal is relative to one. */
  baseline?: { label: string; value: number };
  /** The goal in words, e.g. "≥ 0.60 × baseline" or "≤ 600 ms". */
  goal: string;
  pass: boolean;
}

export function reportFigure(figure: BenchFigure): void {
  const ratio = figure.baseline ? figure.figure / figure.baseline.value : undefined;
  const line = { ...figure, ratio };
  const file = process.env.BENCH_RESULTS;
  if (file) appendFileSync(file, `${JSON.stringify(line)}\n`);
  const base = figure.baseline ? ` | baseline ${round(figure.baseline.value)} (${figure.baseline.label})` : "";
  const ratioText = ratio === undefined ? "" : ` | ratio ${ratio.toFixed(2)}`;
  console.log(
    `» ${figure.path}: ${round(figure.figure)} ${figure.unit}${base}${ratioText} | goal ${figure.goal} | ${figure.pass ? "PASS" : "FAIL"}`,
  );
}

function round(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3);
}
