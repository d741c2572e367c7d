/**
 * The registry of job kinds: each feature hands its kinds (a name and a handler, job.ts JobKind) to the
 * composition root, which registers them all here, in one visible list. The scheduler runs a job through its
 * kind's handler; a kind nobody registered is not run (jobRunner.ts: the job waits for an instance that knows it).
 */
import type { JobKind } from "./job.js";

export class JobKinds {
  private readonly byName: ReadonlyMap<string, JobKind>;

  constructor(kinds: readonly JobKind[]) {
    const byName = new Map<string, JobKind>();
    for (const kind of kinds) {
      if (byName.has(kind.kind)) throw new Error(`job kind registered twice: ${kind.kind}`);
      byName.set(kind.kind, kind);
    }
    this.byName = byName;
  }

  get(kind: string): JobKind | undefined {
    return this.byName.get(kind);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  /** A job of this kind is given up after a while (jobScheduler.ts); unknown kinds are, too. */
  givesUp(kind: string): boolean {
    return this.byName.get(kind)?.givesUp !== false;
  }
}

export function createJobKinds(kinds: readonly JobKind[]): JobKinds {
  return new JobKinds(kinds);
}
