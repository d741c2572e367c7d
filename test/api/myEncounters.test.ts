/**
 * « Mes rencontres » (issue 12) over HTTP: GET /api/me/encounters reads the caller's own encounters only (the
 * token says whose and in which tenant), and « Note déposée » from the tab is the note card's own (003 §1.1,
 * §8.8): the obligation is filed, its reminders are cancelled, and the card's button then finds it filed.
 * Meetings run through the bot endpoint with the connector stand-in, as Teams drives them; the learners' parts
 * (§9.3, §9.4) and the §2.3 new-patient fact are recorded through the API and the repositories.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { startFakeConnector, type FakeConnector } from "../support/fakeConnector.js";
import { botAddedActivity, cardActionActivity, postActivity, replies } from "../support/activities.js";
import { meetingEndActivity, meetingStartActivity } from "../support/meetingActivities.js";
import { seedTeam } from "../support/teams.js";
import { TEAM_G, TENANT, USERS, type TeamsUser } from "../support/teamsIds.js";
import { eventually } from "../reminders/support/childService.js";
import { as, DEV_OTHER_TENANT_ID, OID, type Client, type ErrorBody } from "./apiClient.js";
import { newPrivateMeeting, seedEncounter } from "./activityFixtures.js";
import { encounterIdFor } from "../../bot/src/domain/encounter.js";
import { registerLearner } from "../../bot/src/domain/learners.js";
import type {
  MyEncounters,
  NewPatientAnswer,
  NoteFiledAnswer,
  RemindLaterAnswer,
} from "../../bot/src/contract/index.js";
import { quebecDate } from "../../bot/src/domain/quebecTime.js";

let service: TestService;
let connector: FakeConnector;
const c: Record<string, Client> = {};
const DAY_MS = 86_400_000;

beforeAll(async () => {
  connector = await startFakeConnector();
  service = await startTestService({ DEV_IDENTITY: "on", REMINDER_POLL_INTERVAL: "PT0.1S", REMINDER_OFFSETS: "PT1H" });
  for (const p of ["clinicien", "superviseur", "etudiant", "resident", "autre-locataire"]) c[p] = await as(service, p);
  const staff = [USERS.pilote, USERS.clinicien, USERS.superviseur, USERS.etudiant, USERS.resident];
  await seedTeam(service, TEAM_G, staff);
});
afterAll(async () => {
  await service?.stop();
  await connector?.stop();
});

const mine = async (persona: string) => {
  const answer = await c[persona]!.get<MyEncounters>("/api/me/encounters");
  expect(answer.status).toBe(200);
  return answer.body;
};
const obligationOf = async (encounterId: string, tenantId = TENANT) =>
  (await service.services.reminders.obligations.get(tenantId, encounterId))?.obligation;
const chatLinkOf = (chatId: string) => `https://teams.microsoft.com/l/chat/${encodeURIComponent(chatId)}/conversations`;

/** A private meeting run through the bot: added, started and ended by its organiser; the note card goes 1:1. */
async function meetingThroughBot(organizer: TeamsUser): Promise<{ encounterId: string; chatId: string }> {
  const { chatId, meetingId } = newPrivateMeeting();
  connector.meetings.set(meetingId, {
    details: { id: meetingId, type: "Scheduled" },
    conversation: { id: chatId },
    organizer: { id: organizer.id, aadObjectId: organizer.aadObjectId, tenantId: TENANT },
  });
  connector.participants.set(meetingId, new Map([[organizer.aadObjectId, "Organizer"]]));
  const options = {
    serviceUrl: connector.serviceUrl,
    user: organizer,
    tenantId: TENANT,
    meetingId,
    conversationId: chatId,
  };
  const added = botAddedActivity({ ...options, conversationType: "groupChat", expectReplies: false });
  expect((await postActivity(service.url, added)).status).toBe(200);
  const start = new Date(Date.now() - 30 * 60_000).toISOString();
  expect((await postActivity(service.url, meetingStartActivity({ ...options, startTime: start }))).status).toBe(200);
  const encounterId = (await service.services.encounters.latestForMeeting(TENANT, meetingId))!.encounter.id;
  const end = meetingEndActivity({ ...options, endTime: new Date().toISOString() });
  expect((await postActivity(service.url, end)).status).toBe(200);
  await eventually("the note obligation", async () => (await obligationOf(encounterId)) !== undefined, 10_000);
  return { encounterId, chatId };
}

