/**
 * Issue 10, "locally, it is one product too": what a newcomer sees after `npm start` seeded the demo team,
 * opening the tab with no team in the address (the dev identity's demo team). The supervisor's activity view
 * shows their learners' encounters, everyone by name, never an object id.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { browserTestsEnabled, seriousAxeViolations } from "../support/browser.js";
import { seedDemoTeam } from "../../bot/src/dev/seedDemoTeam.js";
import { startTabSession, visibleObjectIds, type TabSession } from "./tabSession.js";

describe.runIf(browserTestsEnabled())("the seeded demo team (browser)", () => {
  let tab: TabSession;

  beforeAll(async () => {
    tab = await startTabSession({ DEV_IDENTITY: "on", SEED_DEMO: "on" });
    await seedDemoTeam(tab.service.services);
  });
  afterAll(() => tab?.stop());

  it("the supervisor's view shows the learners' encounters by name", async () => {
    const { page, errors } = await tab.open({ persona: "superviseur", view: "activity", locale: "fr-CA" });
    await page.getByTestId("activity-page").waitFor();
    await expect(page.getByTestId("activity-view").inputValue()).resolves.toBe("learners");
    const fiveWeeksAgo = DateTime.now().setZone("America/Montreal").minus({ days: 40 }).toISODate()!;
    await page.getByLabel("Du", { exact: true }).fill(fiveWeeksAgo);
    await page.getByTestId("activity-summary").waitFor();
    const table = page.getByTestId("activity-table");
    await expect.poll(() => table.locator("tbody tr").count()).toBeGreaterThan(3);
    const text = (await table.textContent()) ?? "";
    expect(text).toContain("Dre Rosalie Côté");
    expect(text).toContain("Léo Bouchard");
    // The resident's visit where the person revoked their consent says so, not just how it had been given (§1.3.2).
    expect(text).toContain("verbal — consentement retiré");
    expect(await visibleObjectIds(page)).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
