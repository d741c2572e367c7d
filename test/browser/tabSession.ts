/**
 * What every browser test needs: the built tab, the real service with the dev identity on, Chromium,
 * and helpers to open the tab as a persona and to call the API as one.
 */
import type { Page } from "playwright-core";
import { launchBrowser, watchPageErrors, type TestBrowser } from "../support/browser.js";
import { startTestService, type TestService } from "../support/service.js";
import { ensureTabBuilt } from "../support/tabBuild.js";

export interface TabSession {
  service: TestService;
  browser: TestBrowser;
  /** Opens the tab and waits until the app has booted (past the loading spinner). */
  open(query: Record<string, string>, path?: string): Promise<{ page: Page; errors: string[] }>;
  tokenFor(persona: string): Promise<string>;
  api(persona: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  stop(): Promise<void>;
}

export async function startTabSession(env: Record<string, string> = { DEV_IDENTITY: "on" }): Promise<TabSession> {
  const dist = await ensureTabBuilt();
  const service = await startTestService({ TAB_DIST_DIR: dist, ...env });
  const browser = await launchBrowser();
  const tokenFor = async (persona: string) => {
    const response = await fetch(`${service.url}/dev/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ persona }) });
    return ((await response.json()) as { token: string }).token;
  };
  return {
    service,
    browser,
    tokenFor,
    async open(query, path = "/") {
      const page = await browser.newPage();
      // Fail a wait with Playwright's own message (what was awaited) well before the test's timeout.
      page.setDefaultTimeout(8_000);
      const errors = watchPageErrors(page);
      await page.goto(`${service.url}${path}?${new URLSearchParams(query)}`);
      await page.locator("main").first().waitFor();
      return { page, errors };
    },
    async api(persona, method, path, body) {
      const response = await fetch(`${service.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${await tokenFor(persona)}`, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    },
    async stop() {
      await browser.close();
      await service.stop();
    },
  };
}

/** The Fluent theme the tab applied (data-theme on the provider). */
export async function appliedTheme(page: Page): Promise<string | null> {
  return page.locator("[data-theme]").first().getAttribute("data-theme");
}
