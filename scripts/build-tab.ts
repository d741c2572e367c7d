/**
 * The tab's production build, for everything that serves or measures it: `npm start` runs this file
 * (`node --import tsx scripts/build-tab.ts <dir>`), the tests' service and the bundle benchmark call it.
 * A folder is reused only when its stamp (tab/buildStamp.ts) says production and is newer than everything the
 * tab is built from; otherwise it is rebuilt with NODE_ENV=production whatever the caller's (vitest sets "test",
 * which would bundle development React — the build `npm start` then served, issue 14).
 * Test files run in parallel workers and `npm start` may run beside them: a lock directory per folder makes one
 * build at a time, and each waiter re-checks once it holds the lock, so a folder is built at most once per change.
 */
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { BuildEnvironmentOptions } from "vite";
import { productionBuildTime } from "../tab/buildStamp.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const TAB_DIST_DIR = path.join(repoRoot, "tab", "dist");
const VITE_CONFIG = path.join(repoRoot, "tab", "vite.config.ts");
/** The tab, its build configuration and the bot's pure modules it bundles through `@shared`. */
const SOURCES = [
  "tab/src",
  "tab/index.html",
  "tab/vite.config.ts",
  "tab/buildStamp.ts",
  "bot/src/domain",
  "bot/src/i18n",
  "bot/src/contract",
].map((p) => path.join(repoRoot, p));
const STALE_LOCK_MS = 120_000;

async function newestMtime(target: string): Promise<number> {
  const info = await stat(target).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(target)) newest = Math.max(newest, await newestMtime(path.join(target, entry)));
  return newest;
}

/** A production build newer than every source. */
export async function isProductionBuildFresh(distDir: string): Promise<boolean> {
  const built = await productionBuildTime(distDir);
  if (built === undefined) return false;
  return built >= Math.max(...(await Promise.all(SOURCES.map(newestMtime))));
}

/** Builds the tab into `outDir` with production React; `options` adds to tab/vite.config.ts's (e.g. the manifest). */
export async function buildTab(outDir: string, options: BuildEnvironmentOptions = {}): Promise<void> {
  const { build } = await import("vite");
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ configFile: VITE_CONFIG, logLevel: "error", build: { ...options, outDir } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

async function withLock<T>(distDir: string, run: () => Promise<T>): Promise<T> {
  // Beside the folder, not in the temporary directory: a test run has its own (TMPDIR, test/support/globalSetup.ts),
  // and its builds must still wait for a developer's `npm start` building the same folder.
  const lock = `${path.resolve(distDir)}.build-lock`;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      const held = await stat(lock).catch(() => undefined);
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) await rm(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await run();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/** Returns `distDir`, (re)building it first unless it holds a fresh production build. */
export async function ensureTabBuilt(distDir = TAB_DIST_DIR, onBuild?: () => void): Promise<string> {
  if (await isProductionBuildFresh(distDir)) return distDir;
  await withLock(distDir, async () => {
    if (await isProductionBuildFresh(distDir)) return;
    onBuild?.();
    await buildTab(distDir);
  });
  return distDir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await ensureTabBuilt(path.resolve(process.argv[2] ?? TAB_DIST_DIR), () =>
    console.log("• Construction de l'onglet / Building the tab (vite, production)…"),
  );
}
