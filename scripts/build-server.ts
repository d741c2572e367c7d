/**
 * The service's production build (`npm run build:bot`, after the type check): bot/src/index.ts bundled by esbuild
 * into dist/server/index.mjs, the file App Service starts (infra/modules/webapp.bicep). ES modules holding their
 * dependencies, so a start reads a handful of files instead of some 1,300 modules across node_modules (issue 14),
 * split where the code imports on demand (composition.ts: Microsoft Teams and its job kinds): those chunks are
 * read on first use. The production build test and the cold-start benchmark build with it too.
 * Not minified: stack traces in the logs keep their function names (minifying saved 5 MB of memory, no time).
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Metafile } from "esbuild";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The server's entry file, relative to the deployed folder. */
const SERVER_ENTRY = "dist/server/index.mjs";

/**
 * Node's options for the server, wherever it runs as built: young-generation semi-spaces of 64 MB instead of 16.
 * A card action's allocations die young, and under 50 meetings clicking at once garbage collection took 12 % of the
 * service's CPU. With 64 MB (issue 14; `BENCH_PARTS=consent BENCH_INVOKES_PER_MEETING=200 npm run bench --
 * consentInvokes`, three A/B pairs of 10,000 clicks): 6–22 % less service CPU per click, 3–25 % more clicks a second.
 * Idle memory unchanged (94 MB); peak memory under that load 10–20 MB more, of about 400.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=64"];

/** What App Service runs from the deployed folder (its start command: infra/modules/webapp.bicep). */
export const SERVER_START = ["node", ...SERVER_NODE_FLAGS, SERVER_ENTRY].join(" ");

/**
 * The bundled CommonJS packages `require` Node's built-in modules, and an ES module has no `require`: each output
 * file gets one, for its own location.
 */
const REQUIRE_SHIM =
  'import { createRequire as __balisesCreateRequire } from "node:module"; const require = __balisesCreateRequire(import.meta.url);';

export interface ServerBuild {
  /** The file to start with `node`. */
  entry: string;
  /** What went where: each output file, its inputs and its imports (static or dynamic). */
  metafile: Metafile;
}

/** Builds the server into `outDir`, emptied first (chunk names change with their content). */
export async function buildServer(outDir = path.join(repoRoot, path.dirname(SERVER_ENTRY))): Promise<ServerBuild> {
  await rm(outDir, { recursive: true, force: true });
  const { metafile } = await build({
    absWorkingDir: repoRoot,
    entryPoints: { index: "bot/src/index.ts" },
    outdir: outDir,
    chunkNames: "chunks/[name]-[hash]",
    // ES modules wherever the folder is copied: a .js file outside a "type": "module" package is first tried as
    // CommonJS, which cost 18 MB of memory and some time once Node had to detect the syntax (issue 14).
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    banner: { js: REQUIRE_SHIM },
    metafile: true,
    logLevel: "warning",
  });
  return { entry: path.join(outDir, "index.mjs"), metafile };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildServer(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
}
