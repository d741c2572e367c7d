/**
 * Issue 2 in Chromium: the tab outside Teams runs in the explicit dev identity mode, shows the §2.3 table
 * (003 §2.3) and the recommendation helper computed by the domain's recommend(), in both languages and
 * themes, with no serious accessibility violation. Without Teams nor dev identity it says so, bilingually.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled, seriousAxeViolations, COLOUR_RULES, screenshotForReview } from "../support/browser.js";
import { appliedTheme, startTabSession, type TabSession } from "./tabSession.js";

describe.runIf(browserTestsEnabled())("tab matrix page (browser)", () => {
  let tab: TabSession;
  beforeAll(async () => {
    tab = await startTabSession();
  });
  afterAll(() => tab?.stop());

  it("runs outside Teams only as a visible development identity, with a persona picker", async () => {
    const { page, errors } = await tab.open({ persona: "clinicien", locale: "fr-CA" });
    await expect(page.getByTestId("dev-banner").textContent()).resolves.toContain(
      "Mode développement — identité simulée",
    );
    await expect(page.getByTestId("persona-picker").inputValue()).resolves.toBe("clinicien");
    await page.getByTestId("persona-picker").selectOption("superviseur");
    await page.getByText("Connecté : Dr Jean Gagnon").waitFor();
    expect(page.url()).toContain("persona=superviseur");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the §2.3 table as a real table with caption, column and row headers, legend and the starred definition", async () => {
    const { page, errors } = await tab.open({ persona: "clinicien", locale: "fr-CA" });
    const table = page.locator("table").first();
    await expect(table.locator("caption").textContent()).resolves.toContain("Orientations MSSS §2.3");
    // 003 §2.3: the two remote columns carry the star of the known-patient footnote
    await expect(table.locator("thead th[scope=col]").allTextContents()).resolves.toEqual([
      "Situation et besoin du patient",
      "Rencontre téléphonique*",
      "Consultation virtuelle (visio)*",
      "Rencontre en présentiel",
    ]);
    await expect(table.locator("tbody th[scope=row]").count()).resolves.toBe(8);
    // 003 §2.3: new patient (intake) is – / ++ / +++, the follow-up note in the video cell
    const intake = table.locator('tr[data-situation="newPatientIntake"] td');
    await expect(intake.nth(0).textContent()).resolves.toBe("Non indiqué");
    await expect(intake.nth(1).textContent()).resolves.toContain("++ : mise en œuvre plus étoffée");
    await expect(intake.nth(1).textContent()).resolves.toContain(
      "Suivi en présentiel dans le mois suivant pour les patients vulnérables et dans les trois mois pour tous les autres patients",
    );
    await expect(intake.nth(2).textContent()).resolves.toContain("+++ : activité de référence");
    await expect(page.locator("#known-patient-definition").textContent()).resolves.toContain(
      "Patient connu, condition connue : Patient pour lequel le médecin",
    );
    await expect(page.getByText("Activités de référence.").count()).resolves.toBe(1);
    await expect(page.getByText("L'effort pour la mise en œuvre de la modalité").count()).resolves.toBe(1);
    await expect(page.getByText("Non indiqué : la case est vide dans le tableau du MSSS.").count()).resolves.toBe(1);
    await expect(page.getByText(/non recommandée/).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("computes the new-patient follow-up one month after the visit for a vulnerable patient (003 §2.3)", async () => {
    const { page } = await tab.open({ persona: "clinicien", locale: "fr-CA" });
    await page.getByLabel("Situation et besoin du patient").selectOption("newPatientIntake");
    await page.getByLabel("Patient vulnérable").check();
    await page.getByLabel("Date de la rencontre").fill("2025-01-31");
    const followUp = page.getByTestId("follow-up");
    await expect(followUp.getAttribute("data-due")).resolves.toBe("2025-02-28");
    // The date once, as people read it (no ISO date in parentheses beside it).
    await expect(followUp.textContent()).resolves.toBe(
      "Suivi en présentiel à prévoir au plus tard le 28 février 2025 (1 mois).",
    );
    await expect(page.getByTestId("verdict").getAttribute("data-verdict")).resolves.toBe("available");
    await page.getByLabel("Patient vulnérable").uncheck();
    await expect(followUp.getAttribute("data-due")).resolves.toBe("2025-04-30");
    await screenshotForReview(page, "helper-light");
    await page.close();
  });

  it("sends the patient in person when an exam is needed (003 §5) and cites the section", async () => {
    const { page } = await tab.open({ persona: "clinicien", locale: "fr-CA" });
    await page.getByLabel("Situation et besoin du patient").selectOption("knownPatientKnownCondition");
    await page.getByLabel(/examen physique ou neurologique/).check();
    await expect(page.getByTestId("verdict").getAttribute("data-verdict")).resolves.toBe("required");
    await expect(page.getByTestId("verdict").textContent()).resolves.toContain("Voir le patient en présentiel.");
    await expect(page.locator('[data-reason="physicalExam"]').textContent()).resolves.toContain(
      "(Orientations MSSS §5)",
    );
    await expect(page.locator('[data-modality="video"][data-allowed="false"]').count()).resolves.toBe(1);
    await page.close();
  });

  it("applies the §6 exception only when the three conditions hold", async () => {
    const { page } = await tab.open({ persona: "clinicien", locale: "en" });
    await page.getByLabel("Patient's situation and needs").selectOption("knownPatientKnownCondition");
    await page.getByLabel(/redirected by another network partner/).check();
    await expect(page.getByTestId("verdict").getAttribute("data-verdict")).resolves.toBe("required");
    await page.getByLabel("The patient is known to the setting").check();
    await page.getByLabel("The health problem is known to the setting").check();
    await expect(page.getByTestId("verdict").getAttribute("data-verdict")).resolves.toBe("available");
    await expect(page.locator('[data-reason="reorientedException"]').textContent()).resolves.toContain(
      "(MSSS guidelines §6)",
    );
    await page.close();
  });

  it("speaks English when the locale is English", async () => {
    const { page } = await tab.open({ persona: "clinicien", locale: "en-US" });
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await expect(page.getByTestId("dev-banner").textContent()).resolves.toContain(
      "Development mode — simulated identity",
    );
    await expect(page.locator("caption").first().textContent()).resolves.toBe(
      "Choosing the modality for the patient's situation (MSSS guidelines §2.3)",
    );
    await page.close();
  });

  for (const theme of ["light", "dark"] as const) {
    it(`has no serious or critical axe violation in the ${theme} theme`, async () => {
      const { page, errors } = await tab.open({ persona: "clinicien", locale: "fr-CA", theme });
      await expect(appliedTheme(page)).resolves.toBe(theme);
      await page.getByLabel("Situation et besoin du patient").selectOption("newPatientIntake");
      await page.getByLabel(/Patient réorienté/).check();
      await page.getByTestId("verdict").waitFor();
      await screenshotForReview(page, `matrix-${theme}`);
      // Every rule in the light theme; a theme changes colours only, so the colour rules in the dark one.
      expect(await seriousAxeViolations(page, theme === "light" ? undefined : COLOUR_RULES)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe.runIf(browserTestsEnabled())("tab with neither Teams nor dev identity (browser)", () => {
  let tab: TabSession;
  beforeAll(async () => {
    tab = await startTabSession({ DEV_IDENTITY: "off" });
  });
  afterAll(() => tab?.stop());

  it("explains in both languages that it must be opened in Teams, without crashing", async () => {
    const { page, errors } = await tab.open({ persona: "pilote" });
    const message = page.getByTestId("unavailable");
    await expect(message.textContent()).resolves.toContain("Ouvrez Balises dans Microsoft Teams.");
    await expect(message.textContent()).resolves.toContain("Open Balises in Microsoft Teams.");
    await expect(page.getByTestId("dev-banner").count()).resolves.toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
