/**
 * The architecture as rules the code cannot drift from (DESIGN, "Architecture"; STYLE): the imports of every
 * source file, parsed with the TypeScript compiler, must keep
 * - no cycle between folders (a file at the root of bot/src counts as its own node: it is the composition
 *   root, the configuration or a shared leaf such as the error catalogue);
 * - botbuilder behind bot/src/teams/ (the seam a port to the Teams SDK v2 replaces) and Azure Tables behind
 *   bot/src/storage/;
 * - a pure domain: bot/src/domain/ imports only itself, the bilingual strings (bot/src/i18n/), the error
 *   catalogue (bot/src/errors.ts, a leaf without I/O), zod and luxon;
 * - the tab on its side of the seam: tab/src/ reaches bot code only through the `@shared/` alias, and only
 *   its pure parts (domain, i18n, contract).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const BOT = path.join(ROOT, "bot", "src");
const TAB = path.join(ROOT, "tab", "src");

interface SourceImport {
  file: string;
  specifier: string;
  /** The imported file, for relative and aliased imports of the project's own code. */
  target?: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts") ? [full] : [];
  });
}

function resolveTarget(file: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@shared/")
    ? path.join(BOT, specifier.slice("@shared/".length))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(file), specifier)
      : undefined;
  if (!base) return undefined;
  const stem = base.replace(/\.(js|json)$/, "");
  const candidates = [`${stem}.ts`, `${stem}.tsx`, base, path.join(stem, "index.ts")];
  return candidates.find((c) => {
    try {
      return statSync(c).isFile();
    } catch {
      return false;
    }
  });
}

function importsOf(file: string): SourceImport[] {
  const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return info.importedFiles.map(({ fileName }) => ({
    file,
    specifier: fileName,
    target: resolveTarget(file, fileName),
  }));
}

const BOT_IMPORTS = sourceFiles(BOT).flatMap(importsOf);
const TAB_IMPORTS = sourceFiles(TAB).flatMap(importsOf);
const rel = (file: string) => path.relative(ROOT, file);

/** A folder of bot/src, or a root-level file of bot/src on its own. */
function nodeOf(file: string): string {
  const dir = path.dirname(file);
  return dir === BOT ? rel(file) : rel(dir);
}

function folderCycles(imports: SourceImport[]): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const i of imports) {
    if (!i.target?.startsWith(BOT)) continue;
    const [from, to] = [nodeOf(i.file), nodeOf(i.target)];
    if (from !== to) edges.set(from, new Set([...(edges.get(from) ?? []), to]));
  }
  const cycles: string[][] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (node: string, trail: string[]) => {
    if (state.get(node) === "done") return;
    if (state.get(node) === "visiting") {
      cycles.push([...trail.slice(trail.indexOf(node)), node]);
      return;
    }
    state.set(node, "visiting");
    for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
    state.set(node, "done");
  };
  for (const node of edges.keys()) visit(node, []);
  return cycles;
}

const offenders = (imports: SourceImport[], bad: (i: SourceImport) => boolean) =>
  imports.filter(bad).map((i) => `${rel(i.file)} imports ${i.specifier}`);

describe("import rules", () => {
  it("found the sources", () => {
    expect(BOT_IMPORTS.length).toBeGreaterThan(300);
    expect(TAB_IMPORTS.length).toBeGreaterThan(100);
  });

  it("have no cycle between folders of bot/src", () => {
    expect(folderCycles(BOT_IMPORTS).map((c) => c.join(" → "))).toEqual([]);
  });

  it("keep botbuilder and the Bot Framework libraries inside bot/src/teams/", () => {
    const teams = path.join(BOT, "teams");
    expect(
      offenders(BOT_IMPORTS, (i) => /^(botbuilder|botframework-)/.test(i.specifier) && !i.file.startsWith(teams)),
    ).toEqual([]);
  });

  it("keep Azure Tables inside bot/src/storage/", () => {
    const storage = path.join(BOT, "storage");
    expect(
      offenders(BOT_IMPORTS, (i) => i.specifier.startsWith("@azure/data-tables") && !i.file.startsWith(storage)),
    ).toEqual([]);
  });

  it("keep the domain pure: itself, bilingual strings, the error catalogue, zod and luxon only", () => {
    const domain = path.join(BOT, "domain");
    const i18n = path.join(BOT, "i18n");
    const errors = path.join(BOT, "errors.ts");
    const allowed = (i: SourceImport) =>
      i.specifier === "zod" ||
      i.specifier === "luxon" ||
      (i.target !== undefined && (i.target.startsWith(domain) || i.target.startsWith(i18n) || i.target === errors));
    expect(offenders(BOT_IMPORTS, (i) => i.file.startsWith(domain) && !allowed(i))).toEqual([]);
  });

  it("let the tab reach bot code only through @shared/, and only its pure parts", () => {
    const pure = ["domain", "i18n", "contract"].map((d) => path.join(BOT, d));
    const reachesBot = (i: SourceImport) => i.target?.startsWith(BOT) ?? false;
    expect(offenders(TAB_IMPORTS, (i) => reachesBot(i) && !i.specifier.startsWith("@shared/"))).toEqual([]);
    expect(offenders(TAB_IMPORTS, (i) => reachesBot(i) && !pure.some((p) => i.target?.startsWith(p)))).toEqual([]);
  });
});
