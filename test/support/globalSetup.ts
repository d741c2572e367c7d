/**
 * Once per test run: in CI every tool a test needs must be present (nothing may skip for a missing tool),
 * and the run's one Chromium starts here, shared by every browser test file (test/support/browser.ts).
 * Browser tests build the tab themselves through scripts/build-tab.ts.
 */
import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { CHROMIUM_PATH, launchSharedChromium } from "./browser.js";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM_PATH)) {
    if (process.env.CI === "true") {
      throw new Error(
        `CI=true but Chromium is missing at ${CHROMIUM_PATH}: .ci/run must install it (apt-get install -y chromium-headless-shell).`,
      );
    }
    project.provide("chromiumEndpoint", "");
    return async () => {};
  }
  const server = await launchSharedChromium();
  project.provide("chromiumEndpoint", server.wsEndpoint());
  return () => server.close();
}
