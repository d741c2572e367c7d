/**
 * Issue 12: the meeting flow clicked through the Agents Playground's own web UI in Chromium, as a newcomer
 * would after `npm start` and `npm run playground`. The Playground renders no user-specific views, so the
 * organiser reaches her view with the shared cards' visible « Ouvrir ma vue clinicien » button; she records
 * verbal consent, then reports the connection lost, and the meeting ends. Screenshots of each step are left in
 * /tmp/balises-playground-*.png for a human eye. Playground clicks carry its en-US locale: her views are English.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startTestService, type TestService } from "../support/service.js";
import {
  PLAYGROUND_MEETING_CHAT,
  playgroundMeetingEvent,
  startPlayground,
  type RunningPlayground,
} from "../support/playground.js";
import { browserTestsEnabled, launchBrowser, screenshotForReview, type TestBrowser } from "../support/browser.js";
import { DEMO_TENANT_ID, demoPersona } from "../../bot/src/dev/demoTeam.js";
import { seedDemoTeam } from "../../bot/src/dev/seedDemoTeam.js";

const START = "2026-11-23T15:00:00.000Z";

describe.runIf(browserTestsEnabled())("the meeting flow clicked in the Agents Playground's web UI", () => {
  let service: TestService;
  let playground: RunningPlayground;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    service = await startTestService({
      DEV_MEETING_ORGANIZER: demoPersona("clinicien").oid,
      DEV_IDENTITY: "on",
      SEED_DEMO: "on",
    });
    await seedDemoTeam(service.services);
    playground = await startPlayground(service.url);
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await service?.stop();
  });

  const encounterNow = async (id: string) => (await service.services.encounters.get(DEMO_TENANT_ID, id))?.encounter;
  const shot = (name: string) => screenshotForReview(page, `playground-${name}`);

  it("the organiser opens her view from the card's button, records consent, reports the connection lost and a crisis; the meeting ends", async () => {
    await page.goto(playground.url);
    await page.getByText("Rencontre de télésanté (démo)").first().click();
    await playground.send(
      PLAYGROUND_MEETING_CHAT,
      playgroundMeetingEvent("application/vnd.microsoft.meetingStart", { StartTime: START }),
    );
    const openButtons = page.getByRole("button", { name: "Ouvrir ma vue clinicien" });
    await expect.poll(() => openButtons.count(), { timeout: 20_000 }).toBe(2);
    await shot("1-cards");
    const consentCard = await playground.waitFor((m) => JSON.stringify(m.message ?? {}).includes("consent.open"));
    const encounterId = /"encounterId":"([^"]+)"/.exec(JSON.stringify(consentCard.message))![1]!;

    await openButtons.first().click();
    const method = page.getByRole("combobox", { name: /How consent was given/ });
    await method.waitFor();
    await shot("2-consent-view");
    await method.click();
    await page.getByRole("option", { name: "Verbal" }).click();
    const consentUpdates = () =>
      playground.received.filter(
        (m) => m.action === "updateMessage" && JSON.stringify(m.message ?? {}).includes("consent.open"),
      ).length;
    const consentUpdatesBefore = consentUpdates();
    await page.getByRole("button", { name: "Record consent" }).click();
    await expect.poll(async () => (await encounterNow(encounterId))?.consents.length, { timeout: 20_000 }).toBe(1);
    expect((await encounterNow(encounterId))?.consents[0]).toMatchObject({ method: "verbal" });
    await shot("3-consent-recorded");
    // The withdrawal is asked first, on the card itself: its button only shows the question. Everyone's consent
    // card is updated after the click, which replaces her view: she opens it again once that update is in.
    await expect.poll(consentUpdates, { timeout: 20_000 }).toBeGreaterThan(consentUpdatesBefore);
    await page.getByRole("button", { name: "Ouvrir ma vue clinicien" }).first().click();
    await page.getByRole("button", { name: "The person withdraws consent" }).click();
    await page.getByText("Record that consent is withdrawn? Telehealth stops").waitFor();
    await page.getByRole("button", { name: "Record the withdrawal" }).waitFor();
    await shot("3b-withdrawal-asked");
    expect((await encounterNow(encounterId))?.consents[0]?.withdrawnAt).toBeUndefined();

    // Her consent view is open: the plan's button is the last one left.
    await page.getByRole("button", { name: "Ouvrir ma vue clinicien" }).last().click();
    const planUpdates = () =>
      playground.received.filter(
        (m) => m.action === "updateMessage" && JSON.stringify(m.message ?? {}).includes("contingency.open"),
      ).length;
    const planUpdatesBefore = planUpdates();
    await page.getByRole("button", { name: "Connection lost" }).click();
    await expect.poll(async () => (await encounterNow(encounterId))?.incidents.length, { timeout: 20_000 }).toBe(1);
    await page.getByText("Connexion perdue : que faire").first().waitFor({ timeout: 20_000 });
    await shot("4-connection-lost");

    // Issue 13's crisis action from the plan's clinician view: everyone's plan card is updated after the connection
    // loss (after the steps' post), which replaces her view, so she opens it again once that update is in. The steps
    // answer her alone, then the resources are posted for the patient.
    await expect.poll(planUpdates, { timeout: 20_000 }).toBeGreaterThan(planUpdatesBefore);
    await page.getByRole("button", { name: "Ouvrir ma vue clinicien" }).last().click();
    await page.getByRole("button", { name: "Crisis" }).last().click();
    await page.getByText("Crisis: the steps (only you see this view)").first().waitFor({ timeout: 20_000 });
    await expect.poll(async () => (await encounterNow(encounterId))?.incidents.length, { timeout: 20_000 }).toBe(2);
    await shot("4b-crisis-steps");
    await page.getByRole("button", { name: "Post the resources in the chat" }).click();
    await page
      .getByText(/Ressources en cas d'urgence ou de détresse|Resources in an emergency or in distress/)
      .first()
      .waitFor({ timeout: 20_000 });
    await shot("4c-crisis-resources");

    await playground.send(
      PLAYGROUND_MEETING_CHAT,
      playgroundMeetingEvent("application/vnd.microsoft.meetingEnd", { EndTime: "2026-11-23T15:40:00.000Z" }),
    );
    await expect.poll(async () => (await encounterNow(encounterId))?.status, { timeout: 20_000 }).toBe("closed");
    await shot("5-ended");
  }, 120_000);
});
