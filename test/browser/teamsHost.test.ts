/**
 * The tab inside a Teams host (a teams-js stand-in, see teamsHost.ts): context (locale, theme, team key),
 * the SSO token on API calls, live theme changes, and the configurable tab's save contract
 * (validity → Save → install → setConfig → notifySuccess), including reopening (canUpdateConfiguration).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Frame, Page } from "playwright-core";
import { browserTestsEnabled, seriousAxeViolations, watchPageErrors } from "../support/browser.js";
import { startTabSession, type TabSession } from "./tabSession.js";
import { teamsHostHtml, type TeamsContextV1, type TeamsHostState } from "./teamsHost.js";

const TENANT = "00000000-0000-4000-8000-00000000de00";

describe.runIf(browserTestsEnabled())("tab hosted in Teams (browser, teams-js host stand-in)", () => {
  let tab: TabSession;
  let n = 0;
  beforeAll(async () => {
    tab = await startTabSession();
  });
  afterAll(() => tab?.stop());

  async function openInTeams(tabPath: string, context: Partial<TeamsContextV1>, persona: string, sso = true): Promise<{ page: Page; frame: Frame; errors: string[] }> {
    const token = sso ? await tab.tokenFor(persona) : null;
    const me = (await tab.api(persona, "GET", "/api/me")).body as { userId: string };
    const full: TeamsContextV1 = { locale: "fr-CA", theme: "default", frameContext: "content", tid: TENANT, userObjectId: me.userId, ...context };
    const page = await tab.browser.newPage();
    page.setDefaultTimeout(8_000);
    const errors = watchPageErrors(page);
    const hostUrl = `${tab.service.url}/__teams_host__/${++n}`;
    await page.route(hostUrl, (route) => route.fulfill({ contentType: "text/html", body: teamsHostHtml(tabPath, full, token) }));
    await page.goto(hostUrl);
    const frame = await waitForFrame(page);
    await frame.locator("main").waitFor();
    return { page, frame, errors };
  }

  async function waitForFrame(page: Page): Promise<Frame> {
    const handle = await page.locator("#tab").elementHandle();
    const frame = await handle!.contentFrame();
    return frame!;
  }

  const hostState = (page: Page) => page.evaluate(() => (window as unknown as { __teamsHost: TeamsHostState }).__teamsHost);

  it("configures the tab through Teams' Save: installs for the team, saves the chosen section's URL, notifies success", async () => {
    const groupId = `0000000${n}-aaaa-4bbb-8ccc-000000000001`;
    const { page, frame, errors } = await openInTeams("/config?locale=fr-CA&theme=default", { frameContext: "settings", teamId: "19:general@thread.tacv2", groupId }, "pilote");
    await frame.getByTestId("config-page").waitFor();
    await expect(frame.getByTestId("dev-banner").count()).resolves.toBe(0);
    await frame.getByText("Choisissez la section, puis cliquez sur « Enregistrer » dans Teams.").waitFor();
    await expect.poll(async () => (await hostState(page)).calls.some((c) => c.func === "settings.setValidityState" && c.args[0] === true)).toBe(true);

    await frame.getByRole("radio", { name: "Contingence et ressources de crise" }).check();
    await page.evaluate(() => (window as unknown as { __teamsHostRaise(f: string, a: unknown[]): void }).__teamsHostRaise("settings.save", [{}]));
    await expect.poll(async () => (await hostState(page)).saveResult).toBe("success");
    expect((await hostState(page)).saved).toEqual({
      entityId: "balises-contingency",
      contentUrl: `${tab.service.url}/?view=contingency&locale={locale}&theme={theme}`,
      websiteUrl: `${tab.service.url}/?view=contingency`,
      suggestedDisplayName: "Balises",
    });
    const me = (await tab.api("pilote", "GET", `/api/me?team=${encodeURIComponent(groupId)}`)).body as { roles: string[] };
    expect(me.roles).toContain("pilot");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reopens the configuration (canUpdateConfiguration) on the section saved before", async () => {
    const { page, frame } = await openInTeams("/config", { frameContext: "settings", entityId: "balises-reminders", chatId: "19:meeting_abc@thread.v2" }, "pilote");
    await expect(frame.getByRole("radio", { name: "Politique de rappel" }).isChecked()).resolves.toBe(true);
    await page.close();
  });

  it("reads locale and theme from the Teams context, sends the SSO token, and follows theme changes live", async () => {
    const { page, frame, errors } = await openInTeams("/?view=matrix", { locale: "en-US", theme: "default", chatId: "19:chat-theme@thread.v2" }, "clinicien");
    await frame.getByText("Signed in: Clinicien").waitFor();
    await expect(frame.getByTestId("dev-banner").count()).resolves.toBe(0);
    await expect(frame.locator("caption").first().textContent()).resolves.toBe("Choosing the modality by the patient's situation (MSSS, §2.3)");
    await expect(frame.locator("[data-theme]").first().getAttribute("data-theme")).resolves.toBe("light");
    const raise = (theme: string) => page.evaluate((t) => (window as unknown as { __teamsHostRaise(f: string, a: unknown[]): void }).__teamsHostRaise("themeChange", [t]), theme);
    await raise("dark");
    await frame.locator('[data-theme="dark"]').waitFor();
    await raise("contrast");
    await frame.locator('[data-theme="contrast"]').waitFor();
    await page.screenshot({ path: "/tmp/balises-teams-contrast.png", fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says plainly, in the Teams language, when Teams gives no SSO token", async () => {
    const { page, frame, errors } = await openInTeams("/?view=matrix", { locale: "en-CA", chatId: "19:chat-nosso@thread.v2" }, "clinicien", false);
    await frame.getByText("Could not get your identity (Teams single sign-on).", { exact: false }).first().waitFor();
    await expect(frame.getByTestId("dev-banner").count()).resolves.toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
