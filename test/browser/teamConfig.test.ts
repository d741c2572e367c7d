/**
 * Issue 3 in Chromium, against the real API (dev identity): installing from the configuration page (and
 * waiting while Balises still learns the team's roster, issue 10), corridors (003 §4), matrix adjustments
 * against the MSSS baseline (003 §2.3), read-only members, a team out of reach (not installed, not a
 * member), optimistic concurrency (412 → conflict bar → reload), field-level refusals (free text for its
 * purpose — DESIGN, privacy — included), a section whose chunk never arrives (sections load on demand, issue 14).
 * Teams are Teams teams: a group id GUID with a seeded roster. (Themes: teamConfigThemes.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserTestsEnabled, sectionsLoaded, seriousAxeViolations, screenshotForReview } from "../support/browser.js";
import { USERS } from "../support/teamsIds.js";
import { freshTeam, startTabSession, type TabSession } from "./tabSession.js";
import { DEV_TENANT_ID } from "../../bot/src/auth/devIdentityProvider.js";
import { createTableClientFactory } from "../../bot/src/storage/tableClients.js";
import { writeJsonColumn } from "../../bot/src/storage/jsonColumns.js";
import { escapeKeyPart } from "../../bot/src/storage/keys.js";

interface ConfigView {
  configuration: {
    contingency: { callbackDelayMinutes: number; crisisResources: Array<{ phone: string }> };
    corridors: unknown[];
    matrix: { localSituations: Array<{ note?: unknown }> };
  };
  differences: Array<{ situationId: string; modality: string; baseline: string | null; team: string | null }>;
  etag: string;
}

describe.runIf(browserTestsEnabled())("team configuration tab (browser)", () => {
  let tab: TabSession;
  let n = 0;
  beforeAll(async () => {
    tab = await startTabSession();
  });
  afterAll(() => tab?.stop());

  const configPath = (team: string) => `/api/teams/${team}/config`;
  const installedTeam = async () => (await tab.installedTeam(`Équipe du navigateur ${++n}`)).groupId;
  const serverConfig = async (team: string) => (await tab.api("pilote", "GET", configPath(team))).body as ConfigView;
  async function expectAccessible(page: Page) {
    expect(await seriousAxeViolations(page)).toEqual([]);
  }

  it("installs from the configuration page: the installer becomes pilot and lands on the chosen section", async () => {
    const team = (await tab.seed(freshTeam(`Installation ${++n}`))).groupId;
    const { page, errors } = await tab.open({ team, persona: "pilote", locale: "fr-CA" }, "/config");
    await page.getByTestId("config-page").waitFor();
    await expectAccessible(page);
    await page.getByRole("radio", { name: "Corridor de référence" }).check();
    await page.getByRole("button", { name: "Enregistrer et ouvrir l'onglet" }).click();
    await page.getByTestId("corridor-section").waitFor();
    expect(new URL(page.url()).searchParams.get("view")).toBe("corridor");
    // The settings tab needs /api/me too, which may answer after the configuration.
    await page.getByRole("tab", { name: "Paramètres" }).waitFor();
    await expect(page.getByTestId("no-corridor-warning").textContent()).resolves.toContain(
      "aucun corridor de référence valide",
    );
    const me = (await tab.api("pilote", "GET", `/api/me?team=${team}`)).body as { roles: string[] };
    expect(me.roles).toContain("pilot");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("waits on the configuration page while Balises finishes its installation in the team, then installs", async () => {
    const team = freshTeam(`Installation en cours ${++n}`);
    const { page, errors } = await tab.open({ team: team.groupId, persona: "pilote", locale: "fr-CA" }, "/config");
    await page.getByTestId("config-page").waitFor();
    await page.getByRole("button", { name: "Enregistrer et ouvrir l'onglet" }).click();
    // 404 team_not_installed: the bot has not learnt the roster yet; the page says so and keeps asking.
    await page
      .getByTestId("install-status")
      .getByText("Balises termine son installation dans l'équipe…", { exact: false })
      .waitFor();
    // The bot learns the team while the page waits (the page gives up after ~30 s: nothing slow goes in between).
    await tab.seed(team);
    await page.getByTestId("matrix-page").waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).searchParams.get("team")).toBe(team.groupId);
    const config = (await tab.api("pilote", "GET", configPath(team.groupId))).body as {
      pilots: string[];
      people: Record<string, string>;
    };
    expect(config.pilots).toEqual([USERS.pilote.aadObjectId]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("explains a team where Balises is not installed, and a team the user is not a member of, above the MSSS matrix", async () => {
    const notInstalled = freshTeam(`Pas installé ${++n}`);
    const first = await tab.open({ team: notInstalled.groupId, persona: "clinicien", locale: "fr-CA" });
    const note = first.page.getByTestId("team-access");
    await expect(note.getAttribute("data-denied")).resolves.toBe("notInstalled");
    await expect(note.textContent()).resolves.toContain("Balises n'est pas encore installé dans cette équipe");
    await first.page.getByTestId("matrix-page").locator("table").first().waitFor();
    await expect(first.page.getByRole("tab").count()).resolves.toBe(0);
    await expectAccessible(first.page);
    expect(first.errors).toEqual([]);
    await first.page.close();

    const team = await tab.installedTeam(`Sans la clinicienne ${++n}`, "pilote", [USERS.pilote]);
    const second = await tab.open({ team: team.groupId, persona: "clinicien", locale: "en" });
    const refused = second.page.getByTestId("team-access");
    await expect(refused.getAttribute("data-denied")).resolves.toBe("notMember");
    await expect(refused.textContent()).resolves.toContain("You are not a member of this Teams team");
    await second.page.getByTestId("matrix-page").locator("table").first().waitFor();
    // No section that would fail: only the matrix, no tabs, no editing.
    await expect(second.page.getByRole("tab").count()).resolves.toBe(0);
    await expect(
      second.page.getByTestId("matrix-page").locator("table").first().locator("select, button").count(),
    ).resolves.toBe(0);
    await screenshotForReview(second.page, "not-member");
    await expectAccessible(second.page);
    expect(second.errors).toEqual([]);
    await second.page.close();
  });

  it("refuses an emergency-department corridor with the §4 reason at the field, then saves a valid one", async () => {
    const team = await installedTeam();
    const { page, errors } = await tab.open({ team, persona: "pilote", view: "corridor" });
    await page.getByTestId("corridor-section").waitFor();
    await page.getByRole("button", { name: "Ajouter un corridor" }).click();
    const form = page.getByTestId("corridor-form");
    await form.getByLabel("Nom du corridor").fill("Corridor de l'hôpital régional");
    await form.getByLabel(/^Type/).selectOption("emergencyDepartment");
    await form.getByLabel(/Comment joindre/).fill("poste 4321");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    const kindField = form.locator('[data-field="kind"]');
    // 003 §4, quoted verbatim in the server's message, shown at the kind field
    const reason = kindField.getByText(/ne sont pas considérés comme valables/);
    await reason.waitFor();
    await expect(reason.textContent()).resolves.toContain("§4");
    await expect(form.getByLabel(/^Type/).getAttribute("aria-invalid")).resolves.toBe("true");
    await screenshotForReview(page, "corridor-refused");
    await expectAccessible(page);
    expect((await serverConfig(team)).configuration.corridors).toEqual([]);

    await form.getByLabel(/^Type/).selectOption("gmf");
    await form.getByLabel("Nom du corridor").fill("GMF des Rivières — plage sans rendez-vous");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByRole("heading", { name: "GMF des Rivières — plage sans rendez-vous" }).waitFor();
    await expect(page.getByTestId("no-corridor-warning").count()).resolves.toBe(0);
    expect((await serverConfig(team)).configuration.corridors).toEqual([
      {
        id: expect.any(String) as string,
        name: "GMF des Rivières — plage sans rendez-vous",
        kind: "gmf",
        contact: "poste 4321",
      },
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("adjusts a matrix cell, shows the difference from the MSSS baseline, and resets it (003 §2.3)", async () => {
    const team = await installedTeam();
    const { page, errors } = await tab.open({ team, persona: "pilote", view: "matrix" });
    const cell = page.locator('tr[data-situation="screening"] td[data-modality="phone"]');
    await cell.getByLabel("Cote — Activités de dépistage — Rencontre téléphonique").selectOption("");
    await page.locator('tr[data-situation="screening"] td[data-modality="phone"][data-adjusted="true"]').waitFor();
    await expect(cell.textContent()).resolves.toContain("Ajusté par l'équipe");
    await expect(cell.textContent()).resolves.toContain("MSSS : +");
    expect((await serverConfig(team)).differences).toEqual([
      { situationId: "screening", modality: "phone", baseline: "+", team: null },
    ]);
    await screenshotForReview(page, "matrix-adjusted");
    await expectAccessible(page);

    await cell
      .getByRole("button", { name: "Rétablir la cote du MSSS — Activités de dépistage — Rencontre téléphonique" })
      .click();
    await page.locator('tr[data-situation="screening"] td[data-modality="phone"]:not([data-adjusted])').waitFor();
    await expect(cell.getByRole("combobox").inputValue()).resolves.toBe("+");
    expect((await serverConfig(team)).differences).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("adds a local situation (CHSLD, 003 §8.9) that the matrix and the helper then offer", async () => {
    const team = await installedTeam();
    const { page } = await tab.open({ team, persona: "pilote", view: "matrix" });
    const form = page.getByRole("form", { name: "Ajouter une situation locale" });
    await form.getByLabel("Libellé en français").fill("Évaluation courante en CHSLD");
    await form.getByLabel("Libellé en anglais").fill("Routine assessment in a CHSLD");
    // A note in one language only would be dropped: it is asked for in both, and nothing is saved meanwhile.
    await form.getByLabel(/^Note en français/).fill("Avec l'infirmière du CHSLD présente");
    await form.getByRole("button", { name: "Ajouter une situation locale" }).click();
    await form.getByText("Écrivez la note dans les deux langues, ou laissez les deux vides.").waitFor();
    expect((await serverConfig(team)).configuration.matrix.localSituations).toEqual([]);
    await form.getByLabel(/^Note en anglais/).fill("With the CHSLD nurse present");
    await form.getByRole("button", { name: "Ajouter une situation locale" }).click();
    const row = page.locator('tr[data-situation="local-evaluation-courante-en-chsld"]');
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain("Situation locale (équipe)");
    await page.getByLabel("Situation et besoin du patient").selectOption("local-evaluation-courante-en-chsld");
    await expect(page.getByTestId("verdict").getAttribute("data-verdict")).resolves.toBe("available");
    const [saved] = (await serverConfig(team)).configuration.matrix.localSituations;
    expect(saved?.note).toEqual({ "fr-CA": "Avec l'infirmière du CHSLD présente", en: "With the CHSLD nurse present" });
    await page.close();
  });

  it("is usable from the keyboard, with a visible focus indicator", async () => {
    const team = await installedTeam();
    const { page, errors } = await tab.open({ team, persona: "pilote", view: "matrix" });
    await page.getByTestId("matrix-page").waitFor();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { role: el?.getAttribute("role"), view: el?.dataset.view, text: el?.textContent?.trim() };
      });
    for (let i = 0; i < 40 && (await focused()).role !== "tab"; i++) await page.keyboard.press("Tab");
    expect(await focused()).toMatchObject({ role: "tab", view: "matrix" });
    await expect(page.locator(":focus").getAttribute("data-fui-focus-visible")).resolves.not.toBeNull();
    await page.keyboard.press("ArrowRight");
    expect((await focused()).view).toBe("corridor");
    await page.keyboard.press("Enter");
    await page.getByTestId("corridor-section").waitFor();
    for (let i = 0; i < 40 && (await focused()).text !== "Ajouter un corridor"; i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByTestId("corridor-form").waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps keyboard focus where the pilot works on a corridor: into the form or question, then back to its card", async () => {
    const team = await installedTeam();
    const cap = { id: "cap", name: "CLSC du Cap", kind: "clsc" as const, contact: "819 555-0187" };
    await tab.configure(team, (configuration) => ({ ...configuration, corridors: [cap] }));
    const { page, errors } = await tab.open({ team, persona: "pilote", view: "corridor" });
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    const editButton = page.getByRole("button", { name: "Modifier le corridor « CLSC du Cap »" });
    await editButton.focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("corridor-form").waitFor();
    expect(await focused()).toBe("Modifier le corridor");
    await page.keyboard.press("Tab");
    // The next key reaches the form's first field.
    const inForm = () =>
      page.evaluate(
        () => document.activeElement?.closest("[data-testid=corridor-form]") && document.activeElement.tagName,
      );
    expect(await inForm()).toBe("INPUT");
    await page.getByTestId("corridor-form").getByRole("button", { name: "Annuler" }).press("Enter");
    await page.getByTestId("corridor-form").waitFor({ state: "detached" });
    await expect.poll(focused).toBe("Modifier");

    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Retirer");
    await page.keyboard.press("Enter");
    await page.getByTestId("corridor-remove-confirm").waitFor();
    expect(await focused()).toBe("Garder");
    await page.keyboard.press("Enter");
    await page.getByTestId("corridor-remove-confirm").waitFor({ state: "detached" });
    await expect.poll(focused).toBe("Modifier");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a clinician the configuration read-only, with no edit controls", async () => {
    const team = await installedTeam();
    const current = await serverConfig(team);
    const configuration = {
      ...(current.configuration as object),
      corridors: [{ id: "c1", name: "CLSC du quartier", kind: "clsc", contact: "poste 100" }],
    };
    const put = await fetch(`${tab.service.url}${configPath(team)}`, {
      method: "PUT",
      headers: {
        authorization: `Bearer ${await tab.tokenFor("pilote")}`,
        "content-type": "application/json",
        "if-match": current.etag,
      },
      body: JSON.stringify({ configuration }),
    });
    expect(put.status).toBe(200);

    const { page, errors } = await tab.open({ team, persona: "clinicien", view: "matrix" });
    await page.getByTestId("matrix-page").waitFor();
    await sectionsLoaded(page);
    await expect(page.locator("table").first().locator("select, button").count()).resolves.toBe(0);
    await expect(page.getByRole("tab", { name: "Paramètres" }).count()).resolves.toBe(0);
    await expect(page.getByRole("form", { name: "Ajouter une situation locale" }).count()).resolves.toBe(0);
    await expectAccessible(page);
    for (const view of ["corridor", "contingency", "interpreters", "checklist", "reminders"]) {
      await page
        .getByRole("tab")
        .and(page.locator(`[data-view="${view}"]`))
        .click();
      const section = page.getByTestId(`${view}-section`);
      await section.waitFor();
      await section.getByTestId("read-only-note").waitFor();
      await expect(section.locator("input, select, textarea, button").count()).resolves.toBe(0);
      await expectAccessible(page);
    }
    await page.getByRole("tab").and(page.locator('[data-view="corridor"]')).click();
    await page.getByRole("heading", { name: "CLSC du quartier" }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("never overwrites silently: the second pilot gets the conflict bar, and Reload brings the first one's version", async () => {
    const team = await installedTeam();
    const added = await tab.api("pilote", "POST", `/api/teams/${team}/pilots`, { userId: USERS.pilote2.aadObjectId });
    expect(added.status).toBe(200);
    const first = await tab.open({ team, persona: "pilote", view: "contingency" });
    const second = await tab.open({ team, persona: "pilote2", view: "contingency" });
    const delay = (page: Page) => page.getByLabel("Délai avant de rappeler le patient (minutes)");
    // Both pilots hold the same version before either saves; otherwise the second could load the first one's save.
    await delay(first.page).waitFor();
    await delay(second.page).waitFor();

    await delay(first.page).fill("10");
    await first.page.getByRole("button", { name: "Enregistrer" }).click();
    await first.page.getByText("Enregistré.").waitFor();

    await delay(second.page).fill("15");
    await second.page.getByRole("button", { name: "Enregistrer" }).click();
    const bar = second.page.getByTestId("conflict-bar");
    await bar.waitFor();
    await expect(bar.textContent()).resolves.toContain("Quelqu'un d'autre a modifié");
    await screenshotForReview(second.page, "conflict");
    await expectAccessible(second.page);
    expect((await serverConfig(team)).configuration.contingency.callbackDelayMinutes).toBe(10);

    await bar.getByRole("button", { name: "Recharger" }).focus();
    await second.page.keyboard.press("Enter");
    await bar.waitFor({ state: "detached" });
    await expect.poll(() => delay(second.page).inputValue()).toBe("10");
    // WCAG 2.4.3: the bar is gone with its button; the focus goes to the page's first section, not its top.
    await expect
      .poll(() =>
        second.page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`),
      )
      .toBe("H2 Contingence et ressources de crise");
    await delay(second.page).fill("15");
    await second.page.getByRole("button", { name: "Enregistrer" }).click();
    await second.page.getByText("Enregistré.").waitFor();
    expect((await serverConfig(team)).configuration.contingency.callbackDelayMinutes).toBe(15);
    expect([...first.errors, ...second.errors]).toEqual([]);
    await first.page.close();
    await second.page.close();
  });

  // Concurrent edits never lose an update: after a conflict's reload, the corridor form holds the current values.
  it("a corridor edited by two pilots: after the conflict and the reload, the second keeps the first one's change", async () => {
    const team = await installedTeam();
    await tab.api("pilote", "POST", `/api/teams/${team}/pilots`, { userId: USERS.pilote2.aadObjectId });
    const cap = { id: "cap", name: "CLSC du Cap", kind: "clsc" as const, contact: "819 555-0187" };
    const lac = { id: "lac", name: "GMF du Lac", kind: "gmf" as const, contact: "poste 12" };
    await tab.configure(team, (configuration) => ({ ...configuration, corridors: [cap, lac] }));
    const first = await tab.open({ team, persona: "pilote", view: "corridor" });
    const second = await tab.open({ team, persona: "pilote2", view: "corridor" });
    const edit = (page: Page, name: string) =>
      page.getByRole("button", { name: `Modifier le corridor « ${name} »` }).click();
    const form = (page: Page) => page.getByTestId("corridor-form");
    await edit(first.page, "CLSC du Cap");
    await edit(second.page, "CLSC du Cap");

    await form(first.page)
      .getByLabel(/^Comment joindre/)
      .fill("819 555-0111");
    await form(first.page).getByRole("button", { name: "Enregistrer" }).click();
    await form(first.page).waitFor({ state: "detached" });
    await form(second.page).getByLabel("Heures").fill("Lundi au vendredi, 8 h à 16 h");
    await form(second.page).getByRole("button", { name: "Enregistrer" }).click();
    const bar = second.page.getByTestId("conflict-bar");
    await bar.getByRole("button", { name: "Recharger" }).click();
    await bar.waitFor({ state: "detached" });
    // The form starts again from the current corridor: the first pilot's number, the hours to type again.
    await expect
      .poll(() =>
        form(second.page)
          .getByLabel(/^Comment joindre/)
          .inputValue(),
      )
      .toBe("819 555-0111");
    await form(second.page).getByLabel("Heures").fill("Lundi au vendredi, 8 h à 16 h");
    await form(second.page).getByRole("button", { name: "Enregistrer" }).click();
    await form(second.page).waitFor({ state: "detached" });
    expect((await serverConfig(team)).configuration.corridors).toEqual([
      { ...cap, contact: "819 555-0111", hours: "Lundi au vendredi, 8 h à 16 h" },
      lac,
    ]);

    // Removed by one while the other edits it: the reload says so and brings nothing back.
    await first.page.reload();
    await edit(second.page, "GMF du Lac");
    await first.page.getByRole("button", { name: "Retirer le corridor « GMF du Lac »" }).click();
    const confirm = first.page.getByTestId("corridor-remove-confirm");
    await confirm.getByRole("button", { name: "Garder" }).click();
    expect((await serverConfig(team)).configuration.corridors).toHaveLength(2);
    await first.page.getByRole("button", { name: "Retirer le corridor « GMF du Lac »" }).click();
    await confirm.getByRole("button", { name: "Retirer le corridor" }).click();
    await confirm.waitFor({ state: "detached" });
    await form(second.page).getByLabel("Heures").fill("Sur rendez-vous");
    await form(second.page).getByRole("button", { name: "Enregistrer" }).click();
    await bar.getByRole("button", { name: "Recharger" }).click();
    await second.page.getByTestId("corridor-gone").waitFor();
    await expect(form(second.page).count()).resolves.toBe(0);
    expect((await serverConfig(team)).configuration.corridors.map((c) => (c as { id: string }).id)).toEqual(["cap"]);
    expect([...first.errors, ...second.errors]).toEqual([]);
    await first.page.close();
    await second.page.close();
  });

  it("shows a corridor's details within a 400 px frame: each label above its value, nothing cut", async () => {
    const team = await installedTeam();
    const corridor = {
      id: "cap",
      name: "CLSC du Cap — point de service de Saint-Louis-de-France",
      kind: "clsc" as const,
      contact: "819 555-0187, poste 2204 (secrétariat des médecins)",
      conditions: "Formulaire de référence interne rempli par le médecin traitant, transmis au secrétariat",
    };
    await tab.configure(team, (configuration) => ({ ...configuration, corridors: [corridor] }));
    const { page, errors } = await tab.open({ team, persona: "clinicien", view: "corridor" });
    await page.setViewportSize({ width: 400, height: 900 });
    const values = page.locator("[data-corridor] dd");
    await values.first().waitFor();
    const boxes = await values.evaluateAll((dds) =>
      dds.map((dd) => ({ right: dd.getBoundingClientRect().right, fits: dd.scrollWidth <= dd.clientWidth })),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(3);
    for (const box of boxes) expect(box).toEqual({ right: expect.any(Number) as number, fits: true });
    for (const box of boxes) expect(box.right).toBeLessThanOrEqual(400);
    // Nothing wider than the frame, the development banner's persona list included.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(400);
    await screenshotForReview(page, "corridor-narrow");
    expect(errors).toEqual([]);
    await page.close();
  });

  // DESIGN, privacy: free text for its purpose; the refusal shows at the field, in the tab's language.
  it("refuses a crisis line that is not a phone number and an e-mail address in the bridge instructions, at their fields", async () => {
    const team = await installedTeam();
    const { page, errors } = await tab.open({ team, persona: "pilote", view: "contingency" });
    const bridge = page.getByLabel(/Rejoindre par téléphone/);
    await bridge.fill("Écrire à marie.t@example.com si la vidéo échoue");
    await page.getByRole("button", { name: "Ajouter une ressource" }).click();
    // The row's legend becomes the resource's name as it is typed: the last row, whatever its name.
    const row = page.getByTestId("contingency-section").locator("fieldset").last();
    // Where the line will be shown, as the patient's plan reads its region: a city names no region.
    const region = row.getByLabel(/^Région/);
    await region.fill("Trois-Rivières");
    await row.getByText("Montrée dans toutes les régions (aucune région administrative reconnue).").waitFor();
    await region.fill("Mauricie");
    await row.getByText("Seulement pour 04 — Mauricie, une fois la région de la personne confirmée.").waitFor();
    await region.fill("Québec");
    await row.getByLabel(/^Ressource/).fill("Prévention du suicide");
    const phone = row.getByLabel(/^Téléphone/);
    await phone.fill("voir le site web");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByText(/^Pas d'adresse courriel dans ce champ/).waitFor();
    await row.getByText(/^Numéro de téléphone nord-américain attendu/).waitFor();
    await expect(bridge.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(phone.getAttribute("aria-invalid")).resolves.toBe("true");
    // WCAG 3.3.1: the keyboard is at the first field to correct, not left on « Enregistrer ».
    await expect.poll(() => bridge.evaluate((field) => field === document.activeElement)).toBe(true);
    // Once: typing elsewhere is not pulled back to it.
    await phone.focus();
    await phone.pressSequentially("1");
    await expect(phone.evaluate((field) => field === document.activeElement)).resolves.toBe(true);
    await expectAccessible(page);
    expect((await serverConfig(team)).configuration.contingency.crisisResources).toHaveLength(3);

    // Too long: refused at the field with the bound, and nothing typed is cut off (the code at the end stays).
    const long = `${"Composez le numéro du pont inscrit dans l'invitation Teams. ".repeat(9)}Code : 123 456 789#.`;
    await bridge.fill(long);
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByText("Au plus 500 caractères.").waitFor();
    await expect(bridge.inputValue()).resolves.toBe(long);

    await bridge.fill("Pont Teams : le numéro et le code sont dans l'invitation.");
    await phone.fill("1 866 APPELLE");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByText("Enregistré.").waitFor();
    const saved = (await serverConfig(team)).configuration;
    expect(saved.contingency.crisisResources.map((r) => r.phone)).toContain("1 866 APPELLE");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the crisis lines as the patient reads them: 9-1-1 first and suicide prevention even when the list leaves them out", async () => {
    const team = await installedTeam();
    const { page, errors } = await tab.open({ team, persona: "pilote", view: "contingency" });
    const lines = () => page.getByTestId("patient-lines").locator("li").allTextContents();
    await page.getByTestId("patient-lines").waitFor();
    expect(await lines()).toEqual([
      "Urgence 9-1-1 : 911",
      "Info-Santé 811 (option 1) : 811",
      "Info-Social 811 (option 2) : 811",
      "Prévention du suicide, jour et nuit : 1 866 APPELLE (1 866 277-3553)",
      "Prévention du suicide par texto : 535353",
      "Prévention du suicide en clavardage : suicide.ca",
    ]);
    // The pilot takes 9-1-1 out of the list: the patient still reads it first.
    await page.getByRole("button", { name: "Retirer — Urgence 9-1-1" }).focus();
    await page.keyboard.press("Enter");
    // WCAG 2.4.3: the row is gone with its button; the focus goes to its section's heading, not the top of the page.
    await expect(
      page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`),
    ).resolves.toBe("H2 Contingence et ressources de crise");
    await expect(lines()).resolves.toContain("Urgence 9-1-1 : 911");
    expect((await lines())[0]).toBe("Urgence 9-1-1 : 911");
    await page.getByText(/^Urgence 9-1-1 vient toujours en premier/).waitFor();
    await expectAccessible(page);
    // In a narrow panel a number is never split across lines (« 1 866 » here, « 277-3553 » there), nor cut; it may
    // break only before a number in brackets or an extension.
    await page.setViewportSize({ width: 320, height: 900 });
    const numbers = page.getByTestId("patient-lines").locator("li > span");
    await expect(numbers.allTextContents()).resolves.toEqual([
      "911",
      "811",
      "811",
      "1 866 APPELLE",
      "(1 866 277-3553)",
      "535353",
      "suicide.ca",
    ]);
    const linesTaken = await numbers.evaluateAll((spans) =>
      spans.map((span) => new Set([...span.getClientRects()].map((r) => Math.round(r.top))).size),
    );
    expect(linesTaken).toEqual([1, 1, 1, 1, 1, 1, 1]);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("names the section of a refused field that another section's save cannot show (a rule tightened since)", async () => {
    const team = await installedTeam();
    // Saved before the free-text rules: an e-mail address in a corridor's hours, written to the row directly.
    const corridor = { id: "gmf", name: "GMF des Rivières", kind: "gmf", contact: "poste 12" };
    const client = createTableClientFactory(tab.service.services.config.storage).client("TeamConfig");
    const row = { partitionKey: DEV_TENANT_ID, rowKey: escapeKeyPart(team) };
    writeJsonColumn(row, "corridors", [{ ...corridor, hours: "sur rendez-vous : rdv@example.com" }]);
    await client.updateEntity(row, "Merge");
    expect((await serverConfig(team)).configuration.corridors).toHaveLength(1);

    const { page, errors } = await tab.open({ team, persona: "pilote", view: "reminders" });
    await page.getByLabel("Rappel 2 (heures après la fin)").fill("12");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "un champ d'une autre section" });
    await alert.getByText(/^Corridor de référence — Pas d'adresse courriel dans ce champ/).waitFor();
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the server's refusal of a note deadline beyond 24 h at the deadline field (003 §1.1, §8.8)", async () => {
    const team = await installedTeam();
    const { page, errors } = await tab.open({ team, persona: "pilote", view: "reminders" });
    const deadline = page.getByLabel(/Échéance de la note/);
    await deadline.fill("30");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByText("Corrigez les champs signalés, puis enregistrez de nouveau.").waitFor();
    await expect(deadline.getAttribute("aria-invalid")).resolves.toBe("true");
    await expectAccessible(page);
    await deadline.fill("24");
    // Hours with the French decimal comma are read as such (a number field made "1,5" fifteen hours).
    const first = page.getByLabel("Rappel 1 (heures après la fin)");
    await first.fill("deux");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByText("Un nombre d'heures est attendu, par exemple 2 ou 1,5.").waitFor();
    await first.fill("1,5");
    await page.getByLabel("Rappel 2 (heures après la fin)").fill("12");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByText("Enregistré.").waitFor();
    const saved = (await tab.api("pilote", "GET", configPath(team))).body as {
      configuration: { reminderPolicy: unknown };
    };
    expect(saved.configuration.reminderPolicy).toEqual({ offsets: ["PT90M", "PT12H"], deadline: "PT24H" });
    await expect.poll(() => first.inputValue()).toBe("1,5");
    expect(errors).toEqual([]);
    await page.close();
  });
  it("says a section could not be downloaded, in place of the section, and gets it once the tab reloads", async () => {
    const team = await installedTeam();
    const { page } = await tab.open({ team, persona: "pilote", locale: "fr-CA", view: "matrix" });
    await page.getByTestId("matrix-page").waitFor();
    // The corridor section's own chunk (named after its module by Vite) is lost on the way, once.
    const corridorChunk = /\/assets\/CorridorSection-[^/]+\.js$/;
    await page.route(corridorChunk, (route) => route.abort("internetdisconnected"));
    await page.getByRole("tab").and(page.locator('[data-view="corridor"]')).click();
    const alert = page.getByRole("alert");
    await expect(alert.textContent()).resolves.toContain("Impossible de charger les données");
    await expect(page.getByTestId("matrix-page").count()).resolves.toBe(0);
    await expect(page.getByRole("tab", { name: "Corridor de référence" }).getAttribute("aria-selected")).resolves.toBe(
      "true",
    );
    await page.unroute(corridorChunk);
    await alert.getByRole("button", { name: "Réessayer" }).click();
    await page.getByTestId("corridor-section").waitFor();
    expect(page.url()).toContain("view=corridor");
    await page.close();
  });
});
