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

/**
 * Kinds registered by name now whose handlers are built on the first run of any of them, by `load` (once for the
 * group): their code is read only when one of their jobs falls due (the Microsoft Teams side, composition.ts). They
 * keep the default policies (given up after a while, never run without a record), which the registry reads before
 * loading them; `load` must build exactly these kinds, or their jobs fail with the mismatch named.
 */
export function deferredJobKinds(names: readonly string[], load: () => Promise<readonly JobKind[]>): JobKind[] {
  let built: Promise<ReadonlyMap<string, JobKind>> | undefined;
  const byName = () => (built ??= load().then((kinds) => checked(names, kinds)));
  return names.map((name) => ({
    kind: name,
    run: async (job, gate) => ((await byName()).get(name) as JobKind).run(job, gate),
  }));
}

function checked(names: readonly string[], kinds: readonly JobKind[]): ReadonlyMap<string, JobKind> {
  const built = kinds.map((k) => k.kind);
  if (built.length !== names.length || !names.every((n) => built.includes(n)))
    throw new Error(`deferred job kinds [${names.join(", ")}] were built as [${built.join(", ")}]`);
  const special = kinds.find((k) => k.givesUp === false || k.runsWithoutRecord === true);
  if (special) throw new Error(`deferred job kind ${special.kind} sets a policy the registry reads before loading it`);
  return new Map(kinds.map((k) => [k.kind, k]));
}
