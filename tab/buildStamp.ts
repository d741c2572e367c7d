/**
 * Which React a tab build bundled, written beside its index.html. NODE_ENV=test or development gives React's
 * development build (bigger, slower, warnings on): `npm start` and the tests' service serve a folder only when
 * its stamp says production (scripts/build-tab.ts). A dot file, so the service's static route never serves it.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Plugin } from "vite";

const BUILD_STAMP_FILE = ".tab-build.json";

interface BuildStamp {
  production: boolean;
}

export function buildStamp(): Plugin {
  let production = false;
  return {
    name: "balises-build-stamp",
    apply: "build",
    configResolved(config) {
      // Vite defines process.env.NODE_ENV for the bundle from the same variable it derives isProduction from.
      production = config.isProduction;
    },
    generateBundle() {
      const stamp: BuildStamp = { production };
      this.emitFile({ type: "asset", fileName: BUILD_STAMP_FILE, source: JSON.stringify(stamp) });
    },
  };
}

/** When `distDir` holds a production build, the time it was written; otherwise undefined. */
export async function productionBuildTime(distDir: string): Promise<number | undefined> {
  const file = path.join(distDir, BUILD_STAMP_FILE);
  const written = await stat(file).catch(() => undefined);
  if (!written) return undefined;
  const stamp = JSON.parse(await readFile(file, "utf8")) as BuildStamp;
  return stamp.production ? written.mtimeMs : undefined;
}
