/**
 * Where the patient is, and a crisis, through the real bot endpoint (Azurite behind it, the fake Bot Connector in
 * front; issue 13; 004, 001, 003 §3): the organiser confirms the region of the visit on the plan's clinician view,
 * reports a crisis — the steps come back to them alone, the incident is stored as a code — then posts the region's
 * crisis resources in the meeting chat for the patient; at meeting end the chart note states what was recorded.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { startFakeConnector, type FakeConnector, type RecordedActivity } from "../support/fakeConnector.js";
import { postActivity, type TestUser } from "../support/activities.js";
import { meetingEndActivity, meetingInvokeActivity, meetingStartActivity } from "../support/meetingActivities.js";
import { ANONYMOUS_PATIENT, PRIVATE_MEETING, TEAM_G, TENANT, USERS } from "../support/teamsIds.js";
import { seedTeam } from "../support/teams.js";
import { LAVAL_LINE, MONTREAL_LINE, regionalCrisisLines } from "../support/contingencyFixtures.js";
import { DEFAULT_TEAM_CONFIGURATION } from "../../bot/src/domain/teamConfig.js";
import { progressNoteBlock } from "../../bot/src/domain/noteObligationBlock.js";
import type { Encounter } from "../../bot/src/domain/encounter.js";
import { ENCOUNTER_FOLLOW_UP } from "../../bot/src/encounters/encounterFollowUp.js";

let service: TestService;
let connector: FakeConnector;
let now = new Date("2026-11-23T14:00:30.000Z");
const START = "2026-11-23T14:00:00.000Z";
const CLINICIAN = USERS.clinicien;
const PATIENT = { id: ANONYMOUS_PATIENT.id, name: ANONYMOUS_PATIENT.name } as TestUser;
/** The crisis steps' first line: it must reach the clinician who clicked, and nobody else. */
const STAY_ON_LINE = "1. Restez en ligne avec la personne";

type Card = Record<string, unknown>;
type InvokeBody = { statusCode: number; type: string; value: Card & { code?: string; message?: string } };
const text = (x: unknown) => JSON.stringify(x);
const cardOf = (a: RecordedActivity) => (a.body.attachments as Array<{ content: Card }> | undefined)?.[0]?.content;
const chat = () => connector.sentTo(PRIVATE_MEETING.chatId);

beforeAll(async () => {
  connector = await startFakeConnector();
  service = await startTestService({}, { now: () => now });
  connector.meetings.set(PRIVATE_MEETING.meetingId, {
    details: { id: PRIVATE_MEETING.meetingId, type: "Scheduled" },
    conversation: { id: PRIVATE_MEETING.chatId },
    organizer: { id: CLINICIAN.id, aadObjectId: CLINICIAN.aadObjectId, tenantId: TENANT },
  });
  connector.participants.set(PRIVATE_MEETING.meetingId, new Map([[CLINICIAN.aadObjectId, "Organizer"]]));
  // The organiser's only team, whose pilots listed a line for Laval and one for Montréal.
  await seedTeam(service, TEAM_G, [USERS.pilote, CLINICIAN]);
  const configuration = structuredClone(DEFAULT_TEAM_CONFIGURATION);
  configuration.contingency.crisisResources = regionalCrisisLines();
  await service.services.teamConfigs.create(TENANT, TEAM_G.groupId, {
    configuration,
    pilots: [USERS.pilote.aadObjectId],
    at: START,
    by: USERS.pilote.aadObjectId,
  });
});
afterAll(async () => {
  await service?.stop();
  await connector?.stop();
});

const options = (user: TestUser) => ({
  serviceUrl: connector.serviceUrl,
  user,
  tenantId: TENANT,
  conversationId: PRIVATE_MEETING.chatId,
  meetingId: PRIVATE_MEETING.meetingId,
});

async function invoke(verb: string, data: Record<string, unknown>, user: TestUser = CLINICIAN) {
  const response = await postActivity(service.url, meetingInvokeActivity(verb, data, options(user)));
  return { status: response.status, body: response.body as unknown as InvokeBody };
}