/** The note card's "Note déposée", clicked in the clinician's personal chat. */
async function cardNoteFiled(encounterId: string, user: TeamsUser) {
  const activity = cardActionActivity(
    "note.filed",
    { encounterId },
    { user, tenantId: TENANT, serviceUrl: connector.serviceUrl },
  );
  const response = await postActivity(service.url, activity);
  return (replies(response.body)[0]?.value as { body: { statusCode: number; value: unknown } }).body;
}

describe("the caller's own notes (GET /api/me/encounters)", () => {
  let camille: { encounterId: string; chatId: string };
  let jean: { encounterId: string; chatId: string };

  beforeAll(async () => {
    camille = await meetingThroughBot(USERS.clinicien);
    jean = await meetingThroughBot(USERS.superviseur);
  });

  it("lists the open note with its deadline, its team and the way back to the meeting chat", async () => {
    const o = (await obligationOf(camille.encounterId))!;
    const note = (await mine("clinicien")).notes.find((n) => n.encounterId === camille.encounterId);
    expect(note).toEqual({
      encounterId: camille.encounterId,
      startedAt: expect.any(String) as string,
      endedAt: o.endedAt,
      deadline: o.deadline,
      state: "open",
      teamKey: TEAM_G.groupId,
      chatLink: chatLinkOf(camille.chatId),
    });
    expect(Date.parse(o.deadline) - Date.parse(o.endedAt)).toBeLessThanOrEqual(DAY_MS);
    expect((await mine("clinicien")).teams).toEqual([{ groupId: TEAM_G.groupId, name: TEAM_G.name }]);
  });

  it("shows another clinician's note to them only", async () => {
    expect((await mine("clinicien")).notes.map((n) => n.encounterId)).not.toContain(jean.encounterId);
    expect((await mine("superviseur")).notes.map((n) => n.encounterId)).toEqual([jean.encounterId]);
  });

  it("shows nothing of another tenant, whose own notes stay there, even under the same object id", async () => {
    const lifecycle = service.services.encounterLifecycle;
    const { chatId, meetingId } = newPrivateMeeting();
    const startedAt = new Date(Date.now() - 3_600_000).toISOString();
    const other = { tenantId: DEV_OTHER_TENANT_ID, meetingId, conversationId: chatId, startedAt };
    const opened = await lifecycle.open({ ...other, organizerId: OID.clinicien! });
    await lifecycle.close({
      tenantId: DEV_OTHER_TENANT_ID,
      encounterId: opened.encounter.id,
      endedAt: new Date().toISOString(),
      closedBy: "clinician",
    });
    expect(await obligationOf(opened.encounter.id, DEV_OTHER_TENANT_ID)).toBeDefined();
    expect((await mine("clinicien")).notes.map((n) => n.encounterId)).not.toContain(opened.encounter.id);
    expect((await mine("autre-locataire")).notes).toEqual([]);
    const refused = await c["autre-locataire"]!.post<ErrorBody>(`/api/me/notes/${camille.encounterId}/filed`);
    expect(refused.status).toBe(404);
    expect((await obligationOf(camille.encounterId))?.filedAt).toBeUndefined();
  });
});

