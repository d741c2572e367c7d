/**
 * Builds the tab (Vite, ~2 s) when tab/dist is missing or older than anything it is built from
 * (tab/src, tab/index.html, tab/vite.config.ts and the bot's pure modules it bundles through `@shared`:
 * bot/src/domain, bot/src/i18n, bot/src/contract).
 * Test files run in parallel workers: a lock directory makes one build at a time, and each waiter
 * re-checks freshness once it holds the lock, so a run builds at most once.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const TAB_DIST_DIR = path.join(repoRoot, "tab", "dist");
const INDEX = path.join(TAB_DIST_DIR, "index.html");
const LOCK = path.join(
  tmpdir(),
  `balises-tab-build-${createHash("sha1").update(repoRoot).digest("hex").slice(0, 12)}.lock`,
);
const SOURCES = [
  "tab/src",
  "tab/index.html",
  "tab/vite.config.ts",
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

async function isFresh(): Promise<boolean> {
  const built = await stat(INDEX).catch(() => undefined);
  if (!built) return false;
  const sources = Math.max(...(await Promise.all(SOURCES.map(newestMtime))));
  return built.mtimeMs >= sources;
}

async function withLock<T>(run: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch {
      const lock = await stat(LOCK).catch(() => undefined);
      if (lock && Date.now() - lock.mtimeMs > STALE_LOCK_MS) await rm(LOCK, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await run();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

/** Returns the dist directory, building it first when needed. */
export async function ensureTabBuilt(): Promise<string> {
  if (await isFresh()) return TAB_DIST_DIR;
  await withLock(async () => {
    if (await isFresh()) return;
    const { build } = await import("vite");
    // The service serves this build (`npm start` too), so it is the production one `npm run build:tab` makes:
    // under vitest NODE_ENV is "test", which would ship development React (slower pages, ~1.3 MB).
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      await build({ configFile: path.join(repoRoot, "tab", "vite.config.ts"), logLevel: "error" });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
  });
  return TAB_DIST_DIR;
}
