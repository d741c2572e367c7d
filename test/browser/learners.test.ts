/**
 * Apprenants in Chromium against the real API (dev identity): a pilot registers a learner, choosing the
 * learner and their supervisors by name from the team's roster (field errors from the API at the field), a
 * supervisor designates a resident competent for telehealth (003 §9.4) and withdraws it, a student's
 * observations are shown against the threshold (003 §9.3), a learner sees only themself. People by name.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserTestsEnabled, seriousAxeViolations, screenshotForReview } from "../support/browser.js";
import { seedEncounter } from "../api/activityFixtures.js";
import { OID } from "../api/apiClient.js";
import { DEV_TENANT_ID } from "../../bot/src/auth/devIdentityProvider.js";
import { doubleClickPosts, startTabSession, visibleObjectIds, type TabSession } from "./tabSession.js";

describe.runIf(browserTestsEnabled())("learners (browser)", () => {
  let tab: TabSession;
  let team = "";
  let path = "";

  beforeAll(async () => {
    tab = await startTabSession();
    team = (await tab.installedTeam("GMF-U Laval — Médecine familiale")).groupId;
    path = `/api/teams/${team}/learners`;
    expect(
      (
        await tab.api("pilote", "POST", path, {
          oid: OID.etudiant,
          role: "medicalStudent",
          supervisors: [OID.superviseur],
          trainingSite: "GMF-U Laval",
        })
      ).status,
    ).toBe(201);
    const s = tab.service.services;
    for (const [day, participation] of [
      [2, "observed"],
      [3, "wasObserved"],
    ] as const) {
      const id = await seedEncounter(s, {
        tenantId: DEV_TENANT_ID,
        teamKey: team,
        organizerId: OID.superviseur!,
        startedAt: `2026-03-0${day}T14:00:00.000Z`,
      });
      expect(
        (
          await tab.api("superviseur", "PUT", `/api/encounters/${id}/learners/${OID.etudiant}`, {
            participation,
            atTrainingSite: true,
          })
        ).status,
      ).toBe(200);
    }
  });
  afterAll(() => tab?.stop());

  async function openLearners(persona: string) {
    const opened = await tab.open({ team, persona, view: "learners", locale: "fr-CA" });
    await opened.page.getByTestId("learners-page").waitFor();
    await opened.page.getByRole("table").first().waitFor();
    return opened;
  }
  const row = (page: Page, name: string) =>
    page.getByRole("row").filter({ has: page.getByRole("cell", { name, exact: true }) });
  const expectAccessible = async (page: Page) => expect(await seriousAxeViolations(page)).toEqual([]);

  it("a pilot registers a resident; the API's field errors show at the field", async () => {
    const { page, errors } = await openLearners("pilote");
    const form = page.getByTestId("register-learner");
    const pick = async (label: string, typed: string, name: string) => {
      await form.getByRole("combobox", { name: label }).pressSequentially(typed);
      const option = page.getByRole("listbox").getByRole("option", { name, exact: true });
      await option.waitFor();
      await option.click();
    };
    // Sent empty: each required field says so, the training site too.
    await form.getByRole("button", { name: "Inscrire" }).click();
    await form.getByText("Choisissez l'apprenant dans la liste des membres.").waitFor();
    await expect(form.getByLabel(/Milieu de formation/).getAttribute("aria-invalid")).resolves.toBe("true");
    await form.getByText("Champ requis.").waitFor();
    await pick("Apprenant", "rosal", "Dre Rosalie Côté");
    await form.getByLabel(/Milieu de formation/).fill("CHU de Québec");
    await form.getByRole("button", { name: "Inscrire" }).click();
    await form.getByText("Choisissez au moins un superviseur dans la liste des membres.").waitFor();
    // The learner as her own supervisor: the API refuses it, at the supervisors' field.
    await pick("Superviseurs", "côté", "Dre Rosalie Côté");
    await form.getByRole("button", { name: "Inscrire" }).click();
    await form.getByText("Un apprenant ne peut pas être son propre superviseur.").waitFor();
    await form.getByRole("option", { name: "Dre Rosalie Côté" }).click();
    await pick("Superviseurs", "gagnon", "Dr Jean Gagnon");
    await pick("Superviseurs", "isabelle", "Isabelle Pelletier");
    await screenshotForReview(page, "learners-pickers");
    await expectAccessible(page);
    // A double click sends one registration (the second would be refused as a duplicate after the first worked).
    const posts = await doubleClickPosts(page, form.getByRole("button", { name: "Inscrire" }), "/learners");
    await row(page, "Dre Rosalie Côté").waitFor();
    expect(posts).toHaveLength(1);
    await expect(form.getByText("Cet élément existe déjà.").count()).resolves.toBe(0);
    // Registered, she is no longer offered as a new learner.
    await form.getByRole("combobox", { name: "Apprenant" }).pressSequentially("rosal");
    await page.getByText("Aucun membre de l'équipe ne correspond.").waitFor();
    await form.getByRole("combobox", { name: "Apprenant" }).clear();
    await expect(row(page, "Dre Rosalie Côté").textContent()).resolves.toContain("Dr Jean Gagnon, Isabelle Pelletier");
    await expect(row(page, "Dre Rosalie Côté").getByTestId("designation").textContent()).resolves.toBe(
      "Aucune désignation",
    );
    // A pilot who does not supervise the resident is offered no designation button (§9.4: the supervisor designates).
    await expect(
      row(page, "Dre Rosalie Côté")
        .getByRole("button", { name: /Désigner/ })
        .count(),
    ).resolves.toBe(0);
    await screenshotForReview(page, "learners-pilot");
    await expectAccessible(page);
    expect(await visibleObjectIds(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the supervisor designates the resident (§9.4), sees the student's observations (§9.3), then withdraws", async () => {
    const { page, errors } = await openLearners("superviseur");
    await row(page, "Dre Rosalie Côté").waitFor();
    await expect(page.getByTestId("register-learner").count()).resolves.toBe(0);
    await expect(row(page, "Léo Bouchard").getByTestId("observations").textContent()).resolves.toBe(
      "Observations : 1 sur 3 avant de mener une rencontre sous observation — Mise en observation trop hâtive",
    );
    await row(page, "Dre Rosalie Côté")
      .getByRole("button", { name: "Désigner Dre Rosalie Côté comme ayant les compétences pour la télésanté" })
      .click();
    await expect
      .poll(() => row(page, "Dre Rosalie Côté").getByTestId("designation").textContent())
      .toMatch(/^Désignation de compétence le .* par Dr Jean Gagnon \(vous\)$/);
    await expectAccessible(page);
    const audit = (await tab.api("pilote", "GET", `/api/teams/${team}/audit`)).body as {
      items: Array<{ action: string }>;
    };
    expect(audit.items[0]!.action).toBe("designation.give");
    await row(page, "Dre Rosalie Côté")
      .getByRole("button", { name: "Retirer la désignation de Dre Rosalie Côté" })
      .click();
    await expect
      .poll(() => row(page, "Dre Rosalie Côté").getByTestId("designation").textContent())
      .toMatch(/^Aucune désignation — Désignation retirée le/);

    // Said on its Québec day: 21 h 30 in Québec on 27 November is already 28 November in UTC.
    await tab.service.services.learners.update(DEV_TENANT_ID, team, OID.resident!, (l) => ({
      ...l,
      designations: l.designations.map((d) => ({
        ...d,
        at: "2026-11-28T02:00:00.000Z",
        withdrawnAt: "2026-11-28T02:30:00.000Z",
      })),
    }));
    const again = await openLearners("superviseur");
    await expect(row(again.page, "Dre Rosalie Côté").getByTestId("designation").textContent()).resolves.toBe(
      "Aucune désignation — Désignation retirée le 27 novembre 2026",
    );
    expect([...errors, ...again.errors]).toEqual([]);
    await again.page.close();
    await page.close();
  });

  it("a pilot's threshold left empty or out of bounds is said at its field, in the tab's words; nothing is saved", async () => {
    const { page, errors } = await openLearners("pilote");
    const input = page.getByTestId("threshold-input");
    const save = page.getByRole("button", { name: "Enregistrer le seuil" });
    const form = page.getByRole("form", { name: /^Observations requises/ });
    await input.fill("");
    await save.click();
    await form.getByText("Champ requis.").waitFor();
    await input.fill("25");
    await save.click();
    await form.getByText("Au plus 20.").waitFor();
    await expect(input.getAttribute("aria-invalid")).resolves.toBe("true");
    expect((await tab.api("pilote", "GET", `/api/teams/${team}/supervision-settings`)).body).toMatchObject({
      observationThreshold: 3,
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a learner sees only themself, without actions", async () => {
    const { page, errors } = await openLearners("etudiant");
    await expect(page.getByRole("table").locator("tbody tr").count()).resolves.toBe(1);
    await expect(row(page, "Léo Bouchard (vous)").count()).resolves.toBe(1);
    await expect(page.getByRole("table").getByRole("button").count()).resolves.toBe(0);
    await expect(page.getByTestId("threshold").textContent()).resolves.toContain(": 3");
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a pilot's removal of a learner is asked first; « Garder » keeps them", async () => {
    const { page, errors } = await openLearners("pilote");
    const remove = row(page, "Léo Bouchard").getByRole("button", { name: "Retirer Léo Bouchard des apprenants" });
    await remove.click();
    const confirm = page.getByTestId("learner-remove-confirm");
    await confirm.getByText("Retirer Léo Bouchard des apprenants de l'équipe?").waitFor();
    await confirm.getByRole("button", { name: "Garder" }).click();
    await confirm.waitFor({ state: "detached" });
    await expect(row(page, "Léo Bouchard").count()).resolves.toBe(1);
    // Escape answers « Garder » too, and the focus goes back to « Retirer ».
    await remove.click();
    await page.keyboard.press("Escape");
    await confirm.waitFor({ state: "detached" });
    await expect(remove.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await expect(row(page, "Léo Bouchard").count()).resolves.toBe(1);
    await remove.click();
    await confirm.getByRole("button", { name: "Retirer des apprenants" }).click();
    await expect.poll(() => row(page, "Léo Bouchard").count()).toBe(0);
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await page.close();
  });
});
