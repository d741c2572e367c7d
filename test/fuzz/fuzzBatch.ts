/**
 * One fuzz batch against the running service: every request sent at once, each answer held to the rules
 * (answerRules.ts), and what the service logged as an error meanwhile. Throws one Error naming each failing
 * request and what it broke; keeps a tally of the statuses for the suite's summary.
 */
import { answerProblems, loggedProblems, replyProblems } from "./answerRules.js";
import { send, sendRaw, type FuzzRequest, type FuzzService } from "./fuzzService.js";

export interface FuzzCase {
  label: string;
  /** A request through node:http, or raw bytes on a socket. */
  request: FuzzRequest | { raw: string };
}

/** Statuses and error codes of the answers, for the suite's summary line. */
export class Tally {
  readonly statuses = new Map<string, number>();
  readonly codes = new Map<string, number>();
  readonly latencies: number[] = [];

  count(status: number | "none", text = ""): void {
    const key = typeof status === "number" ? String(status) : status;
    this.statuses.set(key, (this.statuses.get(key) ?? 0) + 1);
    const code = /"code":"([a-z_]+)"/.exec(text)?.[1];
    if (code) this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
  }

  took(ms: number): void {
    this.latencies.push(ms);
  }

  toString(): string {
    const sortedMs = [...this.latencies].sort((a, b) => a - b);
    const p99 = sortedMs[Math.floor(sortedMs.length * 0.99)] ?? 0;
    const sorted = (map: Map<string, number>) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(", ");
    const latency = `latency p99 ${p99} ms, max ${sortedMs.at(-1) ?? 0} ms`;
    return `statuses: ${sorted(this.statuses)}; error codes: ${sorted(this.codes)}; ${latency}`;
  }
}

async function problemsOf(service: FuzzService, fuzzCase: FuzzCase, tally: Tally): Promise<string[]> {
  const started = Date.now();
  try {
    if ("raw" in fuzzCase.request) {
      const answer = await sendRaw(service.port, fuzzCase.request.raw);
      tally.count(answer.status, answer.text);
      tally.took(Date.now() - started);
      return answerProblems(answer, { head: fuzzCase.request.raw.startsWith("HEAD ") });
    }
    const answer = await send(service.port, fuzzCase.request);
    tally.count(answer.status, answer.text);
    tally.took(Date.now() - started);
    const head = fuzzCase.request.method === "HEAD";
    return [...answerProblems(answer, { head }), ...replyProblems(answer)];
  } catch (error) {
    tally.count("none");
    tally.took(Date.now() - started);
    return [`no answer: ${(error as Error).message}`];
  }
}

const shown = (fuzzCase: FuzzCase): string => {
  const r = fuzzCase.request;
  if ("raw" in r) return `raw ${JSON.stringify(r.raw.slice(0, 200))}`;
  const body = r.body === undefined ? "" : Buffer.isBuffer(r.body) ? `<${r.body.length} bytes>` : r.body.slice(0, 300);
  return `${r.method} ${r.path.slice(0, 200)} ${JSON.stringify(r.headers).slice(0, 300)} ${body}`;
};

export async function runBatch(service: FuzzService, batch: FuzzCase[], tally: Tally): Promise<void> {
  const before = service.errors.length;
  const results = await Promise.all(batch.map(async (c) => ({ c, problems: await problemsOf(service, c, tally) })));
  const logged = loggedProblems(service.errors.slice(before));
  const failing = results.filter((r) => r.problems.length > 0);
  if (failing.length === 0 && logged.length === 0) return;
  const lines = failing.map((r) => `- ${r.c.label}\n  ${shown(r.c)}\n  → ${r.problems.join("\n  → ")}`);
  if (logged.length > 0) {
    // A log line names no request: show the whole batch.
    if (failing.length === 0) lines.push(...batch.map((c) => `- ${c.label}\n  ${shown(c)}`));
    lines.push(`- logged while this batch ran:\n  → ${logged.join("\n  → ")}`);
  }
  throw new Error(`broken rules:\n${lines.join("\n")}`);
}
