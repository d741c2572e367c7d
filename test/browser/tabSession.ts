/**
 * What every browser test needs: the built tab, the real service with the dev identity on, Chromium,
 * and helpers to open the tab as a persona and to call the API as one.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { Frame, Locator, Page } from "playwright-core";
import { launchBrowser, watchPageErrors, type TestBrowser } from "../support/browser.js";
import { startTestService, type TestService } from "../support/service.js";
import { ensureTabBuilt } from "../../scripts/build-tab.js";
import { seedTeam } from "../support/teams.js";
import { USERS, type TeamIds, type TeamsUser } from "../support/teamsIds.js";
import type { TeamConfiguration } from "../../bot/src/domain/teamConfig.js";

/** Every dev persona of the tenant, as a team's staff roster (names and object ids are the personas'). */
export const STAFF: readonly TeamsUser[] = Object.values(USERS);

/** A new Teams team (a group id GUID and a thread id of Teams' shape), so tests never share one. */
export function freshTeam(name: string): TeamIds {
  const hex = () => randomBytes(16).toString("hex");
  return { groupId: randomUUID(), threadId: `19:${hex()}@thread.tacv2`, channelId: `19:${hex()}@thread.tacv2`, name };
}

export interface TabSession {
  service: TestService;
  browser: TestBrowser;
  /** Opens the tab and waits until the app has booted (past the loading spinner). */
  open: (query: Record<string, string>, path?: string) => Promise<{ page: Page; errors: string[] }>;
  tokenFor: (persona: string) => Promise<string>;
  api: (persona: string, method: string, path: string, body?: unknown) => Promise<{ status: number; body: unknown }>;
  /** A team whose roster the service knows (as after the bot learnt it); not installed by anyone yet. */
  seed: (team: TeamIds, members?: readonly TeamsUser[]) => Promise<TeamIds>;
  /** A seeded team, installed from the API by `installer` (who becomes its first pilot). */
  installedTeam: (name: string, installer?: string, members?: readonly TeamsUser[]) => Promise<TeamIds>;
  /** A pilot saves the team's configuration changed by `change` (read, then written with its ETag). */
  configure: (groupId: string, change: (configuration: TeamConfiguration) => TeamConfiguration) => Promise<void>;
  stop: () => Promise<void>;
}

export async function startTabSession(env: Record<string, string> = { DEV_IDENTITY: "on" }): Promise<TabSession> {
  const dist = await ensureTabBuilt();
  const service = await startTestService({ TAB_DIST_DIR: dist, ...env });
  const browser = await launchBrowser();
  const tokenFor = async (persona: string) => {
    const response = await fetch(`${service.url}/dev/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ persona }),
    });
    return ((await response.json()) as { token: string }).token;
  };
  const api: TabSession["api"] = async (persona, method, path, body) => {
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${await tokenFor(persona)}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  const seed: TabSession["seed"] = async (team, members = STAFF) => {
    await seedTeam(service, team, members);
    return team;
  };
  return {
    service,
    browser,
    tokenFor,
    api,
    seed,
    async installedTeam(name, installer = "pilote", members = STAFF) {
      const team = await seed(freshTeam(name), members);
      const { status } = await api(installer, "POST", `/api/teams/${team.groupId}/install`);
      if (status !== 201) throw new Error(`install answered ${status}`);
      return team;
    },
    async configure(groupId, change) {
      const path = `${service.url}/api/teams/${groupId}/config`;
      const authorization = `Bearer ${await tokenFor("pilote")}`;
      const read = await fetch(path, { headers: { authorization } });
      const { configuration } = (await read.json()) as { configuration: TeamConfiguration };
      const saved = await fetch(path, {
        method: "PUT",
        headers: { authorization, "content-type": "application/json", "if-match": read.headers.get("etag") ?? "" },
        body: JSON.stringify({ configuration: change(configuration) }),
      });
      if (saved.status !== 200) throw new Error(`configuration answered ${saved.status}: ${await saved.text()}`);
    },
    async open(query, path = "/") {
      const page = await browser.newPage();
      // Fail a wait with Playwright's own message (what was awaited) well before the test's timeout.
      page.setDefaultTimeout(8_000);
      const errors = watchPageErrors(page);
      await page.goto(`${service.url}${path}?${new URLSearchParams(query)}`);
      await page.locator("main").first().waitFor();
      return { page, errors };
    },
    async stop() {
      await browser.close();
      await service.stop();
    },
  };
}

/** The page's visible text holds no Entra object id (people are shown by name). */
export async function visibleObjectIds(page: Page | Frame): Promise<string[]> {
  const text = await page.locator("body").innerText();
  return text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi) ?? [];
}

/** The Fluent theme the tab applied (data-theme on the provider). */
export async function appliedTheme(page: Page): Promise<string | null> {
  return page.locator("[data-theme]").first().getAttribute("data-theme");
}

/**
 * Clicks `button` twice before the page can re-render (a fast double click) and returns the POST requests to URLs
 * ending with `path` sent from then on, as they are sent: read it once the page shows the outcome.
 */
export async function doubleClickPosts(page: Page, button: Locator, path: string): Promise<string[]> {
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().endsWith(path)) posts.push(r.url());
  });
  await button.evaluate((b: HTMLElement) => {
    b.click();
    b.click();
  });
  return posts;
}
