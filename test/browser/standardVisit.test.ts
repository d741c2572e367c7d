/**
 * Issue 12, effort: a standard visit through the meeting side panel in ≤ 6 clicks — verbal consent for the session
 * (003 §1.1, §1.3.1), the contingency plan agreed with the callback number confirmed (§3), where the patient is
 * (004), the note filed after the meeting (§1.1, §8.8) from « Mes rencontres ». The clinician's usual consent
 * choices are remembered from her previous visit (recorded through the panel's API, as her panel would) and the
 * team's region is preselected. Every click or selection counts; the count is printed. The record states only what
 * she confirmed: the consent as her usual choices, the plan's two facts, the region she confirmed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator } from "playwright-core";
import { browserTestsEnabled, seriousAxeViolations } from "../support/browser.js";
import { startFakeConnector, type FakeConnector } from "../support/fakeConnector.js";
import { postActivity } from "../support/activities.js";
import { meetingEndActivity } from "../support/meetingActivities.js";
import { startedMeeting as startedMeetingOf } from "../support/startedMeeting.js";
import { TENANT, USERS } from "../support/teamsIds.js";
import { consentEntryOf } from "../../bot/src/domain/consent.js";
import { startTabSession, STAFF, type TabSession } from "./tabSession.js";
import { meetingContext, openInTeams } from "./teamsHost.js";

const MAX_CLICKS = 6;
const CLINICIAN = USERS.clinicien.aadObjectId;

describe.runIf(browserTestsEnabled())("a standard visit through the side panel (browser, effort)", () => {
  let tab: TabSession;
  let connector: FakeConnector;
  let groupId = "";

  /** A meeting of the clinician's that meetingStart opened: its ids and encounter id. */
  const startedMeeting = (minutesAgo: number) =>
    startedMeetingOf(tab.service.url, connector, USERS.clinicien, minutesAgo);

  beforeAll(async () => {
    [tab, connector] = await Promise.all([startTabSession(), startFakeConnector()]);
    ({ groupId } = await tab.installedTeam("GMF des Rivières — visite type", "pilote", STAFF));
    await tab.configure(groupId, (configuration) => ({
      ...configuration,
      corridors: [{ id: "c1", name: "CLSC du quartier", kind: "clsc", contact: "poste 100" }],
      contingency: { ...configuration.contingency, defaultRegionCode: "04" },
    }));
    // Her previous visit: the consent she recorded from her panel is what Balises remembers of her practice.
    const previous = await startedMeeting(120);
    const usual = {
      ...consentEntryOf(undefined),
      ...{ method: "verbal", identityDocumentKind: "ramqCard", limitsExplained: true, inPersonOffer: "declined" },
      ...{ caregivers: "presentWithConsent", interpreterPresent: true, consentRev: 0 },
    };
    const saved = await tab.api("clinicien", "POST", `/api/encounters/${previous.encounterId}/consent`, usual);
    expect(saved.status).toBe(200);
  });
  afterAll(async () => {
    await tab?.stop();
    await connector?.stop();
  });

  it(`takes at most ${MAX_CLICKS} clicks: consent, plan, location in the panel, the note in « Mes rencontres »`, async () => {
    const visit = await startedMeeting(1);
    const context = { frameContext: "sidePanel" as const, theme: "default" as const, ...meetingContext(visit.meeting) };
    const size = { frame: { width: 320, height: 3200 } };
    const { page, frame, errors } = await openInTeams(tab, "/?locale=fr-CA", context, "clinicien", size);
    let clicks = 0;
    const click = async (target: Locator) => {
      clicks += 1;
      await target.click();
    };
    const condition = (id: string, state: string) => frame.locator(`[data-condition="${id}"][data-state="${state}"]`);

    // Her usual choices, each said in full, nothing about the last patient (companions, interpreter) carried over.
    const usual = frame.getByTestId("usual-consent");
    // A preview of choices to confirm: nothing is "obtained" before the clinician records it.
    await usual.getByText("Mode de consentement : Verbal").waitFor();
    await expect(usual.innerText()).resolves.not.toMatch(/aidant|interpr/i);
    await click(usual.getByRole("button", { name: "Confirmer et consigner le consentement" }));
    await condition("consent", "met").waitFor();

    await click(frame.getByRole("button", { name: "Plan convenu — numéro de rappel confirmé" }));
    await condition("contingencyPlan", "met").waitFor();

    const location = frame.getByTestId("location-part");
    await expect(location.getByLabel("Région administrative").inputValue()).resolves.toBe("04");
    await click(location.getByRole("button", { name: "Confirmer : peut parler en toute confidentialité" }));
    await location.getByText(/ : région 04 — Mauricie; peut parler en toute confidentialité : Oui/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    const inPanel = clicks;

    const { encounter } = (await tab.service.services.encounters.get(TENANT, visit.encounterId))!;
    expect(encounter.consents[0]).toMatchObject({
      ...{ method: "verbal", identityDocumentKind: "ramqCard", limitsExplained: true, recordedBy: CLINICIAN },
      ...{ inPersonOffered: true, inPersonAnswer: "declined", caregivers: "none", interpreterPresent: false },
      scope: { session: true, recording: false, informationSharing: false },
    });
    expect(encounter.plan).toMatchObject({ agreedWithPatient: true, phoneVerified: true, emailVerified: false });
    expect(encounter.plan?.emergencyContactConfirmed).toBe(false);
    expect(encounter.location).toMatchObject({ regionCode: "04", confidential: true, recordedBy: CLINICIAN });

    // After the meeting: « Mes rencontres » in the personal tab (opening it is a click in Teams).
    await postActivity(tab.service.url, meetingEndActivity({ ...visit.options, endTime: new Date().toISOString() }));
    await expect
      .poll(async () => tab.service.services.reminders.obligations.get(TENANT, visit.encounterId))
      .toBeTruthy();
    clicks += 1;
    const personal = await tab.open({ view: "personal", persona: "clinicien", locale: "fr-CA" });
    await click(personal.page.getByRole("button", { name: /^Note déposée : rencontre du / }).first());
    await personal.page.getByTestId("notes-filed").getByText("dans le délai", { exact: false }).waitFor();
    const filed = await tab.service.services.reminders.obligations.get(TENANT, visit.encounterId);
    expect(filed?.obligation).toMatchObject({ filedBy: CLINICIAN, filedOnTime: true });

    console.log(
      `Standard visit through the side panel: ${clicks} clicks (${inPanel} in the panel, 1 to open « Mes rencontres », 1 « Note déposée »)`,
    );
    expect(clicks).toBeLessThanOrEqual(MAX_CLICKS);
    expect(personal.errors).toEqual([]);
  });
});