const stored = async (id: string): Promise<Encounter> => (await service.services.encounters.get(TENANT, id))!.encounter;
const jobsOf = async (id: string, kind: string) =>
  (await service.services.jobs.queue.recordsOf(TENANT, id)).filter((j) => j.kind === kind).map((j) => j.state);

describe("a crisis in a telehealth meeting, for a patient in Laval", () => {
  let encounterId = "";
  // The follow-up chain runs on its own clock (the scheduler's poll may run it at any time): only the chat's jobs.
  const allJobs = async () =>
    (await service.services.jobs.queue.recordsOf(TENANT, encounterId))
      .filter((j) => j.kind !== ENCOUNTER_FOLLOW_UP)
      .map((j) => ({ kind: j.kind, state: j.state }));
  let planMessageId = "";
  let crisisAt = "";

  it("meetingStart posts the plan with every line of the team while the region is not confirmed", async () => {
    const response = await postActivity(service.url, meetingStartActivity({ ...options(CLINICIAN), startTime: START }));
    expect(response.status).toBe(200);
    const plan = chat().find((a) => a.method === "POST" && text(cardOf(a)).includes("Si la technologie fait défaut"))!;
    expect(text(cardOf(plan))).toContain(LAVAL_LINE);
    expect(text(cardOf(plan))).toContain(MONTREAL_LINE);
    planMessageId = plan.activityId!;
    encounterId = (cardOf(plan)!.refresh as { action: { data: { encounterId: string } } }).action.data.encounterId;
    expect((await stored(encounterId)).teamKey).toBe(TEAM_G.groupId);
  });

  it("a region left empty is answered under its field and records nothing; a region not in the list is a 400", async () => {
    const empty = await invoke("contingency.location", {
      encounterId,
      rev: 0,
      regionCode: "",
      confidentialPlace: "no",
    });
    expect(empty.status).toBe(200);
    expect(text(empty.body.value)).toContain("Rien n'a été enregistré");
    expect(text(empty.body.value)).toContain("Choisissez la région administrative où se trouve la personne.");
    const unknown = await invoke("contingency.location", { encounterId, rev: 0, regionCode: "99" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.statusCode).toBe(400);
    expect(unknown.body.value.message).toContain("rouvrez-la et réessayez");
    expect(unknown.body.value.message).not.toContain("regionCode");
    expect((await stored(encounterId)).location).toBeUndefined();
  });

  it("the patient cannot confirm a location; the organiser confirms Laval, not a confidential place", async () => {
    const refused = await invoke(
      "contingency.location",
      { encounterId, rev: 0, regionCode: "06", confidentialPlace: "yes" },
      PATIENT,
    );
    expect(text(refused.body.value)).toContain("Rien n'a été modifié");
    now = new Date("2026-11-23T14:01:00.000Z");
    const saved = await invoke("contingency.location", {
      encounterId,
      rev: 0,
      regionCode: "13",
      confidentialPlace: "no",
    });
    expect(text(saved.body.value)).toContain("Enregistré.");
    expect(text(saved.body.value)).toContain("région 13 — Laval; peut parler en toute confidentialité : non.");
    expect((await stored(encounterId)).location).toEqual({
      regionCode: "13",
      confidential: false,
      recordedBy: CLINICIAN.aadObjectId,
      recordedAt: "2026-11-23T14:01:00.000Z",
    });
    // Everyone's plan follows (a queued job): the lines of Laval, not Montréal's.
    const update = await connector.waitForActivity(
      (a) => a.method === "PUT" && a.activityId === planMessageId && !text(cardOf(a)).includes(MONTREAL_LINE),
    );
    expect(text(cardOf(update))).toContain(LAVAL_LINE);
  });

  it("a patient's crisis click is refused and records nothing", async () => {
    const refused = await invoke("contingency.crisis", { encounterId, rev: 1 }, PATIENT);
    expect(text(refused.body.value)).toContain("Rien n'a été modifié");
    expect(text(refused.body.value)).not.toContain(STAY_ON_LINE);
    expect((await stored(encounterId)).incidents).toEqual([]);
  });

  it("the organiser's crisis click answers them alone with the steps and stores the incident as a code", async () => {
    now = new Date("2026-11-23T14:20:00.000Z");
    // Every card update queued so far has been sent: from here, any job or message would come from the crisis click.
    await expect
      .poll(async () => (await jobsOf(encounterId, "sharedCard.refresh")).every((s) => s === "sent"))
      .toBe(true);
    const jobsBefore = await allJobs();
    const sentBefore = connector.activities.length;
    const answer = await invoke("contingency.crisis", { encounterId, rev: 1 });
    expect(answer.body.type).toBe("application/vnd.microsoft.card.adaptive");
    const steps = text(answer.body.value);
    expect(steps).toContain(STAY_ON_LINE);
    expect(steps).toContain(
      "appelez le 9-1-1 et donnez l'endroit où se trouve la personne (région confirmée : 13 — Laval)",
    );
    expect(steps).toContain("Aucun contact d'urgence n'est confirmé au plan");
    expect(steps).toContain(LAVAL_LINE);
    expect(steps).not.toContain(MONTREAL_LINE);
    const e = await stored(encounterId);
    crisisAt = "2026-11-23T14:20:00.000Z";
    expect(e.incidents).toEqual([{ kind: "crisis", at: crisisAt, by: CLINICIAN.aadObjectId }]);
    // Nothing was queued for the chat (jobs are queued before the answer): nobody else's card changes, and the
    // caller's view is not refreshed over the steps.
    expect(await allJobs()).toEqual(jobsBefore);
    expect(connector.activities.slice(sentBefore)).toEqual([]);
  });

  it("a second click from the same card records nothing more and shows the same steps", async () => {
    const replay = await invoke("contingency.crisis", { encounterId, rev: 1 });
    expect(text(replay.body.value)).toContain("Situation de crise consignée à 09 h 20");
    expect((await stored(encounterId)).incidents).toHaveLength(1);
  });

  it("posting the resources puts the region's resources card in the chat, once for this crisis", async () => {
    const posted = await invoke("contingency.crisisResources", { encounterId, at: crisisAt });
    expect(text(posted.body.value)).toContain("Les ressources de crise seront publiées dans la conversation");
    await invoke("contingency.crisisResources", { encounterId, at: crisisAt });
    await expect.poll(() => jobsOf(encounterId, "crisisResources.post")).toEqual(["sent"]);
    const cards = chat().filter((a) => a.method === "POST" && text(cardOf(a)).includes("Ressources en cas d'urgence"));
    expect(cards).toHaveLength(1);
    const facts = (cardOf(cards[0]!)!.body as Array<{ type: string; facts?: Array<{ value: string }> }>).find(
      (b) => b.type === "FactSet",
    )!.facts!;
    expect(facts[0]?.value).toBe("911");
    expect(facts.map((f) => f.value)).toEqual(expect.arrayContaining([LAVAL_LINE, "1 866 APPELLE (1 866 277-3553)"]));
    expect(facts.map((f) => f.value)).not.toContain(MONTREAL_LINE);
    // The steps went to the caller only: no message of the chat ever carried them.
    expect(chat().filter((a) => text(a.body).includes(STAY_ON_LINE))).toEqual([]);
  });

  it("resources for a crisis that was not recorded are refused with a 400", async () => {
    const forged = await invoke("contingency.crisisResources", { encounterId, at: "2026-11-23T14:21:00.000Z" });
    expect(forged.status).toBe(400);
    expect(forged.body.value.message).toContain("Aucune situation de crise n'est consignée à cette heure");
  });

  it("at meeting end the chart note states the region, the place and the crisis, from what was recorded", async () => {
    await postActivity(service.url, meetingEndActivity({ ...options(CLINICIAN), endTime: "2026-11-23T14:45:00.000Z" }));
    const obligation = async () => (await service.services.reminders.obligations.get(TENANT, encounterId))?.obligation;
    await expect.poll(async () => (await obligation()) !== undefined).toBe(true);
    const note = progressNoteBlock((await obligation())!.facts, "fr-CA");
    expect(note).toContain(
      "Lieu de la personne pendant la séance : région 13 — Laval; pouvait parler en toute confidentialité : non",
    );
    expect(note).toContain("Situation de crise : consignée à 09 h 20");
    expect(note).not.toContain("Contact d'urgence");
  });
});
