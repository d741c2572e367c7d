/**
 * Issue 12 in Chromium: « Mes rencontres » on the personal tab (`?view=personal`), over encounters the service
 * really holds — closed through the encounter lifecycle, which opens their note obligations as a meeting's
 * end does (003 §1.1, §8.8), a §2.3 new patient, a student's recorded part (§9.3). The clinician sees her
 * open and overdue notes with their deadlines, asks to be reminded of one and files it, which moves it to
 * « Notes déposées » for good (its reminders cancelled); the student sees their own part and observations. No
 * serious axe violation in the light, dark and high-contrast themes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserTestsEnabled, COLOUR_RULES, seriousAxeViolations, screenshotForReview } from "../support/browser.js";
import { TEAM_G, TENANT, USERS } from "../support/teamsIds.js";
import { newPrivateMeeting, seedEncounter } from "../api/activityFixtures.js";
import { registerLearner } from "../../bot/src/domain/learners.js";
import { setParticipation } from "../../bot/src/domain/supervision.js";
import { appliedTheme, startTabSession, visibleObjectIds, type TabSession } from "./tabSession.js";

const HOUR_MS = 3_600_000;
const CLINICIAN = USERS.clinicien.aadObjectId;

describe.runIf(browserTestsEnabled())("« Mes rencontres » on the personal tab (browser)", () => {
  let tab: TabSession;
  type Note = Awaited<ReturnType<typeof closedEncounter>>;
  const notes: { open?: Note; overdue?: Note } = {};

  /** A private meeting of the clinician's, ended `endedHoursAgo` ago: closing it opens its note obligation. */
  async function closedEncounter(endedHoursAgo: number) {
    const { chatId, meetingId } = newPrivateMeeting();
    const lifecycle = tab.service.services.encounterLifecycle;
    const endedAt = new Date(Date.now() - endedHoursAgo * HOUR_MS);
    const startedAt = new Date(endedAt.getTime() - 0.5 * HOUR_MS).toISOString();
    const { encounter } = await lifecycle.open({
      ...{ tenantId: TENANT, meetingId, conversationId: chatId, startedAt, organizerId: CLINICIAN },
      ...{ teamKey: TEAM_G.groupId, teamSource: "onlyTeam" },
    });
    await lifecycle.close({
      tenantId: TENANT,
      encounterId: encounter.id,
      endedAt: endedAt.toISOString(),
      closedBy: "clinician",
    });
    const o = (await tab.service.services.reminders.obligations.get(TENANT, encounter.id))!.obligation;
    return { encounterId: encounter.id, chatId, deadline: o.deadline };
  }

  /** A supervisor's encounter in which the student observed (§9.3), recorded on the encounter. */
  async function observedByStudent() {
    const at = new Date(Date.now() - 48 * HOUR_MS).toISOString();
    const id = await seedEncounter(tab.service.services, {
      tenantId: TENANT,
      teamKey: TEAM_G.groupId,
      organizerId: USERS.superviseur.aadObjectId,
      startedAt: at,
      noteFiledAfterMinutes: 15,
    });
    await tab.service.services.encounters.update(TENANT, id, (e) => {
      const part = {
        learnerId: USERS.etudiant.aadObjectId,
        role: "medicalStudent" as const,
        participation: "observed" as const,
      };
      const learners = setParticipation(e.learners ?? [], {
        ...part,
        atTrainingSite: true,
        recordedBy: USERS.superviseur.aadObjectId,
        recordedAt: at,
      });
      return learners === "tooMany" ? e : { ...e, learners };
    });
  }

  beforeAll(async () => {
    tab = await startTabSession();
    await tab.seed(TEAM_G, [USERS.pilote, USERS.clinicien, USERS.superviseur, USERS.etudiant]);
    notes.open = await closedEncounter(1);
    notes.overdue = await closedEncounter(30);
    await seedEncounter(tab.service.services, {
      tenantId: TENANT,
      teamKey: TEAM_G.groupId,
      organizerId: CLINICIAN,
      startedAt: new Date(Date.now() - 40 * 24 * HOUR_MS).toISOString(),
      newPatientVulnerable: true,
      noteFiledAfterMinutes: 20,
    });
    await tab.service.services.learners.create(
      TENANT,
      registerLearner(
        TEAM_G.groupId,
        {
          oid: USERS.etudiant.aadObjectId,
          role: "medicalStudent",
          supervisors: [USERS.superviseur.aadObjectId],
          trainingSite: "GMF-U des Rivières",
        },
        USERS.pilote.aadObjectId,
        new Date().toISOString(),
      ),
    );
    await observedByStudent();
  });
  afterAll(() => tab?.stop());

  /** Text as the page shows it, its narrow and no-break spaces as plain ones. */
  const plain = (text: string) => text.replace(/[\u00a0\u202f\s]+/g, " ").trim();
  const quebec = (iso: string) =>
    plain(
      new Intl.DateTimeFormat("fr-CA", {
        dateStyle: "medium",
        timeStyle: "short",
        timeZone: "America/Montreal",
      }).format(new Date(iso)),
    );
  const owedRows = (page: Page) => page.getByTestId("notes-owed").locator("tbody tr");

  for (const theme of ["light", "dark", "contrast"] as const) {
    it(`has no serious axe violation with open and overdue notes, follow-ups and their actions (${theme})`, async () => {
      const rules = theme === "light" ? undefined : COLOUR_RULES;
      const { page, errors } = await tab.open({ view: "personal", persona: "clinicien", locale: "fr-CA", theme });
      await expect(appliedTheme(page)).resolves.toBe(theme);
      await owedRows(page).first().waitFor();
      await page.getByTestId("follow-ups-due").locator("tbody tr").first().waitFor();
      await screenshotForReview(page, `my-encounters-${theme}`);
      expect(await seriousAxeViolations(page, rules)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("shows the open and the overdue note with their deadlines; « Note déposée » moves one to the filed notes", async () => {
    const { page, errors } = await tab.open({ view: "personal", persona: "clinicien", locale: "fr-CA" });
    const rows = owedRows(page);
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(2);
    const openRow = rows.nth(1);
    const [overdueText, openText] = [plain(await rows.nth(0).innerText()), plain(await openRow.innerText())];
    expect(overdueText).toContain(`${quebec(notes.overdue!.deadline)} — en retard`);
    expect(openText).toContain(`${quebec(notes.open!.deadline)} — à déposer`);
    expect(openText).toContain(TEAM_G.name);
    const link = openRow.getByRole("link", { name: /^Ouvrir dans Teams la conversation de la rencontre du / });
    await expect(link.getAttribute("href")).resolves.toBe(
      `https://teams.microsoft.com/l/chat/${encodeURIComponent(notes.open!.chatId)}/conversations`,
    );
    const followUps = page.getByTestId("follow-ups-due");
    await expect(followUps.locator("tbody tr").first().innerText()).resolves.toContain("en retard");

    await openRow.getByRole("button", { name: /^Me le rappeler plus tard : note de la rencontre du / }).click();
    await page.getByText(/^Rappel de la note du .* vers .*, dans votre conversation avec Balises\.$/).waitFor();
    const jobs = await tab.service.services.reminders.notes.jobsOf(TENANT, notes.open!.encounterId);
    expect(jobs.filter((j) => j.kind === "snooze").map((j) => j.state)).toEqual(["scheduled"]);

    const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    const overdueDate = plain(await rows.nth(0).locator("td").first().innerText());
    await openRow.getByRole("button", { name: /^Note déposée : rencontre du / }).focus();
    await page.keyboard.press("Enter");
    const filed = page.getByTestId("notes-filed");
    await filed.getByText("dans le délai", { exact: false }).waitFor();
    await expect.poll(() => rows.count()).toBe(1);
    // WCAG 2.4.3: the row is gone with its button; the focus goes to the note left, not to the top of the page.
    await expect
      .poll(async () => plain((await focusedLabel()) ?? ""))
      .toBe(`Note déposée : rencontre du ${overdueDate}`);
    const stored = await tab.service.services.reminders.obligations.get(TENANT, notes.open!.encounterId);
    expect(stored?.obligation).toMatchObject({ filedBy: CLINICIAN, filedOnTime: true });
    const after = await tab.service.services.reminders.notes.jobsOf(TENANT, notes.open!.encounterId);
    const reminders = after.filter((j) => ["reminder", "snooze", "overdue"].includes(j.kind));
    expect(reminders.length).toBeGreaterThanOrEqual(2);
    expect(reminders.map((j) => j.state)).toEqual(reminders.map(() => "cancelled"));
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.reload();
    await owedRows(page).first().waitFor();
    await expect(owedRows(page).count()).resolves.toBe(1);
    expect(plain(await owedRows(page).first().innerText())).toContain("en retard");
    expect(await visibleObjectIds(page)).toEqual([]);

    // The last note owed, filed from the keyboard: the focus goes to « Notes déposées », which now lists it.
    await owedRows(page)
      .first()
      .getByRole("button", { name: /^Note déposée : rencontre du / })
      .focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("notes-filed").getByText("après l'échéance", { exact: false }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Notes déposées");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a student their own part, by whom, and their observations against the team's threshold", async () => {
    const { page, errors } = await tab.open({ view: "personal", persona: "etudiant", locale: "en" });
    const learning = page.getByTestId("my-learning");
    await learning.locator("tbody tr").first().waitFor();
    const row = plain(await learning.locator("tbody tr").first().innerText());
    expect(row).toContain("Observed");
    expect(row).toContain(USERS.superviseur.name);
    const standing = plain(await page.getByTestId("my-standings").innerText());
    expect(standing).toContain(`${TEAM_G.name} — Medical student: 1 teleconsultation observed.`);
    expect(standing).toContain("observe 3 teleconsultations before leading one under observation — not met.");
    await page.getByTestId("notes-owed").getByText("No note to file.").waitFor();
    // One team: no choice to make, and the page says which team the private meetings go to.
    await page
      .getByTestId("only-team")
      .getByText(`Your private meetings go to your only team where Balises is installed: ${TEAM_G.name}.`)
      .waitFor();
    await screenshotForReview(page, "my-encounters-student");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await visibleObjectIds(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("« Record as offered » records the past-due follow-up as offered (§2.3), from the keyboard; « Unmark as offered » takes it back", async () => {
    const { page, errors } = await tab.open({ view: "personal", persona: "clinicien", locale: "en" });
    const row = page.getByTestId("follow-ups-due").locator("tbody tr").first();
    await row.waitFor();
    expect(plain(await row.innerText())).toContain("past due");

    await row.getByRole("button", { name: /^Record as offered the in-person follow-up of the encounter of / }).focus();
    await page.keyboard.press("Enter");
    await page.getByText(/^In-person follow-up of the encounter of .* recorded as offered\.$/).waitFor();
    // WCAG 2.4.3: the focus stays on the row's button, now the one that takes the record back.
    await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toMatch(
      /^Unmark as offered the in-person follow-up of the encounter of /,
    );
    const today = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "America/Montreal" }).format(new Date());
    expect(plain(await row.innerText())).toContain(`recorded as offered on ${today}`);
    expect(plain(await row.innerText())).not.toContain("past due");
    await screenshotForReview(page, "my-encounters-follow-up-offered");
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Stored: read again, it is still offered, listed after any still to offer.
    await page.reload();
    const reread = page.getByTestId("follow-ups-due").locator("tbody tr").last();
    await reread.waitFor();
    expect(plain(await reread.innerText())).toContain(`recorded as offered on ${today}`);
    await reread.getByRole("button", { name: /^Unmark as offered the in-person follow-up of / }).click();
    await page
      .getByText(/^The in-person follow-up of the encounter of .* is no longer recorded as offered\.$/)
      .waitFor();
    expect(plain(await reread.innerText())).toContain("past due");
    expect(await visibleObjectIds(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
