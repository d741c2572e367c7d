/**
 * Once per test run: in CI every tool a test needs must be present (nothing may skip for a missing tool).
 * Browser tests build the tab themselves through test/support/tabBuild.ts.
 */
import { existsSync } from "node:fs";

export default function setup(): void {
  if (process.env.CI === "true") {
    const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
    if (!existsSync(chromium)) {
      throw new Error(
        `CI=true but Chromium is missing at ${chromium}: .ci/run must install it (apt-get install -y chromium).`,
      );
    }
  }
}
