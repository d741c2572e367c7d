/**
 * How the fuzz suites run fast-check: a fixed seed by default (every `npm test` sends the same cases),
 * another with FUZZ_SEED=<integer> or FUZZ_SEED=random; FUZZ_PATH replays one counterexample; FUZZ_RUNS
 * changes how many cases each target sends. On failure the report names the seed, the counterexample path
 * and the command that replays it.
 *
 * Each fast-check run is a batch of BATCH cases sent at once (modest concurrency); a failing batch is
 * shrunk like any counterexample, for a bounded number of steps so a failure never runs for long.
 */
import fc from "fast-check";

/** The seed of every `npm test`: the same 1,000+ cases per target, run after run. */
export const DEFAULT_SEED = 15_042_026;

/** Cases sent concurrently per run. */
export const BATCH = 4;

/** Shrinking steps at most (each sends a batch again): the counterexample stays small, the failure quick. */
const MAX_SHRINKS = 40;

/** Past this, shrinking stops and the best counterexample so far is reported (and a run too short fails). */
const TIME_BUDGET_MS = 200_000;

function seedFromEnv(): { seed: number; random: boolean } {
  const raw = process.env.FUZZ_SEED?.trim();
  if (!raw) return { seed: DEFAULT_SEED, random: false };
  if (raw === "random") return { seed: (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0, random: true };
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer or "random", not ${raw}`);
  return { seed: seed | 0, random: false };
}

/** Cases per target: FUZZ_RUNS, else `byDefault`. */
export function casesPerTarget(byDefault: number): number {
  const raw = Number(process.env.FUZZ_RUNS);
  return Number.isSafeInteger(raw) && raw > 0 ? raw : byDefault;
}

/** True when FUZZ_PATH replays one counterexample (then the case count is not checked). */
export const replaying = (): boolean => Boolean(process.env.FUZZ_PATH?.trim());

export interface FuzzOutcome {
  seed: number;
  runs: number;
}

/**
 * Runs `check` on `cases` cases drawn from `arb`, BATCH at a time; `check` throws (an Error naming the
 * request and the broken rule) when a batch breaks a rule.
 */
export async function fuzz<T>(
  target: string,
  testFile: string,
  arb: fc.Arbitrary<T>,
  cases: number,
  check: (batch: T[]) => Promise<void>,
): Promise<FuzzOutcome> {
  const { seed, random } = seedFromEnv();
  const path = process.env.FUZZ_PATH?.trim() || undefined;
  if (random) console.info(`[fuzz] ${target}: FUZZ_SEED=${seed}`);
  const details = await fc.check(
    fc.asyncProperty(fc.limitShrink(fc.array(arb, { minLength: BATCH, maxLength: BATCH }), MAX_SHRINKS), check),
    {
      seed,
      ...(path ? { path, endOnFailure: true } : {}),
      numRuns: Math.ceil(cases / BATCH),
      plugins: [fc.interruptAfterTimeLimit(TIME_BUDGET_MS, { failOnInterrupt: true })],
    },
  );
  if (details.failed) {
    const replay = `FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath ?? ""} npx vitest run ${testFile}`;
    const cause =
      details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    const report = `${cause.slice(0, 12_000)}\n\n${(fc.defaultReportMessage(details) ?? "").slice(0, 6_000)}`;
    console.error(
      `[fuzz] ${target} failed — seed ${details.seed}, path ${details.counterexamplePath ?? "-"}\n${replay}`,
    );
    console.error(cause.slice(0, 4_000));
    throw new Error(`${target}: ${report}\n\nReplay the counterexample: ${replay}`);
  }
  return { seed, runs: details.numRuns };
}
