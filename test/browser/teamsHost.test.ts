/**
 * The tab inside a Teams host (a teams-js stand-in, see teamsHost.ts): context (locale, theme, where the
 * tab is: a team by its group id, a meeting, a group chat), the SSO token on API calls, live theme
 * changes, the configurable tab's save contract (validity → Save → install → setConfig → notifySuccess),
 * including reopening (canUpdateConfiguration), and a private meeting's team shown and changed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserTestsEnabled, sectionsLoaded, seriousAxeViolations, screenshotForReview } from "../support/browser.js";
import { OTHER_PRIVATE_MEETING, PRIVATE_MEETING, TEAM_G, TEAM_H, TENANT, USERS } from "../support/teamsIds.js";
import { freshTeam, startTabSession, visibleObjectIds, type TabSession } from "./tabSession.js";
import {
  meetingContext,
  openInTeams as openTabInTeams,
  teamContext,
  type TeamsContextV1,
  type TeamsHostState,
} from "./teamsHost.js";

describe.runIf(browserTestsEnabled())("tab hosted in Teams (browser, teams-js host stand-in)", () => {
  let tab: TabSession;
  beforeAll(async () => {
    tab = await startTabSession();
    // The clinician works in two teams; the student in none where Balises is installed.
    await tab.seed(TEAM_G, [USERS.pilote, USERS.clinicien, USERS.superviseur]);
    await tab.seed(TEAM_H, [USERS.clinicien, USERS.pilote2]);
  });
  afterAll(() => tab?.stop());

  const openInTeams = (tabPath: string, context: Partial<TeamsContextV1>, persona: string, sso = true) =>
    openTabInTeams(tab, tabPath, context, persona, { sso });

  const hostState = (page: Page) =>
    page.evaluate(() => (window as unknown as { __teamsHost: TeamsHostState }).__teamsHost);
  const raise = (page: Page, func: string, args: unknown[]) =>
    page.evaluate(
      ([f, a]) => (window as unknown as { __teamsHostRaise: (f: string, a: unknown[]) => void }).__teamsHostRaise(f, a),
      [func, args] as const,
    );
  const validity = async (page: Page) =>
    (await hostState(page)).calls.filter((c) => c.func === "settings.setValidityState").map((c) => c.args[0]);

  it("configures the tab through Teams' Save: installs for the team (its group id), saves the chosen section's URL, notifies success", async () => {
    const team = await tab.seed(freshTeam("Équipe configurée dans Teams"), [USERS.pilote]);
    const { page, frame, errors } = await openInTeams(
      "/config?locale=fr-CA&theme=default",
      { frameContext: "settings", ...teamContext(team) },
      "pilote",
    );
    await frame.getByTestId("config-page").waitFor();
    await expect(frame.getByTestId("dev-banner").count()).resolves.toBe(0);
    await frame.getByText("Choisissez la section, puis cliquez sur « Enregistrer » dans Teams.").waitFor();
    await expect.poll(() => validity(page)).toContain(true);

    await frame.getByRole("radio", { name: "Contingence et ressources de crise" }).check();
    await raise(page, "settings.save", [{}]);
    await expect.poll(async () => (await hostState(page)).saveResult).toBe("success");
    expect((await hostState(page)).saved).toEqual({
      entityId: "balises-contingency",
      contentUrl: `${tab.service.url}/?view=contingency&locale={locale}&theme={theme}`,
      websiteUrl: `${tab.service.url}/?view=contingency`,
      suggestedDisplayName: "Balises",
    });
    const me = (await tab.api("pilote", "GET", `/api/me?team=${team.groupId}`)).body as { roles: string[] };
    expect(me.roles).toContain("pilot");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("waits in Teams' Save while Balises finishes installing in the team, then notifies success", async () => {
    // The roster is learnt a moment after the tab is added: 404 team_not_installed until then.
    const team = freshTeam("Équipe sans Balises");
    const { page, frame } = await openInTeams("/config", { frameContext: "settings", ...teamContext(team) }, "pilote");
    await frame.getByTestId("config-page").waitFor();
    await raise(page, "settings.save", [{}]);
    await frame.getByText("Balises termine son installation dans l'équipe…", { exact: false }).waitFor();
    await tab.seed(team, [USERS.pilote]);
    await expect.poll(async () => (await hostState(page)).saveResult, { timeout: 10_000 }).toBe("success");
    await page.close();
  });

  it("reopens the configuration (canUpdateConfiguration) on the section saved before", async () => {
    const { page, frame } = await openInTeams(
      "/config",
      { frameContext: "settings", entityId: "balises-reminders", ...teamContext(TEAM_G) },
      "pilote",
    );
    await expect(frame.getByRole("radio", { name: "Politique de rappel" }).isChecked()).resolves.toBe(true);
    await page.close();
  });

  it("in a group chat, says Balises is configured in a team and shows the MSSS matrix; follows locale, theme and SSO", async () => {
    const { page, frame, errors } = await openInTeams(
      "/?view=matrix",
      { locale: "en-US", theme: "default", chatId: "19:a5a0d1f6c1b94a3e9f2d7c8b6e4a2f10@thread.v2" },
      "clinicien",
    );
    await frame.getByText("Signed in: Dre Camille Roy").waitFor();
    await expect(frame.getByTestId("dev-banner").count()).resolves.toBe(0);
    await expect(frame.getByTestId("chat-note").textContent()).resolves.toContain(
      "Balises is configured in a Teams team",
    );
    await expect(frame.locator("caption").first().textContent()).resolves.toBe(
      "Choosing the modality for the patient's situation (MSSS guidelines §2.3)",
    );
    await expect(frame.locator("[data-theme]").first().getAttribute("data-theme")).resolves.toBe("light");
    await raise(page, "themeChange", ["dark"]);
    await frame.locator('[data-theme="dark"]').waitFor();
    await raise(page, "themeChange", ["contrast"]);
    await frame.locator('[data-theme="contrast"]').waitFor();
    await screenshotForReview(page, "teams-contrast");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says plainly, in the Teams language, when Teams gives no SSO token", async () => {
    const { page, frame, errors } = await openInTeams(
      "/?view=matrix",
      { locale: "en-CA", ...teamContext(TEAM_G) },
      "clinicien",
      false,
    );
    await frame.getByText("Could not get your identity (Teams single sign-on).", { exact: false }).first().waitFor();
    await expect(frame.getByTestId("dev-banner").count()).resolves.toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("in a private meeting's side panel, shows the meeting's team above the matrix and changes it", async () => {
    const { page, frame, errors } = await openInTeams(
      "/?view=matrix",
      { frameContext: "sidePanel", theme: "dark", ...meetingContext(PRIVATE_MEETING) },
      "clinicien",
    );
    const banner = frame.getByTestId("meeting-team");
    await expect(banner.getByTestId("meeting-team-name").textContent()).resolves.toContain(
      "Aucune équipe n'est associée à cette réunion",
    );
    await frame.getByTestId("matrix-page").waitFor();
    await banner.getByRole("button", { name: "Choisir l'équipe" }).click();
    await banner.getByLabel("Équipe de la réunion", { exact: true }).selectOption({ label: TEAM_H.name });
    await banner.getByRole("button", { name: "Enregistrer l'équipe" }).click();
    await expect.poll(() => banner.getByTestId("meeting-team-name").textContent()).toBe(`Équipe : ${TEAM_H.name}`);
    // Before the meeting starts, the choice is kept for it (and honoured when it opens).
    const stored = await tab.service.services.teams.meetingTeam(TENANT, PRIVATE_MEETING.meetingId);
    expect(stored).toMatchObject({ groupId: TEAM_H.groupId, by: USERS.clinicien.aadObjectId });
    await sectionsLoaded(frame);
    await expect(frame.getByTestId("matrix-page").locator("table").first().locator("select").count()).resolves.toBe(0);

    await banner.getByRole("button", { name: "Changer l'équipe de la réunion" }).click();
    await banner.getByLabel("Équipe de la réunion", { exact: true }).selectOption({ label: TEAM_G.name });
    await banner.getByRole("button", { name: "Enregistrer l'équipe" }).click();
    await expect
      .poll(async () => (await tab.service.services.teams.meetingTeam(TENANT, PRIVATE_MEETING.meetingId))?.groupId)
      .toBe(TEAM_G.groupId);
    await frame.getByText(`Équipe de la réunion enregistrée : ${TEAM_G.name}.`).waitFor();
    await expect(frame.locator("[data-theme]").first().getAttribute("data-theme")).resolves.toBe("dark");
    await screenshotForReview(page, "meeting-panel");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await visibleObjectIds(frame)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("adds the tab to a meeting: the configuration page shows the meeting's team, lets the organiser choose it, and saves", async () => {
    const { page, frame, errors } = await openInTeams(
      "/config",
      { frameContext: "settings", ...meetingContext(OTHER_PRIVATE_MEETING) },
      "clinicien",
    );
    await frame.getByTestId("config-page").waitFor();
    await expect(frame.getByTestId("config-page").getAttribute("data-place")).resolves.toBe("meeting");
    await frame.getByText("Cliquez sur « Enregistrer » dans Teams pour ajouter l'onglet à la réunion.").waitFor();
    await expect.poll(() => validity(page)).toContain(true);
    const section = frame.getByTestId("meeting-team");
    await section.getByRole("button", { name: "Choisir l'équipe" }).click();
    await section.getByLabel("Équipe de la réunion", { exact: true }).selectOption({ label: TEAM_G.name });
    await section.getByRole("button", { name: "Enregistrer l'équipe" }).click();
    await expect.poll(() => section.getByTestId("meeting-team-name").textContent()).toBe(`Équipe : ${TEAM_G.name}`);
    expect(await tab.service.services.teams.meetingTeam(TENANT, OTHER_PRIVATE_MEETING.meetingId)).toMatchObject({
      groupId: TEAM_G.groupId,
    });
    await screenshotForReview(page, "meeting-config");
    expect(await seriousAxeViolations(page)).toEqual([]);

    await raise(page, "settings.save", [{}]);
    await expect.poll(async () => (await hostState(page)).saveResult).toBe("success");
    expect((await hostState(page)).saved).toMatchObject({
      entityId: "balises-matrix",
      contentUrl: `${tab.service.url}/?view=matrix&locale={locale}&theme={theme}`,
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("tells an organiser with no team where Balises is installed to add it, and still lets the page be saved", async () => {
    const { page, frame, errors } = await openInTeams(
      "/config",
      { frameContext: "settings", locale: "en-CA", ...meetingContext(OTHER_PRIVATE_MEETING) },
      "etudiant",
    );
    await expect(frame.getByTestId("meeting-team-no-choice").textContent()).resolves.toContain(
      "Add Balises to your Teams team",
    );
    await expect(frame.getByTestId("meeting-team").getByRole("button").count()).resolves.toBe(0);
    await expect.poll(() => validity(page)).toContain(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await raise(page, "settings.save", [{}]);
    await expect.poll(async () => (await hostState(page)).saveResult).toBe("success");
    expect(errors).toEqual([]);
    await page.close();
  });
});
