/**
 * Issue 4 in Chromium against the real API (dev identity): the activity view as a supervisor (their learners,
 * §9.4 flag), a pilot (the team, paging, chart, §11, CSV export) and a clinician (their own, §5/§7 share).
 * axe-core finds no serious or critical violation on any of them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserTestsEnabled, seriousAxeViolations, screenshotForReview } from "../support/browser.js";
import { seedEncounter } from "../api/activityFixtures.js";
import { OID } from "../api/apiClient.js";
import { DEV_TENANT_ID } from "../../bot/src/auth/devIdentityProvider.js";
import { startTabSession, visibleObjectIds, type TabSession } from "./tabSession.js";

describe.runIf(browserTestsEnabled())("activity view (browser)", () => {
  let tab: TabSession;
  let team = "";
  let bigTeam = "";
  const learners = (t: string) => `/api/teams/${t}/learners`;

  beforeAll(async () => {
    tab = await startTabSession();
    const s = tab.service.services;
    team = (await tab.installedTeam("GMF des Rivières — Activité")).groupId;
    bigTeam = (await tab.installedTeam("CLSC Rosemont — Activité")).groupId;
    expect(
      (
        await tab.api("pilote", "POST", learners(team), {
          oid: OID.resident,
          role: "resident",
          supervisors: [OID.superviseur],
          trainingSite: "GMF-U Laval",
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await tab.api("pilote", "POST", learners(team), {
          oid: OID.etudiant,
          role: "medicalStudent",
          supervisors: [OID.superviseur],
          trainingSite: "GMF-U Laval",
        })
      ).status,
    ).toBe(201);
    const base = { tenantId: DEV_TENANT_ID, teamKey: team };
    await seedEncounter(s, {
      ...base,
      organizerId: OID.clinicien!,
      startedAt: "2026-03-02T14:00:00.000Z",
      consent: "verbal",
      plan: true,
      noteFiledAfterMinutes: 30,
    });
    await seedEncounter(s, {
      ...base,
      organizerId: OID.clinicien!,
      startedAt: "2026-03-03T14:00:00.000Z",
      consent: "written",
      consentComplete: false,
      noteFiledAfterMinutes: 26 * 60,
      newPatientVulnerable: true,
    });
    const led = await seedEncounter(s, {
      ...base,
      organizerId: OID.superviseur!,
      startedAt: "2026-03-10T14:00:00.000Z",
      plan: true,
    });
    expect(
      (await tab.api("superviseur", "PUT", `/api/encounters/${led}/learners/${OID.resident}`, { participation: "led" }))
        .status,
    ).toBe(200);
    for (let i = 0; i < 55; i++) {
      await seedEncounter(s, {
        tenantId: DEV_TENANT_ID,
        teamKey: bigTeam,
        organizerId: i % 2 ? OID.clinicien! : OID.pilote!,
        startedAt: new Date(Date.UTC(2026, 2, 1 + (i % 28), 13, i)).toISOString(),
        consent: "verbal",
        plan: i % 3 === 0,
      });
    }
  });
  afterAll(() => tab?.stop());

  async function openActivity(persona: string, teamKey = team): Promise<{ page: Page; errors: string[] }> {
    const opened = await tab.open({ team: teamKey, persona, view: "activity", locale: "fr-CA" });
    await opened.page.getByTestId("activity-page").waitFor();
    await opened.page.getByLabel("Du", { exact: true }).fill("2026-03-01");
    await opened.page.getByLabel("Au (inclus)").fill("2026-03-31");
    await opened.page.getByTestId("activity-summary").waitFor();
    return opened;
  }
  const metric = (page: Page, key: string) => page.locator(`[data-metric="${key}"] p`).first().textContent();
  const expectAccessible = async (page: Page) => expect(await seriousAxeViolations(page)).toEqual([]);

  it("a supervisor sees their learners' encounters with the §9.4 flag, and nothing else", async () => {
    const { page, errors } = await openActivity("superviseur");
    await expect(page.getByTestId("activity-view").inputValue()).resolves.toBe("learners");
    await page.getByTestId("activity-table").waitFor();
    await expect(metric(page, "encounters")).resolves.toBe("1");
    const rows = page.getByTestId("activity-table").locator("tbody tr");
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().textContent()).resolves.toContain("Dre Rosalie Côté — Résident ou résidente, a mené");
    await expect(rows.first().textContent()).resolves.toContain("Dr Jean Gagnon (vous)");
    await expect(page.getByTestId("row-flags").textContent()).resolves.toContain(
      "sans la désignation de compétence en télésanté requise des résidents et moniteurs (Orientations MSSS §9.4)",
    );
    await expect(page.getByRole("tab", { name: "Apprenants" }).count()).resolves.toBe(1);
    await expect(page.getByRole("option", { name: "Toute l'équipe" }).count()).resolves.toBe(0);
    await screenshotForReview(page, "activity-supervisor");
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a pilot sees the team a page at a time, the chart, the §11 reminder, and exports CSV", async () => {
    const { page, errors } = await openActivity("pilote", bigTeam);
    await expect(page.getByTestId("activity-view").inputValue()).resolves.toBe("team");
    await page.getByTestId("activity-table").waitFor();
    await expect(metric(page, "encounters")).resolves.toBe("55");
    const rows = page.getByTestId("activity-table").locator("tbody tr");
    await expect(rows.count()).resolves.toBe(50);
    await page.getByRole("button", { name: "Afficher plus de rencontres" }).click();
    await expect.poll(() => rows.count()).toBe(55);
    await expect(page.getByRole("button", { name: "Afficher plus de rencontres" }).count()).resolves.toBe(0);
    await expect(page.getByTestId("activity-chart").locator("rect").count()).resolves.toBeGreaterThan(3);
    // Its axis reads as dates (« 26 oct. », or the month « oct. »), never "10-26".
    const labels = await page.getByTestId("activity-chart").locator("text").allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^(\d{1,2} )?[a-zéû]{3,5}\.?$/);
    await expect(page.getByTestId("evaluation-status").textContent()).resolves.toContain("§11");
    // Regulation art. 1: 55 consents, a plan every third encounter; the team has no corridor (003 §4).
    const conditions = page.getByTestId("regulation-counts");
    await expect(conditions.locator('[data-condition="consent"]').textContent()).resolves.toBe(
      "1. La personne consent : 55",
    );
    await expect(conditions.locator('[data-condition="contingencyPlan"]').textContent()).resolves.toBe(
      "3. Plan de contingence élaboré : 19",
    );
    await expect(conditions.locator('[data-condition="inPersonFollowUp"]').textContent()).resolves.toContain(": 0");
    await expectAccessible(page);

    const download = page.waitForEvent("download");
    // The service writes the file, and logs who took it (test/api/accessLog.test.ts).
    const fromService = page.waitForRequest((r) => r.url().includes("/activity/export.csv?"));
    await page.getByTestId("activity-export").click();
    expect(new URL((await fromService).url()).searchParams.get("locale")).toBe("fr-CA");
    // The shared Chromium is reached remotely: the download is streamed back rather than read from its path.
    const stream = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const lines = Buffer.concat(chunks)
      .toString("utf8")
      .replace(/^\ufeff/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toMatch(/^Date;Début \(heure du Québec\);Modalité/);
    expect(lines).toHaveLength(56);
    // The same file as the API's export: clinicians by name, through the same csvLine and people map.
    expect(lines.slice(1).join("\n")).toContain("Dre Camille Roy");
    expect(lines.slice(1).join("\n")).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    const api = await fetch(
      `${tab.service.url}/api/teams/${bigTeam}/activity/export.csv?view=team&from=2026-03-01&to=2026-03-31&locale=fr-CA`,
      { headers: { authorization: `Bearer ${await tab.tokenFor("pilote")}` } },
    );
    expect(api.status).toBe(200);
    // Line for line, in the same order.
    expect(
      (await api.text())
        .replace(/^\ufeff/, "")
        .trim()
        .split("\r\n"),
    ).toEqual(lines);
    expect(await visibleObjectIds(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a clinician sees their own encounters (note late, §2.3 follow-up) and their §5/§7 share", async () => {
    const { page, errors } = await openActivity("clinicien");
    await expect(page.getByTestId("activity-view").count()).resolves.toBe(0);
    await expect(page.getByRole("tab", { name: "Apprenants" }).count()).resolves.toBe(0);
    await page.getByTestId("activity-table").waitFor();
    const rows = page.getByTestId("activity-table").locator("tbody tr");
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.nth(1).locator("[data-note]").getAttribute("data-note")).resolves.toBe("late");
    await expect(rows.nth(1).textContent()).resolves.toContain("au plus tard le 3 avril 2026");
    // A consent noted with gaps is recorded, and said to be incomplete (003 §1.1–§1.3), never "not recorded".
    await expect(rows.nth(1).textContent()).resolves.toContain("écrit, incomplet");
    await expect(rows.nth(0).textContent()).resolves.not.toContain("incomplet");

    const share = page.getByTestId("share-panel");
    await share.getByLabel("Période (AAAA ou AAAA-MM)").fill("2026");
    await share.getByLabel("Activités en présentiel pour la période").fill("0");
    await share.getByRole("button", { name: "Enregistrer" }).click();
    await expect.poll(() => page.getByTestId("share-status").getAttribute("data-status")).toBe("telehealthOnly");
    await expect(page.getByTestId("share-status").textContent()).resolves.toContain("uniquement en télésanté");
    // 29 telehealth encounters in 2026 (2 here, 27 in the other team) against 50 in person: 37 %.
    await share.getByLabel("Activités en présentiel pour la période").fill("50");
    await share.getByRole("button", { name: "Enregistrer" }).click();
    await expect.poll(() => page.getByTestId("share-status").getAttribute("data-status")).toBe("withinReference");
    // A month's share is information: §5's reference is yearly.
    await share.getByLabel("Période (AAAA ou AAAA-MM)").fill("2026-03");
    // The month is loaded (nothing entered for it yet) before its count is typed.
    await expect.poll(() => page.getByTestId("share-status").getAttribute("data-status")).toBe("unknown");
    await share.getByLabel("Activités en présentiel pour la période").fill("0");
    await share.getByRole("button", { name: "Enregistrer" }).click();
    await expect.poll(() => page.getByTestId("share-status").getAttribute("data-status")).toBe("monthShare");
    await expect(page.getByTestId("share-status").textContent()).resolves.toContain(
      "porte sur leurs activités annuelles",
    );
    await share.getByLabel("Période (AAAA ou AAAA-MM)").fill("2026");
    await expect.poll(() => page.getByTestId("share-status").getAttribute("data-status")).toBe("withinReference");
    await screenshotForReview(page, "activity-clinician");
    await expectAccessible(page);

    // A period to correct: said at its field, and the results below are said to be the previous period's.
    const from = page.getByLabel("Du", { exact: true });
    const applied = await from.inputValue();
    await from.fill("");
    await page.getByText("Indiquez une date.").waitFor();
    await expect(page.getByTestId("activity-stale").textContent()).resolves.toMatch(
      /^Période à corriger : les résultats ci-dessous sont encore ceux du .+ au .+\.$/,
    );
    // Both dates missing: each field says so.
    const to = page.getByLabel("Au (inclus)", { exact: true });
    const appliedTo = await to.inputValue();
    await to.fill("");
    await expect.poll(() => page.getByText("Indiquez une date.").count()).toBe(2);
    await to.fill(appliedTo);
    await from.fill(applied);
    await page.getByTestId("activity-stale").waitFor({ state: "detached" });
    expect(errors).toEqual([]);
    await page.close();
  });
});
