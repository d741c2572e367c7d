/**
 * The meeting side panel as the clinician's control surface (issue 12), at 320 px in the Teams stand-in (frame
 * context sidePanel, the SSO token from teams-js), on a real encounter: a meeting starts through the bot endpoint
 * (meetingStart; its cards land in the fake connector). The organiser records consent, answers condition 2, agrees
 * the plan, confirms the location and marks a vulnerable new patient, and sees the four conditions met; the chat's
 * consent card follows. A co-organiser's panel says how to be recorded until they switch to phone from the plan
 * card: both panels show it at their next poll. Then one's change reaches the other at a poll, and a change the
 * other made on the older state is refused with the conflict bar and the current state. Last, a learner's part, the
 * learner chosen by name from the team's roster. Axe in light (every rule), dark and high contrast (colour rules).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Frame } from "playwright-core";
import { browserTestsEnabled, COLOUR_RULES, seriousAxeViolations, screenshotForReview } from "../support/browser.js";
import { startFakeConnector, type FakeConnector, type RecordedActivity } from "../support/fakeConnector.js";
import { postActivity } from "../support/activities.js";
import { meetingInvokeActivity, meetingStartActivity } from "../support/meetingActivities.js";
import { TENANT, USERS } from "../support/teamsIds.js";
import { newPrivateMeeting } from "../api/activityFixtures.js";
import { NAME, OID } from "../api/apiClient.js";
import { encounterIdFor } from "../../bot/src/domain/encounter.js";
import { ENCOUNTER_POLL_MS } from "../../tab/src/hooks/encounterPoll.js";
import { startTabSession, STAFF, visibleObjectIds, type TabSession } from "./tabSession.js";
import { meetingContext, openInTeams, type HostedTab } from "./teamsHost.js";

const MEETING = newPrivateMeeting();
const START = new Date(Date.now() - 60_000).toISOString();
const encounterId = encounterIdFor(MEETING.meetingId, START);
const MEETING_IDS = { meetingId: MEETING.meetingId, conversationId: MEETING.chatId, tenantId: TENANT };
/** A change made in one place shows in another panel within a poll (and the time the answer takes). */
const WITHIN_A_POLL = { timeout: ENCOUNTER_POLL_MS * 2 + 4_000 };

type Card = Record<string, unknown>;
const text = (x: unknown) => JSON.stringify(x);
const cardOf = (a: RecordedActivity) => (a.body.attachments as Array<{ content: Card }> | undefined)?.[0]?.content;
const condition = (frame: Frame, id: string, state: string) =>
  frame.locator(`[data-condition="${id}"][data-state="${state}"]`).waitFor();