describe("« Note déposée » from the tab: the note card's own code", () => {
  it("files the note for its clinician only, cancels the reminders, and the card's button then finds it filed", async () => {
    const { encounterId } = await meetingThroughBot(USERS.clinicien);
    const path = `/api/me/notes/${encounterId}/filed`;

    const refused = await c.superviseur!.post<ErrorBody>(path);
    expect(refused.status).toBe(403);
    expect(refused.body.error.messages["fr-CA"]).toContain("Seul le clinicien ou la clinicienne");
    expect((await obligationOf(encounterId))?.filedAt).toBeUndefined();

    const filed = await c.clinicien!.post<NoteFiledAnswer>(path);
    expect(filed.status).toBe(200);
    expect(filed.body).toEqual({ encounterId, filedAt: expect.any(String) as string, filedOnTime: true });
    const o = (await obligationOf(encounterId))!;
    expect(o).toMatchObject({ filedBy: OID.clinicien, filedAt: filed.body.filedAt, filedWithin24h: true });
    const reminders = (await service.services.reminders.notes.jobsOf(TENANT, encounterId)).filter(
      (j) => j.kind === "reminder" || j.kind === "overdue",
    );
    expect(reminders.map((j) => j.state)).toEqual(["cancelled", "cancelled"]);
    expect((await service.services.encounters.get(TENANT, encounterId))?.encounter.noteStatus).toBe("filed");
    expect((await mine("clinicien")).notes.map((n) => n.encounterId)).not.toContain(encounterId);

    const card = await cardNoteFiled(encounterId, USERS.clinicien);
    expect(card.statusCode).toBe(200);
    expect(JSON.stringify(card.value)).toContain("Note au dossier déposée");
    expect((await obligationOf(encounterId))?.filedAt).toBe(filed.body.filedAt);
    expect((await c.clinicien!.post<NoteFiledAnswer>(path)).body.filedAt).toBe(filed.body.filedAt);
  });

  it("« Me le rappeler plus tard » queues one more reminder before the deadline", async () => {
    const { encounterId } = await meetingThroughBot(USERS.clinicien);
    const answer = await c.clinicien!.post<RemindLaterAnswer>(`/api/me/notes/${encounterId}/remind-later`);
    expect(answer.status).toBe(200);
    const o = (await obligationOf(encounterId))!;
    expect(Date.parse(answer.body.remindAt!)).toBeLessThanOrEqual(Date.parse(o.deadline));
    const snooze = (await service.services.reminders.notes.jobsOf(TENANT, encounterId)).find(
      (j) => j.kind === "snooze",
    );
    expect(snooze).toMatchObject({ state: "scheduled", dueAt: answer.body.remindAt });
  });

  it("refuses a malformed encounter id (400, in both languages) and answers 404 for a note that does not exist", async () => {
    const bad = await c.clinicien!.post<ErrorBody>("/api/me/notes/not%20an%20id/filed");
    expect(bad.status).toBe(400);
    expect(bad.body.error.messages).toEqual({
      "fr-CA": "Identifiant de rencontre invalide.",
      en: "Invalid encounter id.",
    });
    const neverHeld = encounterIdFor(newPrivateMeeting().meetingId, new Date().toISOString());
    const unknown = await c.clinicien!.post<ErrorBody>(`/api/me/notes/${neverHeld}/filed`);
    expect(unknown.status).toBe(404);
  });
});

describe("§2.3 in-person follow-ups of the caller's new patients", () => {
  it("lists the past-due one first, then the one still due, each with its date and chat", async () => {
    const seed = (daysAgo: number, vulnerable: boolean) =>
      seedEncounter(service.services, {
        tenantId: TENANT,
        teamKey: TEAM_G.groupId,
        organizerId: OID.clinicien!,
        startedAt: new Date(Date.now() - daysAgo * DAY_MS).toISOString(),
        newPatientVulnerable: vulnerable,
      });
    const missed = await seed(40, true);
    const due = await seed(10, false);
    const followUps = (await mine("clinicien")).followUps;
    expect(followUps.map((f) => [f.encounterId, f.pastDue])).toEqual([
      [missed, true],
      [due, false],
    ]);
    expect(followUps.every((f) => f.chatLink?.startsWith("https://teams.microsoft.com/l/chat/19%3Ameeting_"))).toBe(
      true,
    );
    expect((await mine("superviseur")).followUps).toEqual([]);
  });

  it("records a follow-up as offered for its clinician: no longer past due, listed after those still to offer", async () => {
    const seed = (daysAgo: number, newPatientVulnerable?: boolean) =>
      seedEncounter(service.services, {
        tenantId: TENANT,
        teamKey: TEAM_G.groupId,
        organizerId: OID.clinicien!,
        startedAt: new Date(Date.now() - daysAgo * DAY_MS).toISOString(),
        ...(newPatientVulnerable !== undefined ? { newPatientVulnerable } : {}),
      });
    const missed = await seed(45, true);
    const offered = (body: { offered: boolean }, persona = "clinicien", encounterId = missed) =>
      c[persona]!.put<NewPatientAnswer & ErrorBody>(`/api/encounters/${encounterId}/follow-up-offered`, body);
    const today = quebecDate(new Date().toISOString());

    // Someone neither on the encounter nor a pilot of its team may not say so.
    expect((await offered({ offered: true }, "superviseur")).status).toBe(403);
    const answer = await offered({ offered: true });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ inPersonFollowUpOffered: today, inPersonFollowUpPastDue: false });
    const listed = (await mine("clinicien")).followUps;
    expect(listed.at(-1)).toMatchObject({ encounterId: missed, pastDue: false, offeredOn: today });
    expect(listed.slice(0, -1).every((f) => f.offeredOn === undefined)).toBe(true);
    // Said twice, it stays as first recorded; taken back, it is past due again.
    const stored = async () => (await service.services.encounters.get(TENANT, missed))?.encounter.newPatient;
    const first = (await stored())?.followUpOffered;
    expect(first?.recordedBy).toBe(OID.clinicien);
    expect((await offered({ offered: true })).body.inPersonFollowUpOffered).toBe(today);
    expect((await stored())?.followUpOffered).toEqual(first);
    const takenBack = (await offered({ offered: false })).body;
    expect(takenBack).toMatchObject({ inPersonFollowUpOffered: null, inPersonFollowUpPastDue: true });
    expect((await mine("clinicien")).followUps.find((f) => f.encounterId === missed)).toMatchObject({ pastDue: true });
    expect((await mine("clinicien")).followUps.find((f) => f.encounterId === missed)?.offeredOn).toBeUndefined();

    // No new patient, no follow-up to offer: a 400 in the caller's language, and nothing recorded.
    const known = await seed(5);
    const refused = await offered({ offered: true }, "clinicien", known);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain("nouveau patient");
    expect((await service.services.encounters.get(TENANT, known))?.encounter.newPatient).toBeUndefined();
  });
});

