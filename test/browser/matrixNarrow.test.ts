/**
 * Issue 12: the §2.3 matrix (003 §2.3) in the meeting side panel at 320 px. A four-column table would leave only
 * the situations in view; the panel lists each situation as a heading with its three modalities and their
 * ratings in words. Each theme (light, dark, high contrast): every rating of every situation is in the panel's
 * width — neither clipped nor scrolled away sideways — and axe finds no serious violation.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled, COLOUR_RULES, seriousAxeViolations, screenshotForReview } from "../support/browser.js";
import { newPrivateMeeting } from "../api/activityFixtures.js";
import { startTabSession, type TabSession } from "./tabSession.js";
import { meetingContext, openInTeams } from "./teamsHost.js";

const PANEL_PX = 320;
const MODALITY_LABELS = ["Rencontre téléphonique*", "Consultation virtuelle (visio)*", "Rencontre en présentiel"];

describe.runIf(browserTestsEnabled())("the matrix at 320 px in the meeting side panel (browser)", () => {
  let tab: TabSession;
  beforeAll(async () => {
    tab = await startTabSession();
  });
  afterAll(() => tab?.stop());

  for (const theme of ["default", "dark", "contrast"] as const)
    it(`lists every situation with its three ratings in view (${theme})`, async () => {
      const context = { frameContext: "sidePanel" as const, theme, ...meetingContext(newPrivateMeeting()) };
      const size = { frame: { width: PANEL_PX, height: 4000 } };
      const { page, frame, errors } = await openInTeams(tab, "/?locale=fr-CA", context, "clinicien", size);
      const list = frame.locator('[data-layout="list"]');
      await list.waitFor();
      expect(await frame.locator('[data-layout="table"], table').count()).toBe(0);
      // 003 §2.3: the eight situations of the MSSS table, each a heading over its ratings.
      const situations = list.locator("li[data-situation]");
      expect(await situations.count()).toBe(8);
      expect(await list.getByRole("heading", { level: 4 }).count()).toBe(8);
      // Every rating's box in the frame's own coordinates, read in one round trip to the browser.
      const read = await list.evaluate((l) =>
        [...l.querySelectorAll("li[data-situation]")].map((situation) => ({
          terms: [...situation.querySelectorAll("dt")].map((dt) => dt.textContent),
          values: [...situation.querySelectorAll("dd")].map((dd) => {
            const box = dd.getBoundingClientRect();
            return { left: box.left, right: box.right, width: box.width, fits: dd.scrollWidth <= dd.clientWidth };
          }),
        })),
      );
      for (const situation of read) {
        expect(situation.terms).toEqual(MODALITY_LABELS);
        expect(situation.values).toHaveLength(MODALITY_LABELS.length);
        for (const value of situation.values) {
          expect(value.width).toBeGreaterThan(0);
          expect(value.left).toBeGreaterThanOrEqual(0);
          expect(value.right).toBeLessThanOrEqual(PANEL_PX);
          expect(value.fits).toBe(true);
        }
      }
      // The ratings in words, not by sign or colour alone (intake: – / ++ / +++).
      const intake = list.locator('[data-situation="newPatientIntake"] dd');
      await expect(intake.nth(0).innerText()).resolves.toBe("Non indiqué");
      await expect(intake.nth(1).innerText()).resolves.toContain("++ : mise en œuvre plus étoffée");
      await expect(intake.nth(2).innerText()).resolves.toContain("+++ : activité de référence");
      expect(await frame.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANEL_PX);

      await screenshotForReview(page, `matrix-320-${theme}`);
      expect(await seriousAxeViolations(page, theme === "default" ? undefined : COLOUR_RULES)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
});