describe.runIf(browserTestsEnabled())("the meeting side panel at 320 px (browser, Teams stand-in)", () => {
  let tab: TabSession;
  let connector: FakeConnector;
  const opened: HostedTab[] = [];
  const panel = async (persona: string, theme: "default" | "dark" | "contrast") => {
    const hosted = await openInTeams(
      tab,
      "/?locale=fr-CA",
      { frameContext: "sidePanel", theme, ...meetingContext(MEETING) },
      persona,
      { frame: { width: 320, height: 3200 } },
    );
    opened.push(hosted);
    await hosted.frame.getByTestId("encounter-panel").locator("p, [role=alert], [data-testid]").first().waitFor();
    return hosted;
  };

  beforeAll(async () => {
    [tab, connector] = await Promise.all([startTabSession(), startFakeConnector()]);
    const team = await tab.installedTeam("GMF des Rivières — panneau latéral", "pilote", STAFF);
    const resident = { oid: OID.resident, role: "resident", supervisors: [OID.superviseur], trainingSite: "GMF-U" };
    expect((await tab.api("pilote", "POST", `/api/teams/${team.groupId}/learners`, resident)).status).toBe(201);
    const student = {
      oid: OID.etudiant,
      role: "medicalStudent",
      supervisors: [OID.superviseur],
      trainingSite: "GMF-U",
    };
    expect((await tab.api("pilote", "POST", `/api/teams/${team.groupId}/learners`, student)).status).toBe(201);
    // A valid in-person corridor (§4): condition 4 can be met.
    await tab.configure(team.groupId, (configuration) => ({
      ...configuration,
      corridors: [{ id: "c1", name: "CLSC du quartier", kind: "clsc", contact: "poste 100" }],
    }));
    connector.meetings.set(MEETING.meetingId, {
      details: { id: MEETING.meetingId, scheduledStartTime: START, type: "Scheduled" },
      conversation: { id: MEETING.chatId },
      organizer: { id: USERS.clinicien.id, aadObjectId: USERS.clinicien.aadObjectId, tenantId: TENANT },
    });
    // The supervisor co-organises the meeting: Teams gives them the organiser's role.
    connector.participants.set(MEETING.meetingId, new Map([[USERS.superviseur.aadObjectId, "Organizer"]]));
    await postActivity(
      tab.service.url,
      meetingStartActivity({
        ...MEETING_IDS,
        serviceUrl: connector.serviceUrl,
        user: USERS.clinicien,
        startTime: START,
      }),
    );
  });
  afterAll(async () => {
    await tab?.stop();
    await connector?.stop();
  });

  it(
    "lets the organiser run a standard visit from the panel and see the four conditions met",
    { timeout: 60_000 },
    async () => {
      const { page, frame, errors } = await panel("clinicien", "default");
      for (const id of ["consent", "contingencyPlan"]) await condition(frame, id, "notMet");
      await condition(frame, "noPhysicalPresence", "toConfirm");

      const consent = frame.getByTestId("consent-part");
      // Sent with nothing chosen: refused at its fields, and the panel says that nothing was recorded.
      await consent.getByRole("button", { name: "Consigner le consentement" }).click();
      await consent
        .getByRole("alert")
        .getByText("Rien n'a été consigné : corrigez ce qui est indiqué ci-dessus.")
        .waitFor();
      await consent
        .getByText(/^Choisissez le mode de consentement \(verbal, écrit ou réponse par courriel\)/)
        .waitFor();
      await condition(frame, "consent", "notMet");
      await consent.getByRole("radio", { name: "Verbal" }).check();
      await consent.getByRole("radio", { name: "Carte d'assurance maladie (RAMQ)" }).check();
      await consent.getByRole("checkbox", { name: /^Limites expliquées/ }).check();
      await consent.getByRole("radio", { name: "Offert : la personne choisit la télésanté" }).check();
      await consent.getByRole("button", { name: "Consigner le consentement" }).click();
      await condition(frame, "consent", "met");
      // The chat's consent card follows, for everyone.
      await connector.waitForActivity(
        (a) =>
          a.method === "PUT" && a.conversationId === MEETING.chatId && text(cardOf(a)).includes("Consentement noté le"),
      );
      // A withdrawal is asked first (the chat's card would say so at once); « Ne pas consigner » records nothing.
      const withdraw = consent.getByRole("button", { name: "La personne retire son consentement" });
      await withdraw.click();
      const asked = frame.getByTestId("consent-withdraw-confirm");
      await asked
        .getByText(
          "Consigner le retrait du consentement? La télésanté s'arrête et la carte de la rencontre, dans la conversation, l'indique à tous.",
        )
        .waitFor();
      const keep = asked.getByRole("button", { name: "Ne pas consigner" });
      await expect(keep.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
      await keep.click();
      await expect(asked.count()).resolves.toBe(0);
      await expect(withdraw.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
      await expect(consent.getByTestId("consent-status").textContent()).resolves.toMatch(/^✓ Consigné le /);

      await frame.getByRole("radio", { name: "Non : le service peut se faire à distance" }).check();
      await condition(frame, "noPhysicalPresence", "met");

      const plan = frame.getByTestId("plan-part");
      await plan.getByText(/rappel après \d+ minutes \(configuration de l'équipe\)\.$/).waitFor();
      // The one-click plan says what it leaves as recorded, in the same words as the clinician's card (003 §3).
      await plan
        .getByText(/^Un clic consigne ces deux faits.*Les autres cases restent telles que consignées\.$/)
        .waitFor();
      await plan.getByRole("checkbox", { name: "Numéro de téléphone confirmé avec la personne" }).check();
      await plan.getByRole("checkbox", { name: "Plan convenu avec la personne" }).check();
      await plan.getByRole("button", { name: "Consigner le plan" }).click();
      await condition(frame, "contingencyPlan", "met");
      // 003 §3: once recorded, the delay is the plan's.
      await plan.getByText(/rappel après \d+ minutes \(consigné au plan\)\.$/).waitFor();
      // WCAG 2.4.3: the button keeps the keyboard focus while the plan is saved, and after.
      await expect(frame.locator("body").evaluate(() => document.activeElement?.textContent)).resolves.toBe(
        "Consigner le plan",
      );

      const location = frame.getByTestId("location-part");
      await location.getByLabel("Région administrative").selectOption("04");
      await location.getByRole("button", { name: "Confirmer : peut parler en toute confidentialité" }).click();
      await location.getByText(/ : région 04 — Mauricie; peut parler en toute confidentialité : Oui/).waitFor();

      await frame.getByRole("radio", { name: "Oui, nouveau patient vulnérable" }).check();
      await frame.getByTestId("follow-up-due").waitFor();
      for (const id of ["consent", "noPhysicalPresence", "contingencyPlan", "inPersonFollowUp"])
        await condition(frame, id, "met");
      // §2.3: the follow-up offered, said from the panel, is recorded on the encounter.
      const offered = frame.getByRole("checkbox", { name: "Suivi en présentiel offert" });
      // The panel is read again (without If-None-Match) once the change is saved: meanwhile the box shows the answer
      // given, never the record's old one.
      const whileReadAgain: boolean[] = [];
      const encounterRead = /\/api\/meetings\/[^/]+\/encounter$/;
      await page.route(encounterRead, async (route) => {
        if (!route.request().headers()["if-none-match"]) whileReadAgain.push(await offered.isChecked());
        await route.continue();
      });
      await offered.focus();
      await page.keyboard.press("Space");
      await frame
        .getByTestId("follow-up-offered")
        .getByText(/^Suivi en présentiel consigné comme offert le /)
        .waitFor();
      await page.unroute(encounterRead);
      expect(whileReadAgain).toEqual([true]);
      const recorded = (await tab.service.services.encounters.get(TENANT, encounterId))!.encounter;
      expect(recorded.newPatient?.followUpOffered?.recordedBy).toBe(USERS.clinicien.aadObjectId);
      // WCAG 2.4.3: the keyboard focus stays on the box while it is saved.
      await expect(offered.evaluate((box) => box === document.activeElement)).resolves.toBe(true);
      // Answering "known patient" would forget the offer (§2.3): the question says so before it is answered.
      await expect(
        frame.getByRole("radiogroup", { name: "Nouveau patient? (§2.3)" }).getAttribute("aria-describedby"),
      ).resolves.toBeTruthy();
      await frame
        .getByText("Répondre « Non : patient connu » retire aussi la mention que le suivi en présentiel a été offert.")
        .waitFor();

      await screenshotForReview(page, "sidepanel-light");
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await visibleObjectIds(frame)).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  it("tells a co-organiser who never acted how to be recorded; a card they click shows in both panels at a poll", async () => {
    const organiser = opened[0]!;
    const second = await panel("superviseur", "dark");
    await second.frame.getByTestId("encounter-clinicians-only").getByText("Vous coorganisez la réunion?").waitFor();
    const { encounter } = (await tab.service.services.encounters.get(TENANT, encounterId))!;
    const click = meetingInvokeActivity(
      "contingency.switchToPhone",
      { encounterId, rev: encounter.planRev },
      { serviceUrl: connector.serviceUrl, user: USERS.superviseur, ...MEETING_IDS },
    );
    expect((await postActivity(tab.service.url, click)).status).toBe(200);
    const onPhone = '[data-testid="encounter-modality"][data-modality="phone"]';
    await organiser.frame.locator(onPhone).waitFor(WITHIN_A_POLL);
    await second.frame.locator(onPhone).waitFor(WITHIN_A_POLL);
  });

  it(
    "keeps two clinicians' panels in step, and says so when one changed what the other was editing",
    { timeout: 60_000 },
    async () => {
      const [organiser, second] = opened as [HostedTab, HostedTab];
      await condition(second.frame, "consent", "met");
      const plan = second.frame.getByTestId("plan-part");
      await plan.getByRole("checkbox", { name: "Adresse courriel confirmée" }).check();

      await organiser.frame.getByRole("button", { name: "Connexion perdue" }).click();
      await plan.getByText(/^Connexion perdue : 1/).waitFor(WITHIN_A_POLL);
      await plan.getByRole("button", { name: "Consigner le plan" }).click();
      await second.frame.getByTestId("conflict-bar").getByText("n'était plus à jour", { exact: false }).waitFor();
      await expect(plan.getByRole("checkbox", { name: "Adresse courriel confirmée" }).isChecked()).resolves.toBe(false);
      expect((await tab.service.services.encounters.get(TENANT, encounterId))!.encounter.plan?.emailVerified).toBe(
        false,
      );

      await screenshotForReview(second.page, "sidepanel-dark");
      expect(await seriousAxeViolations(second.page, COLOUR_RULES)).toEqual([]);
      expect(second.errors).toEqual([]);
    },
  );

  it("records a learner's part, chosen by name from the team's roster, in high contrast", async () => {
    const { page, frame, errors } = await panel("clinicien", "contrast");
    const learners = frame.getByTestId("learners-part");
    await learners.getByRole("combobox", { name: "Apprenant ou apprenante" }).pressSequentially("Rosa");
    await frame.getByRole("listbox").getByRole("option", { name: "Dre Rosalie Côté", exact: true }).click();
    await learners.getByLabel("Participation").selectOption("wasObserved");
    await learners.getByRole("button", { name: "Ajouter", exact: true }).click();
    await learners.getByText("Dre Rosalie Côté — Résident ou résidente : A mené sous observation").waitFor();
    // 003 §9.3: a medical student takes part only from a training site; left unanswered, the line says so and
    // takes the answer in one click.
    await learners.getByRole("combobox", { name: "Apprenant ou apprenante" }).pressSequentially("Léo");
    await frame.getByRole("listbox").getByRole("option", { name: NAME.etudiant!, exact: true }).click();
    await learners.getByRole("button", { name: "Ajouter", exact: true }).click();
    await learners.getByText(/milieu de formation non précisé \(§9\.3\)/).waitFor();
    await expect(
      learners.getByText("Dre Rosalie Côté — Résident ou résidente : A mené sous observation").textContent(),
    ).resolves.not.toContain("milieu");
    const studentPart = async () =>
      (await tab.service.services.encounters.get(TENANT, encounterId))!.encounter.learners?.find(
        (l) => l.learnerId === OID.etudiant,
      );
    await screenshotForReview(page, "sidepanel-site-unstated");
    expect(await seriousAxeViolations(page, COLOUR_RULES)).toEqual([]);
    const before = await studentPart();
    expect(before?.atTrainingSite).toBeUndefined();
    await learners.getByRole("button", { name: `${NAME.etudiant!} : Au milieu de formation` }).click();
    await learners.getByText(/, au milieu de formation/).waitFor();
    await expect(learners.getByText(/non précisé/).count()).resolves.toBe(0);
    // The part is kept; only the site is answered.
    expect(await studentPart()).toMatchObject({ participation: before!.participation, atTrainingSite: true });
    await learners.getByRole("button", { name: `Retirer ${NAME.etudiant!}` }).click();
    await learners.getByRole("button", { name: `Retirer ${NAME.etudiant!}` }).waitFor({ state: "detached" });
    await screenshotForReview(page, "sidepanel-contrast");
    expect(await seriousAxeViolations(page, COLOUR_RULES)).toEqual([]);

    // Taken back from the keyboard: the line goes with its button; the focus goes to the part's heading (WCAG 2.4.3).
    await learners.getByRole("button", { name: "Retirer Dre Rosalie Côté" }).focus();
    await page.keyboard.press("Enter");
    await learners.getByText("Aucune personne apprenante consignée.").waitFor();
    await expect(
      frame.locator("body").evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`),
    ).resolves.toBe("H3 Personnes apprenantes présentes");
    expect(errors).toEqual([]);
  });

  // 001, 004; 003 §3: the card's crisis action from the panel, the region from the recorded location
  it("reports a crisis: the steps for the clinician with the region's lines, the resources posted in the chat", async () => {
    const { page, frame, errors } = await panel("clinicien", "default");
    const crisis = frame.getByTestId("crisis-part");
    await crisis.getByRole("button", { name: "Situation de crise", exact: true }).click();
    const steps = crisis.getByTestId("crisis-steps");
    // The time alone, as the card says it: « consignée à 21 h 37 », never « à 28 nov. 2026, 21 h 37 ».
    await steps.getByText(/^Situation de crise consignée à \d{2} h \d{2} : /).waitFor();
    await steps.getByText(/région confirmée : 04 — Mauricie/).waitFor();
    await steps.getByRole("list", { name: "Lignes de crise" }).getByText("Urgence 9-1-1 : 911").waitFor();
    const { encounter } = (await tab.service.services.encounters.get(TENANT, encounterId))!;
    expect(encounter.incidents.at(-1)).toMatchObject({ kind: "crisis", by: USERS.clinicien.aadObjectId });

    await steps.getByRole("button", { name: "Publier les ressources dans la conversation" }).click();
    await steps.getByRole("status").getByText("Les ressources de crise seront publiées").waitFor();
    const posted = await connector.waitForActivity(
      (a) =>
        a.method === "POST" &&
        a.conversationId === MEETING.chatId &&
        text(cardOf(a)).includes("Ressources en cas d'urgence"),
    );
    expect(text(cardOf(posted))).toContain("911");
    await screenshotForReview(page, "sidepanel-crisis");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  // 003 §1.3.2, §1.3.7: the withdrawal, once confirmed, recorded and told on the chat's card. Last in this file: it
  // withdraws the consent the tests above rely on.
  it("records the patient's withdrawal once the clinician confirms it, and the chat's card says so", async () => {
    const { frame, errors } = await panel("clinicien", "default");
    const consent = frame.getByTestId("consent-part");
    await consent.getByRole("button", { name: "La personne retire son consentement" }).click();
    await frame.getByTestId("consent-withdraw-confirm").getByRole("button", { name: "Consigner le retrait" }).click();
    await consent
      .getByTestId("consent-status")
      .getByText(/^Retiré le .* : la télésanté s'arrête/)
      .waitFor();
    await condition(frame, "consent", "notMet");
    await connector.waitForActivity(
      (a) =>
        a.method === "PUT" && a.conversationId === MEETING.chatId && text(cardOf(a)).includes("Consentement retiré"),
    );
    expect(errors).toEqual([]);
  });
});
