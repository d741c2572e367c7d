/** Where the built tab is: TAB_DIST_DIR, else tab/dist beside package.json (bot/src/.. in development, dist/… once built). */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AppConfig } from "./config.js";

export function tabDistDir(config: AppConfig): string {
  if (config.tabDistDir) return config.tabDistDir;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, "tab", "dist");
}
