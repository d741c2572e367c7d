/**
 * The note obligation end to end, in-process: real Azurite, real CloudAdapter, the fake Bot Connector,
 * a scheduler polled by the test on a clock the test moves (003 §1.1, §8.8: the note within 24 h).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { COLLEAGUE, TENANT_ID, type TestUser } from "../support/activities.js";
import { cardOf, close, headingOf, seedEncounter, startHarness, type Harness } from "./support/harness.js";
import { recordConsent } from "../../bot/src/domain/encounter.js";
import { completeConsent } from "../support/consentFixtures.js";

let h: Harness;
const H = 3_600_000;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

// Each test has its own clinician, so jobs left by earlier tests (due as the clock moves on) never count here.
let CLINICIAN: TestUser;
let n = 0;
beforeEach(() => {
  n += 1;
  CLINICIAN = {
    id: `29:clinician-${n}`,
    aadObjectId: `aaaaaaaa-0000-4000-8000-${String(n).padStart(12, "0")}`,
    name: "Clinicienne",
  };
});

const personalId = (user = CLINICIAN) => `a:personal-${user.aadObjectId}`;
const sentToPersonal = (user = CLINICIAN) => h.connector.sentTo(personalId(user));
const texts = (x: unknown) => JSON.stringify(x);

describe("opening the obligation", () => {
  // 003 §8.8: one note per intervention — the obligation opens once, whoever closes first.
  it("opens exactly once when meetingEnd, the clinician and the scheduler race", async () => {
    const e = await seedEncounter(h, { personal: true, clinician: CLINICIAN });
    const results = await Promise.all([close(h, e, "meetingEnd"), close(h, e, "clinician"), close(h, e, "scheduler")]);
    expect(results.filter((r) => r.closed)).toHaveLength(1);
    // Even called directly three times at once, the obligation row is created once.
    const direct = await Promise.all([1, 2, 3].map(() => h.services.reminders.notes.openFor(results[0].encounter!)));
    expect(direct.filter((r) => r.opened)).toHaveLength(0);
    const jobs = await h.services.reminders.notes.jobsOf(TENANT_ID, e.id);
    expect(jobs.map((j) => `${j.kind}:${j.seq}`).sort()).toEqual([
      "noteCard:0",
      "overdue:0",
      "reminder:1",
      "reminder:2",
    ]);

    const before = sentToPersonal().length;
    await h.scheduler.pollOnce();
    await h.scheduler.pollOnce();
    expect(sentToPersonal().length - before).toBe(1);
  });

  it("sends the clinician, 1:1, the deadline in Québec time, the AH-253 block and the two actions — nothing in the meeting chat", async () => {
    h.clock.set("2026-11-23T14:00:00.000Z");
    const e = await seedEncounter(h, { personal: true, clinician: CLINICIAN });
    const before = sentToPersonal().length;
    await close(h, e, "meetingEnd");
    await h.scheduler.pollOnce();
    const sent = sentToPersonal().slice(before);
    expect(sent).toHaveLength(1);
    expect(h.connector.sentTo(e.conversationId)).toHaveLength(0);
    const card = cardOf(sent[0]!)!;
    expect(headingOf(sent[0]!)).toBe("Note au dossier à déposer");
    expect(texts(card)).toContain("mardi 24 novembre 2026 à 09 h 00 HNE");
    expect(texts(card)).toContain("NOTE D'ÉVOLUTION — TÉLÉSANTÉ (AH-253)");
    expect(card.actions?.map((a) => a.verb)).toEqual(["note.filed", "note.remindLater"]);
    expect(card.actions?.[0]?.data?.encounterId).toBe(e.id);
    expect(sent[0]!.body.summary).toContain("Balises");
    const o = (await h.services.reminders.obligations.get(TENANT_ID, e.id))!.obligation;
    expect(o).toMatchObject({
      cardDelivery: "sent",
      deadline: "2026-11-24T14:00:00.000Z",
      openedBy: "meetingEnd",
      personalConversationId: personalId(),
    });
  });
});

// 003 §1.1, §8.8; 001: the block states who took part and what was offered, from the stored facts.
describe("the record's people, kept with the obligation", () => {
  it("stores the group, the interpreter, the in-person answer and the learners' roles, and the card states them", async () => {
    const e = await seedEncounter(h, { personal: true, clinician: CLINICIAN });
    const at = new Date(h.clock.now()).toISOString();
    const group = { participants: 4, consentsRecorded: 4, conductRulesCommitment: true };
    const consent = completeConsent({ inPersonAnswer: "declined", interpreterPresent: true, group, recordedAt: at });
    const learner = { learnerId: COLLEAGUE.aadObjectId, role: "resident" as const, participation: "led" as const };
    await h.services.encounters.update(TENANT_ID, e.id, (x) => ({
      ...recordConsent(x, { ...consent, recordedBy: CLINICIAN.aadObjectId }),
      learners: [{ ...learner, recordedBy: CLINICIAN.aadObjectId, recordedAt: at }],
    }));
    const before = sentToPersonal().length;
    await close(h, e, "clinician");
    await h.scheduler.pollOnce();
    const facts = (await h.services.reminders.obligations.get(TENANT_ID, e.id))!.obligation.facts;
    expect(facts).toMatchObject({
      identityDocument: "ramqCard",
      inPersonOffer: "declined",
      companions: { interpreter: true },
      learners: [{ role: "resident", participation: "led" }],
      group: { participants: 4, consentsRecorded: 4 },
    });
    const card = texts(cardOf(sentToPersonal().slice(before)[0]!));
    expect(card).toContain("Activité de groupe : 4 personnes participantes, 4 consentements consignés");
    expect(card).toContain("interprète; apprenants : résident ou résidente (a mené la rencontre)");
    expect(card).not.toContain(COLLEAGUE.aadObjectId);
  });

  // 003 §1.3.1: the stored facts keep what an incomplete consent did not record, and the chart block names it
  it("stores what an incomplete consent did not record, and the card names it instead of 'obtained'", async () => {
    const e = await seedEncounter(h, { personal: true, clinician: CLINICIAN });
    const consent = completeConsent({ limitsExplained: false, recordedAt: new Date(h.clock.now()).toISOString() });
    await h.services.encounters.update(TENANT_ID, e.id, (x) =>
      recordConsent(x, { ...consent, recordedBy: CLINICIAN.aadObjectId }),
    );
    const before = sentToPersonal().length;
    await close(h, e, "clinician");
    await h.scheduler.pollOnce();
    const facts = (await h.services.reminders.obligations.get(TENANT_ID, e.id))!.obligation.facts;
    expect(facts.consent).toMatchObject({ kind: "recorded", complete: false, gaps: ["limitsExplained"] });
    const card = texts(cardOf(sentToPersonal().slice(before)[0]!));
    expect(card).toContain(
      "verbal, consigné dans Balises; portée : séance en cours; éléments non consignés dans Balises",
    );
    expect(card).not.toContain("obtenu");
  });
});

describe("reminders follow the policy", () => {
  it("reminds at +2 h and +20 h while open, then flags the encounter overdue at +24 h", async () => {
    h.clock.set("2026-11-25T14:00:00.000Z");
    const e = await seedEncounter(h, { personal: true, clinician: CLINICIAN });
    await close(h, e);
    await h.scheduler.pollOnce();
    const start = sentToPersonal().length;

    h.clock.advance(2 * H - 1000);
    await h.scheduler.pollOnce();
    expect(sentToPersonal().length).toBe(start);
    h.clock.advance(1000);
    await h.scheduler.pollOnce();
    expect(headingOf(sentToPersonal().at(-1)!)).toBe("Rappel : note au dossier à déposer");

    h.clock.advance(18 * H);
    await h.scheduler.pollOnce();
    expect(sentToPersonal().length).toBe(start + 2);

    h.clock.advance(4 * H);
    await h.scheduler.pollOnce();
    expect(headingOf(sentToPersonal().at(-1)!)).toBe("Note au dossier en retard");
    expect(sentToPersonal().length).toBe(start + 3);
    const status = await h.services.reminders.notes.statusOf(TENANT_ID, e.id);
    expect(status?.status).toBe("overdue");
    // At the deadline: the calls of the first poll (other tests' jobs too) went at 45 a second, on the test's clock.
    const lateness = Date.parse(status!.obligation.overdueAt!) - Date.parse("2026-11-26T14:00:00.000Z");
    expect(lateness).toBeGreaterThanOrEqual(0);
    expect(lateness).toBeLessThan(1000);
    expect((await h.services.encounters.get(TENANT_ID, e.id))?.encounter.noteStatus).toBe("overdue");
  });

  it("marking the note filed cancels what is pending and records when, and whether within 24 h", async () => {
    h.clock.set("2026-11-27T14:00:00.000Z");
    const e = await seedEncounter(h, { personal: true, clinician: CLINICIAN });
    await close(h, e);
    await h.scheduler.pollOnce();
    const start = sentToPersonal().length;
    h.clock.advance(3 * H);
    // The +2 h reminder is due but not yet sent: filing now must cancel it too.
    const filed = await h.services.reminders.notes.markFiled(TENANT_ID, e.id, CLINICIAN.aadObjectId);
    expect(filed).toMatchObject({
      filedAt: "2026-11-27T17:00:00.000Z",
      filedBy: CLINICIAN.aadObjectId,
      filedOnTime: true,
      filedWithin24h: true,
    });
    for (let i = 0; i < 3; i++) {
      h.clock.advance(12 * H);
      await h.scheduler.pollOnce();
    }
    expect(sentToPersonal().length).toBe(start);
    const jobs = await h.services.reminders.notes.jobsOf(TENANT_ID, e.id);
    expect(jobs.filter((j) => j.kind !== "noteCard").map((j) => j.state)).toEqual([
      "cancelled",
      "cancelled",
      "cancelled",
    ]);
    expect((await h.services.reminders.notes.statusOf(TENANT_ID, e.id))?.status).toBe("filedOnTime");
    expect((await h.services.encounters.get(TENANT_ID, e.id))?.encounter.noteStatus).toBe("filed");
    // Filing again changes nothing.
    h.clock.advance(H);
    expect((await h.services.reminders.notes.markFiled(TENANT_ID, e.id, CLINICIAN.aadObjectId)).filedAt).toBe(
      "2026-11-27T17:00:00.000Z",
    );
  });

  it("a late filing is recorded as late and past 24 h", async () => {
    h.clock.set("2026-11-29T14:00:00.000Z");
    const e = await seedEncounter(h, { personal: true, clinician: CLINICIAN });
    await close(h, e);
    h.clock.advance(30 * H);
    const filed = await h.services.reminders.notes.markFiled(TENANT_ID, e.id, CLINICIAN.aadObjectId);
    expect(filed).toMatchObject({ filedOnTime: false, filedWithin24h: false });
    expect((await h.services.reminders.notes.statusOf(TENANT_ID, e.id))?.status).toBe("filedLate");
  });

  it("only the encounter's clinician may mark it filed", async () => {
    const e = await seedEncounter(h, { personal: true, clinician: CLINICIAN });
    await close(h, e);
    await expect(h.services.reminders.notes.markFiled(TENANT_ID, e.id, COLLEAGUE.aadObjectId)).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("'remind me later' brings one more reminder after the snooze delay", async () => {
    h.clock.set("2026-12-01T14:00:00.000Z");
    const e = await seedEncounter(h, { personal: true, clinician: CLINICIAN });
    await close(h, e);
    await h.scheduler.pollOnce();
    h.clock.advance(10 * 60_000);
    const { remindAt } = await h.services.reminders.notes.snooze(TENANT_ID, e.id, CLINICIAN.aadObjectId);
    // An hour after the click (the first poll's calls went at 45 a second on the test's clock, from 14:00).
    expect(remindAt?.getTime()).toBe(h.clock.now() + H);
    expect(remindAt?.toISOString()).toMatch(/^2026-12-01T15:10:00\./);
    const start = sentToPersonal().length;
    h.clock.advance(H);
    await h.scheduler.pollOnce();
    expect(sentToPersonal().length).toBe(start + 1);
    expect(headingOf(sentToPersonal().at(-1)!)).toBe("Rappel : note au dossier à déposer");
  });
});

describe("when no meeting event ever comes", () => {
  it("the scheduler closes the encounter at its scheduled end plus the grace period, which opens the obligation", async () => {
    h.clock.set("2026-12-03T14:00:00.000Z");
    const e = await seedEncounter(h, {
      personal: true,
      clinician: CLINICIAN,
      scheduledEnd: "2026-12-03T14:30:00.000Z",
    });
    h.clock.set("2026-12-03T15:29:59.000Z");
    await h.scheduler.pollOnce();
    expect((await h.services.encounters.get(TENANT_ID, e.id))?.encounter.status).toBe("open");
    h.clock.set("2026-12-03T15:30:00.000Z");
    const start = sentToPersonal().length;
    await h.scheduler.pollOnce();
    await h.scheduler.pollOnce();
    const encounter = (await h.services.encounters.get(TENANT_ID, e.id))!.encounter;
    expect(encounter).toMatchObject({ status: "closed", closedBy: "scheduler", endedAt: "2026-12-03T14:30:00.000Z" });
    const o = (await h.services.reminders.obligations.get(TENANT_ID, e.id))!.obligation;
    expect(o).toMatchObject({ openedBy: "scheduler", deadline: "2026-12-04T14:30:00.000Z" });
    expect(sentToPersonal().length).toBe(start + 1);
    // Words are facts: the chart's block gives the scheduled end as such, and no duration.
    const block = texts(cardOf(sentToPersonal().at(-1)!));
    expect(block).toContain("fin réelle non reçue par Balises, fin prévue à 09 h 30 — durée à préciser");
    expect(block).not.toContain("durée 30 min");
    // The card's encounter line too: closed by Balises, not ended (noteJobs.ts passes what closed it).
    expect(block).toContain("close par Balises à sa fin prévue, le jeudi 3 décembre 2026 à 09 h 30 HNE");
    expect(block).not.toContain("terminée le");
  });

  it("the check does nothing when the clinician closed first", async () => {
    h.clock.set("2026-12-05T14:00:00.000Z");
    const e = await seedEncounter(h, {
      personal: true,
      clinician: CLINICIAN,
      scheduledEnd: "2026-12-05T14:30:00.000Z",
    });
    h.clock.set("2026-12-05T14:20:00.000Z");
    await close(h, e, "clinician");
    h.clock.set("2026-12-05T15:31:00.000Z");
    await h.scheduler.pollOnce();
    const encounter = (await h.services.encounters.get(TENANT_ID, e.id))!.encounter;
    expect(encounter).toMatchObject({ closedBy: "clinician", endedAt: "2026-12-05T14:20:00.000Z" });
    const autoClose = (await h.services.jobs.queue.recordsOf(TENANT_ID, e.id)).find((j) => j.kind === "autoClose");
    expect(autoClose).toMatchObject({ state: "cancelled", endedReason: "alreadyClosed" });
  });
});

describe("reaching the clinician 1:1", () => {
  it("opens the personal chat when none is stored, with the clinician's Teams id, and remembers it", async () => {
    h.clock.set("2026-12-07T14:00:00.000Z");
    const user = { id: "29:new-clinician", aadObjectId: "aaaaaaaa-0000-4000-8000-0000000000a1", name: "Nouvelle" };
    const e = await seedEncounter(h, { clinician: user });
    const created = h.connector.conversationsCreated.length;
    await close(h, e);
    await h.scheduler.pollOnce();
    const request = h.connector.conversationsCreated[created]!;
    expect(request).toMatchObject({
      isGroup: false,
      tenantId: TENANT_ID,
      members: [{ id: user.id, aadObjectId: user.aadObjectId }],
    });
    expect(h.connector.sentTo(`a:personal-${user.id}`)).toHaveLength(1);
    const personal = await h.services.conversations.getPersonal(TENANT_ID, user.aadObjectId);
    expect(personal?.reference.conversation.id).toBe(`a:personal-${user.id}`);
  });

  it("when Teams refuses (personal app not installed), records it and posts a plain install hint in the meeting chat", async () => {
    h.clock.set("2026-12-09T14:00:00.000Z");
    const user = { id: "29:no-app", aadObjectId: "aaaaaaaa-0000-4000-8000-0000000000a2", name: "Sans app" };
    const e = await seedEncounter(h, { clinician: user });
    h.connector.failMember(user.id, {
      status: 403,
      body: { error: { code: "Forbidden", message: "The bot is not installed for the user" } },
    });
    await close(h, e);
    await h.scheduler.pollOnce();
    await h.scheduler.pollOnce();
    const o = (await h.services.reminders.obligations.get(TENANT_ID, e.id))!.obligation;
    expect(o).toMatchObject({ cardDelivery: "personalAppNotInstalled", cardDeliveryReason: "Forbidden" });
    const noteCard = (await h.services.reminders.notes.jobsOf(TENANT_ID, e.id)).find((j) => j.kind === "noteCard");
    expect(noteCard).toMatchObject({ state: "ended", endedReason: "personalAppNotInstalled" });
    const hint = h.connector.sentTo(e.conversationId);
    expect(hint).toHaveLength(1);
    expect(hint[0]!.body.attachments).toBeUndefined();
    // Posted where the patient reads too: addressed to the staff.
    expect(String(hint[0]!.body.text)).toMatch(/^Balises, pour le personnel clinique : /);
    expect(String(hint[0]!.body.text)).toContain("ajoutez l'application Balises pour vous-même");
    expect(String(hint[0]!.body.text)).toContain("add the Balises app for yourself");
  });
});