describe("a learner's own participations (003 §9.3, §9.4)", () => {
  const at = new Date().toISOString();
  const register = (oid: string, role: "medicalStudent" | "resident") =>
    service.services.learners.create(
      TENANT,
      registerLearner(
        TEAM_G.groupId,
        { oid, role, supervisors: [OID.superviseur!], trainingSite: "GMF-U des Rivières" },
        OID.pilote!,
        at,
      ),
    );

  beforeAll(async () => {
    await register(OID.etudiant!, "medicalStudent");
    await register(OID.resident!, "resident");
    const parts: Array<["observed" | "wasObserved", boolean]> = [
      ["observed", false],
      ["observed", true],
      ["wasObserved", true],
    ];
    for (const [i, [participation, residentToo]] of parts.entries()) {
      const encounterId = await seedEncounter(service.services, {
        tenantId: TENANT,
        teamKey: TEAM_G.groupId,
        organizerId: OID.superviseur!,
        startedAt: new Date(Date.now() - (10 - i) * DAY_MS).toISOString(),
        noteFiledAfterMinutes: 10,
      });
      const record = (oid: string, body: object) =>
        c.superviseur!.put(`/api/encounters/${encounterId}/learners/${oid}`, body);
      expect((await record(OID.etudiant!, { participation, atTrainingSite: true })).status).toBe(200);
      if (residentToo) expect((await record(OID.resident!, { participation: "led" })).status).toBe(200);
    }
  });

  it("a student sees their own parts, newest first, by whom, and their observations against the threshold", async () => {
    const body = await mine("etudiant");
    expect(body.parts.map((p) => p.participation)).toEqual(["wasObserved", "observed", "observed"]);
    expect(body.parts.every((p) => p.role === "medicalStudent" && p.clinicianId === OID.superviseur)).toBe(true);
    expect(body.parts.every((p) => p.chatLink?.startsWith("https://teams.microsoft.com/l/chat/"))).toBe(true);
    expect(body.people[OID.superviseur!]).toBe(USERS.superviseur.name);
    expect(body.standings).toEqual([
      { teamKey: TEAM_G.groupId, role: "medicalStudent", observations: 2, threshold: 3, thresholdMet: false },
    ]);
    expect(body.notes).toEqual([]);
  });

  it("a resident sees their own part only, and no designation until their supervisor gives one", async () => {
    const body = await mine("resident");
    expect(body.parts.map((p) => [p.role, p.participation])).toEqual([
      ["resident", "led"],
      ["resident", "led"],
    ]);
    expect(body.standings).toEqual([{ teamKey: TEAM_G.groupId, role: "resident", observations: 0 }]);
  });

  it("a clinician who is no learner has no parts and no standing", async () => {
    const body = await mine("clinicien");
    expect([body.parts, body.standings]).toEqual([[], []]);
  });
});
