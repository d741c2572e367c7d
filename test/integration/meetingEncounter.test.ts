/**
 * The whole in-meeting flow over HTTP against the running service (Azurite behind it, the fake Bot
 * Connector in front): meetingStart → both cards → consent recorded by the organiser → refused for
 * another user → connection lost → switch to phone → meetingEnd → the encounter as expected in storage.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { startFakeConnector, type FakeConnector, type RecordedActivity } from "../support/fakeConnector.js";
import { CLINICIAN, COLLEAGUE, TENANT_ID, postActivity } from "../support/activities.js";
import {
  MEETING_CHAT_ID,
  MEETING_ID,
  meetingEndActivity,
  meetingInvokeActivity,
  meetingStartActivity,
} from "../support/meetingActivities.js";
import type { Encounter } from "../../bot/src/domain/encounter.js";
import { seedTeam } from "../support/teams.js";
import { TEAM_G } from "../support/teamsIds.js";

let service: TestService;
let connector: FakeConnector;
let now = new Date("2026-11-23T14:00:30.000Z");
const START = "2026-11-23T14:00:00.000Z";
const END = "2026-11-23T14:47:00.000Z";

type Card = Record<string, unknown>;
type InvokeBody = { statusCode: number; type: string; value: Card & { code?: string; message?: string } };

beforeAll(async () => {
  connector = await startFakeConnector();
  service = await startTestService({}, { now: () => now });
  connector.meetings.set(MEETING_ID, {
    details: {
      id: MEETING_ID,
      scheduledStartTime: START,
      scheduledEndTime: "2026-11-23T14:30:00.000Z",
      title: "Suivi Mme Tremblay",
      type: "Scheduled",
    },
    conversation: { id: MEETING_CHAT_ID },
    organizer: { id: CLINICIAN.id, aadObjectId: CLINICIAN.aadObjectId, tenantId: TENANT_ID },
  });
  connector.participants.set(
    MEETING_ID,
    new Map([
      [CLINICIAN.aadObjectId, "Organizer"],
      [COLLEAGUE.aadObjectId, "Presenter"],
    ]),
  );
  // The organiser's team, where Balises is installed: the private meeting's encounter belongs to it.
  await seedTeam(service, TEAM_G, [CLINICIAN, COLLEAGUE], TENANT_ID);
});
afterAll(async () => {
  await service?.stop();
  await connector?.stop();
});

const as = (user = CLINICIAN) => ({ serviceUrl: connector.serviceUrl, user });
const cardOf = (a: RecordedActivity) => (a.body.attachments as Array<{ content: Card }> | undefined)?.[0]?.content;
const text = (x: unknown) => JSON.stringify(x);
const posts = () => connector.sentTo(MEETING_CHAT_ID).filter((a) => a.method === "POST");

async function invoke(
  verb: string,
  data: Record<string, unknown>,
  options: { user?: typeof CLINICIAN; replyToId?: string; trigger?: "automatic" | "manual" } = {},
) {
  const response = await postActivity(
    service.url,
    meetingInvokeActivity(verb, data, { ...as(options.user), replyToId: options.replyToId, trigger: options.trigger }),
  );
  expect(response.status).toBe(200);
  return response.body as unknown as InvokeBody;
}

async function stored(id: string): Promise<Encounter> {
  return (await service.services.encounters.get(TENANT_ID, id))!.encounter;
}

describe("in the meeting: consent and contingency cards, recorded as an encounter", () => {
  let encounterId = "";
  let consentMessageId = "";
  let planMessageId = "";

  it("meetingStart posts the consent card then the contingency card, each with refresh for the organiser", async () => {
    const response = await postActivity(service.url, meetingStartActivity({ ...as(), startTime: START }));
    expect(response.status).toBe(200);
    const sent = posts();
    expect(sent).toHaveLength(2);
    const [consent, plan] = sent.map(cardOf);
    expect(text(consent)).toContain("Votre rencontre en télésanté");
    expect(text(plan)).toContain("Si la technologie fait défaut");
    const refresh = consent?.refresh as { action: { verb: string; data: { encounterId: string } }; userIds: string[] };
    expect(refresh.action.verb).toBe("consent.refresh");
    expect(refresh.userIds).toEqual([CLINICIAN.id]);
    expect((plan?.refresh as { action: { verb: string } }).action.verb).toBe("contingency.refresh");
    encounterId = refresh.action.data.encounterId;
    consentMessageId = sent[0]!.activityId!;
    planMessageId = sent[1]!.activityId!;
    const e = await stored(encounterId);
    expect(e).toMatchObject({
      status: "open",
      startedAt: START,
      scheduledEnd: "2026-11-23T14:30:00.000Z",
      organizerId: CLINICIAN.aadObjectId,
      modality: "video",
      consentActivityId: consentMessageId,
    });
  });

  it("a second meetingStart for the same meeting posts nothing", async () => {
    await postActivity(service.url, meetingStartActivity({ ...as(), startTime: START }));
    await postActivity(service.url, meetingStartActivity({ ...as(COLLEAGUE), startTime: "2026-11-23T14:05:00.000Z" }));
    expect(posts()).toHaveLength(2);
  });

  it("refresh gives the organiser the clinician view and anyone else the patient view", async () => {
    const mine = await invoke("consent.refresh", { encounterId }, { trigger: "automatic" });
    expect(mine.statusCode).toBe(200);
    expect(text(mine.value)).toContain("Input.ChoiceSet");
    expect(text(mine.value)).toContain("Règlement sur les services à distance");
    const theirs = await invoke("consent.refresh", { encounterId }, { user: COLLEAGUE, trigger: "automatic" });
    expect(text(theirs.value)).not.toContain("Input.");
    expect(text(theirs.value)).toContain("Vous pouvez refuser");
  });

  it("the organiser records consent: the shared card updates in place, the clinician sees the conditions move", async () => {
    now = new Date("2026-11-23T14:03:00.000Z");
    const answer = await invoke(
      "consent.record",
      {
        encounterId,
        rev: 0,
        method: "verbal",
        scopeSession: "true",
        scopeRecording: "false",
        scopeInformationSharing: "true",
        identityDocumentKind: "ramqCard",
        limitsExplained: "true",
        inPersonOffer: "declined",
        caregivers: "presentWithConsent",
        supportStaff: "none",
        substituteConsent: "false",
        emergencyException: "false",
        participants: "1",
        consentsRecorded: "1",
        conductRulesCommitment: "false",
        physicalPresence: "notRequired",
      },
      { replyToId: consentMessageId },
    );
    expect(answer.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(text(answer.value)).toContain("Enregistré.");
    expect(text(answer.value)).toContain("1. La personne consent au service à distance");
    // Everyone's card follows after the answer (a queued job).
    const update = await connector.waitForActivity((a) => a.method === "PUT" && a.activityId === consentMessageId);
    expect(text(cardOf(update))).toContain("Consentement noté le 2026-11-23 à 09 h 03");
    const e = await stored(encounterId);
    expect(e.consents).toHaveLength(1);
    expect(e.consents[0]).toMatchObject({
      method: "verbal",
      identityDocumentKind: "ramqCard",
      inPersonOffered: true,
      inPersonAnswer: "declined",
      caregivers: "presentWithConsent",
      recordedBy: CLINICIAN.aadObjectId,
    });
    expect(e.physicalPresenceRequired).toBe(false);
  });

  it("refuses a recording from anyone else (a presenter) and changes nothing", async () => {
    const before = await service.services.encounters.get(TENANT_ID, encounterId);
    const answer = await invoke(
      "consent.withdraw",
      { encounterId, rev: 1 },
      { user: COLLEAGUE, replyToId: consentMessageId },
    );
    expect(text(answer.value)).toContain(
      "que par la personne qui organise la rencontre ou par un membre du personnel clinique inscrit",
    );
    const refusedPlan = await invoke(
      "contingency.connectionLost",
      { encounterId, rev: 0 },
      { user: COLLEAGUE, replyToId: planMessageId },
    );
    expect(text(refusedPlan.value)).toContain("Rien n'a été modifié");
    const after = await service.services.encounters.get(TENANT_ID, encounterId);
    expect(after?.etag).toBe(before?.etag);
  });

  it("replaying the organiser's record (an outdated card) changes nothing and shows the current state", async () => {
    const answer = await invoke(
      "consent.record",
      { encounterId, rev: 0, method: "written", identityDocumentKind: "otherId" },
      { replyToId: consentMessageId },
    );
    expect(text(answer.value)).toContain("Cette carte n'était plus à jour");
    expect((await stored(encounterId)).consents).toHaveLength(1);
  });

  it("the plan is agreed, then the connection is lost: the steps are posted once, the incident recorded", async () => {
    now = new Date("2026-11-23T14:04:00.000Z");
    const plan = await invoke(
      "contingency.record",
      {
        encounterId,
        rev: 0,
        phoneVerified: "true",
        emailVerified: "false",
        emergencyContactConfirmed: "true",
        agreedWithPatient: "true",
      },
      { replyToId: planMessageId },
    );
    expect(text(plan.value)).toContain(
      '3. Un plan de contingence en cas de problèmes avec les technologies a été élaboré","value":"✓ respectée"',
    );
    now = new Date("2026-11-23T14:20:00.000Z");
    const postsBefore = posts().length;
    await invoke("contingency.connectionLost", { encounterId, rev: 1 }, { replyToId: planMessageId });
    await invoke("contingency.connectionLost", { encounterId, rev: 1 }, { replyToId: planMessageId });
    // The steps are posted right after the answer, by one job (the replay queued none).
    await connector.waitForActivity(
      (a) => a.method === "POST" && text(cardOf(a)).includes("Connexion perdue : que faire"),
    );
    const stepsJobs = async () =>
      (await service.services.jobs.queue.recordsOf(TENANT_ID, encounterId))
        .filter((j) => j.kind === "connectionLost.steps")
        .map((j) => j.state);
    await expect.poll(stepsJobs).toEqual(["sent"]);
    const steps = posts().slice(postsBefore);
    expect(steps).toHaveLength(1);
    expect(text(cardOf(steps[0]!))).toContain("Connexion perdue : que faire");
    expect(text(cardOf(steps[0]!))).toContain("au bout de 5 minutes");
    expect((await stored(encounterId)).incidents.map((i) => i.kind)).toEqual(["connectionLost"]);
  });

  it("switching to phone records the modality change once", async () => {
    now = new Date("2026-11-23T14:22:00.000Z");
    const answer = await invoke("contingency.switchToPhone", { encounterId, rev: 2 }, { replyToId: planMessageId });
    expect(text(answer.value)).toContain("Modalité : téléphone depuis le 2026-11-23 à 09 h 22");
    await invoke("contingency.switchToPhone", { encounterId, rev: 2 }, { replyToId: planMessageId });
    const e = await stored(encounterId);
    expect(e.modality).toBe("phone");
    expect(e.incidents.map((i) => i.kind)).toEqual(["connectionLost", "switchedToPhone"]);
  });

  it("meetingEnd closes the encounter with its end time, and the stored encounter is as expected", async () => {
    await postActivity(service.url, meetingEndActivity({ ...as(), endTime: END }));
    await postActivity(service.url, meetingEndActivity({ ...as(), endTime: "2026-11-23T15:00:00.000Z" }));
    const e = await stored(encounterId);
    expect(e).toMatchObject({
      tenantId: TENANT_ID,
      meetingId: MEETING_ID,
      conversationId: MEETING_CHAT_ID,
      status: "closed",
      endedAt: END,
      closedBy: "meetingEnd",
      modality: "phone",
      participantCount: 1,
      noteStatus: "due",
      clinicianIds: [CLINICIAN.aadObjectId],
      plan: {
        callbackDelayMinutes: 5,
        phoneVerified: true,
        emailVerified: false,
        emergencyContactConfirmed: true,
        agreedWithPatient: true,
        recordedBy: CLINICIAN.aadObjectId,
      },
    });
    expect(text(e)).not.toContain("Tremblay");
    const [summary] = await service.services.encounters.listByClinician(
      TENANT_ID,
      CLINICIAN.aadObjectId,
      "2026-11-23T00:00:00Z",
      "2026-11-24T00:00:00Z",
    );
    expect(summary).toMatchObject({
      encounterId,
      status: "closed",
      modality: "phone",
      durationMinutes: 47,
      consentStatus: "valid",
      consentKind: "verbal",
      planAgreed: true,
      incidentsCount: 2,
      noteStatus: "due",
      // Regulation art. 1: the conditions the encounter decides, kept for the activity view's counts.
      regulation: { consent: "met", noPhysicalPresence: "met", contingencyPlan: "met", inPersonFollowUp: "toConfirm" },
    });
  });
});
