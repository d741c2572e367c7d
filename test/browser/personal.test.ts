/**
 * Issue 10 in Chromium, the personal tab (`?view=personal`): « Mes équipes » lists the user's teams where
 * Balises is installed and saves the team of their private meetings; « Rencontres à rattacher à une
 * équipe » attaches an encounter that has no team; the MSSS matrix stays below. Also the meeting page
 * outside Teams (`?meeting=`). No serious axe violation in the light, dark and high-contrast themes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled, seriousAxeViolations, COLOUR_RULES, screenshotForReview } from "../support/browser.js";
import { newEncounter } from "../../bot/src/domain/encounter.js";
import { OTHER_PRIVATE_MEETING, PRIVATE_MEETING, TEAM_G, TEAM_H, TENANT, USERS } from "../support/teamsIds.js";
import { appliedTheme, startTabSession, visibleObjectIds, type TabSession } from "./tabSession.js";

describe.runIf(browserTestsEnabled())("personal tab: my teams and encounters without a team (browser)", () => {
  let tab: TabSession;
  beforeAll(async () => {
    tab = await startTabSession();
    await tab.seed(TEAM_G, [USERS.pilote, USERS.clinicien]);
    await tab.seed(TEAM_H, [USERS.clinicien, USERS.superviseur]);
  });
  afterAll(() => tab?.stop());

  /** An encounter the clinician led two days ago in a private meeting that got no team. */
  async function encounterWithoutTeam(meetingId: string): Promise<string> {
    const startedAt = new Date(Date.now() - 2 * 86_400_000).toISOString();
    const encounter = newEncounter({
      tenantId: TENANT,
      meetingId,
      conversationId: "19:meeting_sans-equipe@thread.v2",
      startedAt,
      organizerId: USERS.clinicien.aadObjectId,
    });
    await tab.service.services.encounters.create(encounter);
    return encounter.id;
  }

  it("lists the user's teams and saves the team of their private meetings", async () => {
    const { page, errors } = await tab.open({ view: "personal", persona: "clinicien", locale: "fr-CA" });
    const mine = page.getByTestId("my-teams");
    const choices = mine.getByRole("radiogroup", { name: "Équipe de mes réunions privées" });
    await choices.getByRole("radio").first().waitFor();
    await expect(choices.getByRole("radio").count()).resolves.toBe(2);
    await expect(mine.innerText()).resolves.toContain(TEAM_G.name);
    await expect(mine.innerText()).resolves.toContain(TEAM_H.name);
    await page.getByTestId("matrix-page").locator("table").first().waitFor();
    // The personal tab has no team: the helper says it applies the MSSS baseline, not "your team's matrix".
    await page.getByText(/la recommandation applique la matrice de base du MSSS/).waitFor();
    await expect(page.getByText(/applique la matrice de votre équipe/).count()).resolves.toBe(0);

    // Two teams, none chosen yet: what Balises does meanwhile is said.
    const noneChosen =
      "Aucune équipe choisie : Balises vous la demandera dans votre prochaine réunion privée et retiendra votre choix.";
    await mine.getByText(noneChosen).waitFor();
    await choices.getByRole("radio", { name: TEAM_H.name }).check();
    await mine.getByRole("button", { name: "Enregistrer" }).click();
    await mine.getByText(`Équipe enregistrée : ${TEAM_H.name}.`).waitFor();
    await expect(mine.getByText(noneChosen).count()).resolves.toBe(0);
    const saved = (await tab.api("clinicien", "GET", "/api/me/teams")).body as { preferred: string | null };
    expect(saved.preferred).toBe(TEAM_H.groupId);

    await page.reload();
    await expect.poll(() => page.getByRole("radio", { name: TEAM_H.name }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("attaches an encounter that has no team to one of the user's teams", async () => {
    const id = await encounterWithoutTeam(OTHER_PRIVATE_MEETING.meetingId);
    const { page, errors } = await tab.open({ view: "personal", persona: "clinicien", locale: "fr-CA" });
    const pending = page.getByTestId("encounters-without-team");
    const rows = pending.locator("tbody tr");
    await rows.first().waitFor();
    // The same days as « Mes rencontres » above it on the page.
    await pending.getByText(/^Ces rencontres des 120 derniers jours n'ont pas d'équipe/).waitFor();
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().innerText()).resolves.toContain("en cours");
    await rows.first().getByRole("combobox").selectOption({ label: TEAM_G.name });
    await rows
      .first()
      .getByRole("button", { name: /^Rattacher la rencontre du / })
      .click();
    await pending.getByText(`rattachée à ${TEAM_G.name}`, { exact: false }).waitFor();
    await expect(rows.count()).resolves.toBe(0);
    const stored = await tab.service.services.encounters.get(TENANT, id);
    expect(stored?.encounter.teamKey).toBe(TEAM_G.groupId);
    expect(await visibleObjectIds(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("tells someone with no team where Balises is installed what to do", async () => {
    const { page, errors } = await tab.open({ view: "personal", persona: "etudiant", locale: "en" });
    await expect(page.getByTestId("my-teams-none").textContent()).resolves.toContain(
      "None of your teams in Teams has Balises yet.",
    );
    await page.getByTestId("encounters-without-team").getByText("No encounter to link.").waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const theme of ["light", "dark", "contrast"] as const) {
    it(`has no serious axe violation on the personal tab and the meeting page (${theme})`, async () => {
      // Every rule in the light theme; a theme changes colours only, so the colour rules in the others.
      const rules = theme === "light" ? undefined : COLOUR_RULES;
      await encounterWithoutTeam(`${PRIVATE_MEETING.meetingId}-${theme}`);
      const personal = await tab.open({ view: "personal", persona: "clinicien", locale: "fr-CA", theme });
      await expect(appliedTheme(personal.page)).resolves.toBe(theme);
      await personal.page.getByTestId("encounters-without-team").locator("tbody tr").first().waitFor();
      await personal.page.getByRole("radio").first().waitFor();
      await screenshotForReview(personal.page, `personal-${theme}`);
      expect(await seriousAxeViolations(personal.page, rules)).toEqual([]);
      expect(personal.errors).toEqual([]);
      await personal.page.close();

      const meeting = await tab.open({
        meeting: PRIVATE_MEETING.meetingId,
        persona: "clinicien",
        locale: "fr-CA",
        theme,
      });
      await meeting.page.getByTestId("meeting-team").getByRole("button").first().click();
      await meeting.page.getByRole("form", { name: "Changer l'équipe de la réunion" }).waitFor();
      await meeting.page.getByTestId("matrix-page").waitFor();
      await screenshotForReview(meeting.page, `meeting-${theme}`);
      expect(await seriousAxeViolations(meeting.page, rules)).toEqual([]);
      expect(meeting.errors).toEqual([]);
      await meeting.page.close();
    });
  }
});
