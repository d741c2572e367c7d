/**
 * Once per test run: in CI every tool a test needs must be present (nothing may skip for a missing tool),
 * and the run's one Chromium starts here, shared by every browser test file (test/support/browser.ts).
 * Browser tests build the tab themselves through scripts/build-tab.ts.
 * The run's temporary files (the tests' folders, built services, Chromium's profile) go in one folder, removed at the
 * end: left in the system's temporary directory, each run added ~12 MB there for good.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { CHROMIUM_PATH, launchSharedChromium } from "./browser.js";

export default async function setup(project: TestProject): Promise<() => Promise<void> | void> {
  const chromium = existsSync(CHROMIUM_PATH);
  if (!chromium && process.env.CI === "true") {
    throw new Error(
      `CI=true but Chromium is missing at ${CHROMIUM_PATH}: .ci/run must install it (apt-get install -y chromium-headless-shell).`,
    );
  }
  // os.tmpdir() reads TMPDIR: the workers inherit it, and so does every process they start with their environment.
  const runDir = mkdtempSync(path.join(tmpdir(), "balises-test-run-"));
  process.env.TMPDIR = runDir;
  const removeRunDir = () => rmSync(runDir, { recursive: true, force: true });
  if (!chromium) {
    project.provide("chromiumEndpoint", "");
    return removeRunDir;
  }
  const server = await launchSharedChromium().catch((error: unknown) => {
    removeRunDir();
    throw error;
  });
  project.provide("chromiumEndpoint", server.wsEndpoint());
  return async () => {
    await server.close();
    removeRunDir();
  };
}
