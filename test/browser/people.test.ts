/**
 * Issue 10 in Chromium: people by name everywhere, chosen from the team's roster. A pilot adds another
 * pilot by typing part of a name in the roster picker (no object id typed anywhere); the pilots list and
 * the change history name people; once the service reads audit entries as sentences (`text`), the
 * history shows those sentences. No Entra object id is ever visible.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserTestsEnabled, seriousAxeViolations, screenshotForReview } from "../support/browser.js";
import { TENANT, USERS } from "../support/teamsIds.js";
import { doubleClickPosts, startTabSession, visibleObjectIds, type TabSession } from "./tabSession.js";

describe.runIf(browserTestsEnabled())("people by name, from the roster (browser)", () => {
  let tab: TabSession;
  let n = 0;
  beforeAll(async () => {
    tab = await startTabSession();
  });
  afterAll(() => tab?.stop());

  async function openSettings(
    team: string,
    query: Record<string, string> = {},
  ): Promise<{ page: Page; errors: string[] }> {
    const opened = await tab.open({ team, persona: "pilote", view: "settings", locale: "fr-CA", ...query });
    await opened.page.getByTestId("settings-section").waitFor();
    return opened;
  }

  it("adds a pilot picked by name from the roster; the pilots list and the history name people", async () => {
    const team = await tab.installedTeam(`Pilotes ${++n}`);
    const { page, errors } = await openSettings(team.groupId);
    const pilots = page.getByTestId("pilots");
    await expect.poll(() => pilots.innerText()).toContain("Marie Tremblay (vous)");

    const picker = page.getByRole("combobox", { name: "Nouveau pilote" });
    await picker.pressSequentially("camil");
    const list = page.getByRole("listbox");
    const option = list.getByRole("option", { name: "Dre Camille Roy" });
    await option.waitFor();
    // Case-insensitive search over the roster: only the matching member is offered.
    await expect.poll(() => list.getByRole("option").count()).toBe(1);
    await screenshotForReview(page, "pilot-picker");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await option.click();
    // A double click sends one change (the second, with the same ETag, would be refused as a conflict after the
    // first worked, and the conflict bar would say someone else had changed the configuration).
    const posts = await doubleClickPosts(page, page.getByRole("button", { name: "Ajouter le pilote" }), "/pilots");
    await expect.poll(() => pilots.innerText()).toContain("Dre Camille Roy");
    expect(posts).toHaveLength(1);
    await expect(page.getByTestId("conflict-bar").count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Retirer Dre Camille Roy des pilotes" }).count()).resolves.toBe(1);
    const stored = (await tab.api("pilote", "GET", `/api/teams/${team.groupId}/config`)).body as { pilots: string[] };
    expect(stored.pilots).toEqual([USERS.pilote.aadObjectId, USERS.clinicien.aadObjectId]);

    // The history reads as sentences, people by name.
    const history = page.getByTestId("audit-history");
    await expect.poll(() => history.locator("tbody tr").count()).toBe(2);
    await expect(history.locator("tbody tr").first().innerText()).resolves.toMatch(
      /Marie Tremblay a ajouté Dre Camille Roy aux pilotes/,
    );
    await screenshotForReview(page, "pilots-added");
    expect(await visibleObjectIds(page)).toEqual([]);

    // Removing a pilot is asked first; « Garder » keeps her and gives the focus back to her « Retirer ».
    const remove = page.getByRole("button", { name: "Retirer Dre Camille Roy des pilotes" });
    await remove.click();
    const confirm = page.getByTestId("pilot-remove-confirm");
    await confirm.getByText(/^Retirer Dre Camille Roy des pilotes\? Cette personne ne pourra plus modifier/).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Garder");
    await page.keyboard.press("Enter");
    await confirm.waitFor({ state: "detached" });
    await expect.poll(() => remove.evaluate((b) => b === document.activeElement)).toBe(true);
    await expect(pilots.innerText()).resolves.toContain("Dre Camille Roy");
    await remove.click();
    await confirm.getByRole("button", { name: "Retirer des pilotes" }).click();
    await expect.poll(() => pilots.innerText()).not.toContain("Dre Camille Roy");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("picks with the keyboard only: type, arrow down, Enter", async () => {
    const team = await tab.installedTeam(`Clavier ${++n}`);
    const { page, errors } = await openSettings(team.groupId);
    const picker = page.getByRole("combobox", { name: "Nouveau pilote" });
    await picker.focus();
    await page.keyboard.type("pelletier");
    const list = page.getByRole("listbox");
    await list.getByRole("option", { name: "Isabelle Pelletier" }).waitFor();
    await expect.poll(() => list.getByRole("option").count()).toBe(1);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => picker.inputValue()).toBe("Isabelle Pelletier");
    // Past the list's own open button, to the form's button.
    for (let i = 0; i < 3 && (await page.locator(":focus").textContent()) !== "Ajouter le pilote"; i++)
      await page.keyboard.press("Tab");
    await expect(page.locator(":focus").textContent()).resolves.toBe("Ajouter le pilote");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("pilots").innerText()).toContain("Isabelle Pelletier");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads the service's sentences (text) in the user's language, and falls back to names when it sends none", async () => {
    const team = await tab.installedTeam(`Historique ${++n}`);
    const added = await tab.api("pilote", "POST", `/api/teams/${team.groupId}/pilots`, {
      userId: USERS.clinicien.aadObjectId,
    });
    expect(added.status).toBe(200);
    const open = async (locale: string, withoutText: boolean) => {
      const page = await tab.browser.newPage();
      // A service that reads no sentences yet: the same page without `text` nor `people`.
      if (withoutText)
        await page.route(/\/api\/teams\/[^/]+\/audit/, async (route) => {
          const real = (await (await route.fetch()).json()) as { items: Array<Record<string, unknown>> };
          await route.fulfill({ json: { items: real.items.map(({ text: _text, ...item }) => item) } });
        });
      await page.goto(
        `${tab.service.url}/?${new URLSearchParams({ team: team.groupId, persona: "pilote", view: "settings", locale })}`,
      );
      const history = page.getByTestId("audit-history");
      await history.locator("tbody tr").first().waitFor();
      return { page, history };
    };

    const en = await open("en", false);
    await expect(en.history.locator("thead th").allInnerTexts()).resolves.toEqual(["When", "What changed"]);
    const [latest, first] = await en.history.locator("tbody tr").allInnerTexts();
    expect(latest).toMatch(/Marie Tremblay added Dre Camille Roy to the team's pilots/);
    expect(first).toMatch(/Marie Tremblay installed Balises in the team/);
    expect(await visibleObjectIds(en.page)).toEqual([]);
    await en.page.close();

    const fallback = await open("fr-CA", true);
    await expect(fallback.history.locator("thead th").allInnerTexts()).resolves.toEqual([
      "Quand",
      "Par",
      "Action",
      "Changements",
    ]);
    const row = fallback.history.locator("tbody tr").first();
    await expect.poll(() => row.innerText()).toContain("Dre Camille Roy");
    await expect(row.innerText()).resolves.toContain("Marie Tremblay (vous)");
    await expect(row.innerText()).resolves.toContain("Pilote ajouté");
    expect(await visibleObjectIds(fallback.page)).toEqual([]);
    await screenshotForReview(fallback.page, "audit-fallback");
    await fallback.page.close();
  });

  it("names someone absent from every roster as an unknown team member, never by id", async () => {
    const team = await tab.installedTeam(`Inconnu ${++n}`);
    // On the roster with no display name (as Teams sometimes lists an account): the API has no name for them.
    const stranger = "0f0f0f0f-0000-4000-8000-00000000abcd";
    await tab.service.services.teams.putMembers(
      TENANT,
      team.groupId,
      [{ oid: stranger, name: "" }],
      new Date().toISOString(),
    );
    const added = await tab.api("pilote", "POST", `/api/teams/${team.groupId}/pilots`, { userId: stranger });
    expect(added.status).toBe(200);
    const { page, errors } = await openSettings(team.groupId);
    await expect.poll(() => page.getByTestId("pilots").innerText()).toContain("membre inconnu de l'équipe");
    expect(await visibleObjectIds(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
