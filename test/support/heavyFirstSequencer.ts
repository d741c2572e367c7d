/**
 * The order the suite's files start in: longest first, so that the short ones fill the workers at the end instead
 * of one long file running alone (issue 15: a loaded 2-core machine). With timings from an earlier run, vitest's own
 * order (longest measured first) is kept. Without them — a fresh clone, as in CI — vitest would start the largest
 * files first, and a small file that drives a browser or 500 requests would start last and set the run's length:
 * here the kinds of test that spend seconds per test (a browser, child processes, a service under load) go first.
 */
import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** Directories of test/ whose files take seconds each, slowest kind first. */
const HEAVY = ["browser", "playground", "reminders", "integration", "dev", "fuzz", "api", "storage"];

function tier(spec: TestSpecification): number {
  const dir = path.relative(path.join(spec.project.config.root, "test"), spec.moduleId).split(path.sep)[0] ?? "";
  const index = HEAVY.indexOf(dir);
  return index === -1 ? HEAVY.length : index;
}

export default class HeavyFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const timed = sorted.every((spec) => this.ctx.cache.getFileTestResults(this.keyOf(spec)) !== undefined);
    if (timed) return sorted;
    // Stable: within a kind, vitest's order (largest file first).
    return sorted
      .map((spec, i) => ({ spec, i }))
      .sort((a, b) => tier(a.spec) - tier(b.spec) || a.i - b.i)
      .map((x) => x.spec);
  }

  private keyOf(spec: TestSpecification): string {
    return `${spec.project.name}:${path.relative(this.ctx.config.root, spec.moduleId)}`;
  }
}
