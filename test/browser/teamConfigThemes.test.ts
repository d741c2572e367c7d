/**
 * Every section a pilot sees, in the light, dark and high-contrast themes: screenshots for a human eye
 * (/tmp/balises-<view>-<theme>.png) and no serious or critical axe violation — every rule in the light theme,
 * the colour rules in the two others (a theme changes colours only: the same markup is rendered).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled, COLOUR_RULES, seriousAxeViolations, screenshotForReview } from "../support/browser.js";
import { startTabSession, type TabSession } from "./tabSession.js";

const VIEWS = ["corridor", "contingency", "interpreters", "checklist", "reminders", "settings"];

describe.runIf(browserTestsEnabled())("team configuration sections in every theme (browser)", () => {
  let tab: TabSession;
  let n = 0;
  beforeAll(async () => {
    tab = await startTabSession();
  });
  afterAll(() => tab?.stop());

  for (const theme of ["light", "dark", "contrast"] as const) {
    // Seven views with an axe audit each: sized for a loaded 2-core CI machine, not for a quiet one.
    it(`keeps every pilot section free of serious axe violations (${theme})`, { timeout: 120_000 }, async () => {
      const rules = theme === "light" ? undefined : COLOUR_RULES;
      const team = (await tab.installedTeam(`Thèmes ${theme} ${++n}`)).groupId;
      const { page, errors } = await tab.open({ team, persona: "pilote", view: "matrix", theme });
      await page.getByLabel("Cote — Activités de dépistage — Rencontre téléphonique").selectOption("++");
      await page.locator('td[data-adjusted="true"]').waitFor();
      await screenshotForReview(page, `matrix-pilot-${theme}`);
      expect(await seriousAxeViolations(page, rules)).toEqual([]);
      for (const view of VIEWS) {
        await page
          .getByRole("tab")
          .and(page.locator(`[data-view="${view}"]`))
          .click();
        await page.getByTestId(`${view}-section`).waitFor();
        if (view === "settings") {
          await page.getByTestId("audit-history").locator("table").waitFor();
          // The roster picker, open: its list is part of the page a pilot meets.
          await page.getByRole("combobox", { name: "Nouveau pilote" }).pressSequentially("dr");
          await page.getByRole("listbox").getByRole("option").first().waitFor();
        }
        await screenshotForReview(page, `${view}-${theme}`);
        expect(await seriousAxeViolations(page, rules)).toEqual([]);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
