/**
 * The in-meeting flow's edges over HTTP: commands as the manual trigger, untrusted card data, other
 * tenants and meetings, recurring meetings, co-organisers, and storage going down.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { capturedLogger, type LogLine } from "../support/capturedLogger.js";
import { startFakeConnector, type FakeConnector, type RecordedActivity } from "../support/fakeConnector.js";
import {
  CLINICIAN,
  COLLEAGUE,
  OTHER_TENANT_ID,
  TENANT_ID,
  postActivity,
  type TestUser,
} from "../support/activities.js";
import {
  meetingEndActivity,
  meetingInvokeActivity,
  meetingMessageActivity,
  meetingStartActivity,
} from "../support/meetingActivities.js";
import { loadConfig } from "../../bot/src/config.js";
import { seedTeam } from "../support/teams.js";
import { TEAM_G } from "../support/teamsIds.js";
import { consentRecordClick } from "../support/consentFixtures.js";

let service: TestService;
let connector: FakeConnector;
const now = new Date("2026-11-24T15:00:00.000Z");
const CO_ORGANIZER: TestUser = {
  id: "29:co-organizer",
  aadObjectId: "aaaaaaaa-0000-4000-8000-000000000003",
  name: "Co-organisatrice",
};

let logs: LogLine[] = [];

beforeAll(async () => {
  connector = await startFakeConnector();
  const captured = capturedLogger();
  logs = captured.lines;
  service = await startTestService({}, { now: () => now, logger: captured.logger });
  // The organisers' team: their private meetings' encounters belong to it (no team card to choose).
  await seedTeam(service, TEAM_G, [CLINICIAN, COLLEAGUE], TENANT_ID);
});
afterAll(async () => {
  await service?.stop();
  await connector?.stop();
});

type Card = Record<string, unknown>;
type InvokeBody = { statusCode: number; type: string; value: Card & { code?: string; message?: string } };
const text = (x: unknown) => JSON.stringify(x);
const cardOf = (a: RecordedActivity) => (a.body.attachments as Array<{ content: Card }> | undefined)?.[0]?.content;

/** Each test gets its own meeting and chat. */
function meeting(
  name: string,
  roles: Array<[TestUser, string]> = [
    [CLINICIAN, "Organizer"],
    [COLLEAGUE, "Attendee"],
  ],
) {
  const meetingId = `meeting-${name}`;
  const conversationId = `19:meeting_${name}@thread.v2`;
  connector.meetings.set(meetingId, {
    details: { id: meetingId },
    organizer: { id: CLINICIAN.id, aadObjectId: CLINICIAN.aadObjectId },
  });
  connector.participants.set(meetingId, new Map(roles.map(([u, r]) => [u.aadObjectId, r])));
  const opts = (user: TestUser = CLINICIAN) => ({ serviceUrl: connector.serviceUrl, user, meetingId, conversationId });
  return {
    meetingId,
    conversationId,
    opts,
    sent: () => connector.sentTo(conversationId),
    say: (textToSay: string, user?: TestUser) =>
      postActivity(service.url, meetingMessageActivity(textToSay, opts(user))),
    invoke: async (
      verb: string,
      data: Record<string, unknown>,
      user?: TestUser,
      extra: { tenantId?: string; replyToId?: string } = {},
    ) => {
      const response = await postActivity(service.url, meetingInvokeActivity(verb, data, { ...opts(user), ...extra }));
      const body = response.body as unknown as InvokeBody;
      expect(response.status).toBe(body.statusCode); // the HTTP status mirrors the invoke response
      return body;
    },
  };
}

const encounterIdOf = (card: Card | undefined) =>
  (card?.refresh as { action: { data: { encounterId: string } } }).action.data.encounterId;

describe("commands: the manual trigger when meeting events never come", () => {
  it("'consentement' then 'contingence' open one encounter and post each card; 'note' by the organiser closes it", async () => {
    const m = meeting("commands");
    await m.say("consentement");
    await m.say("Contingence");
    const cards = m.sent().map(cardOf);
    expect(cards).toHaveLength(2);
    expect(text(cards[0])).toContain("Votre rencontre en télésanté");
    expect(text(cards[1])).toContain("Si la technologie fait défaut");
    const id = encounterIdOf(cards[0]);
    expect(encounterIdOf(cards[1])).toBe(id);
    // Its `opened` reactions ran: the retention purge is queued.
    expect(await service.services.jobs.records.get(TENANT_ID, id, "purgeEncounter", 0)).toMatchObject({
      state: "scheduled",
    });

    await m.say("note", COLLEAGUE);
    expect(text(m.sent().at(-1)?.body)).toContain("que par la personne qui organise la rencontre");
    expect((await service.services.encounters.get(TENANT_ID, id))?.encounter.status).toBe("open");
    expect(await service.services.reminders.obligations.get(TENANT_ID, id)).toBeUndefined();

    await m.say("terminer");
    const e = (await service.services.encounters.get(TENANT_ID, id))!.encounter;
    expect(e).toMatchObject({ status: "closed", closedBy: "clinician", endedAt: now.toISOString() });
    // Opened by a command, its start is the command's, not the meeting's (stored, and so the chart says).
    expect(e.startedAtFirstUse).toBe(true);
    // Its `closed` reaction ran: the note obligation is open.
    expect((await service.services.reminders.obligations.get(TENANT_ID, id))?.obligation).toMatchObject({
      openedBy: "clinician",
      facts: { startedAtFirstUse: true },
    });
    await m.say("fin");
    expect(text(m.sent().at(-1)?.body)).toContain("Aucune rencontre ouverte");
  });

  it("a participant cannot open an encounter by command, but can show the cards once it is open", async () => {
    const m = meeting("participant-command");
    await m.say("consentement", COLLEAGUE);
    expect(m.sent().map(cardOf).filter(Boolean)).toHaveLength(0);
    expect(text(m.sent().at(-1)?.body)).toContain("Seule la personne qui organise la rencontre peut ouvrir");
    // Typed in English, answered in English (the client's locale here is fr-CA).
    await m.say("consent", COLLEAGUE);
    expect(text(m.sent().at(-1)?.body)).toContain("Only the meeting organiser can open");
    await m.say("consentement");
    await m.say("consentement", COLLEAGUE);
    expect(m.sent().map(cardOf).filter(Boolean)).toHaveLength(2);
  });

  it("outside a meeting chat, says where the command works", async () => {
    const response = await postActivity(service.url, {
      ...meetingMessageActivity("consent", { serviceUrl: connector.serviceUrl, user: CLINICIAN, locale: "en" }),
      channelData: { tenant: { id: TENANT_ID } },
      conversation: { id: "a:personal", conversationType: "personal", tenantId: TENANT_ID },
    });
    expect(response.status).toBe(200);
    expect(text(connector.sentTo("a:personal").at(-1)?.body)).toContain(
      "This command works in the chat of a Teams meeting",
    );
  });
});

describe("untrusted card data", () => {
  it("answers 400 with a readable message for malformed data, never a crash", async () => {
    const m = meeting("bad-data");
    await m.say("consentement");
    const id = encounterIdOf(cardOf(m.sent()[0]!));
    const badId = await m.invoke("consent.record", { encounterId: "../../x", rev: 0 });
    expect(badId).toMatchObject({
      statusCode: 400,
      type: "application/vnd.microsoft.error",
      value: { code: "invalid_data" },
    });
    expect(badId.value.message).toContain("Les données de la carte sont invalides");
    // A person is told what to do; the schema's field names are internal.
    expect(badId.value.message).toContain("rouvrez-la et réessayez");
    expect(badId.value.message).not.toContain("encounterId");
    const badChoice = await m.invoke("consent.record", { encounterId: id, rev: 0, method: "telepathy" });
    expect(badChoice).toMatchObject({ statusCode: 400, value: { code: "invalid_data" } });
    const tooMany = await m.invoke("consent.record", {
      encounterId: id,
      rev: 0,
      method: "verbal",
      participants: "3",
      consentsRecorded: "4",
    });
    // More consents than patients: the same card, the message under the count (003 §1.1); nothing saved.
    expect(tooMany).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive" });
    expect(JSON.stringify(tooMany.value)).toContain("Il y a plus de consentements obtenus que de patients");
    expect(JSON.stringify(tooMany.value)).toContain('"id":"consentsRecorded","label":"Consentements obtenus"');
    // "Consigner" with no method: the clinician's view comes back as they filled it, the message under the method
    // (003 §1.3.1) — clients show a bare error response as nothing at all. Nothing is saved.
    const noMethod = await m.invoke("consent.record", {
      encounterId: id,
      rev: 0,
      method: "",
      scopeRecording: "true",
      limitsExplained: "true",
      identityDocumentKind: "ramqCard",
    });
    expect(noMethod).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive" });
    const body = noMethod.value as unknown as { body: Array<Record<string, unknown>> };
    const at = body.body.findIndex((e) => e.id === "method");
    expect(body.body[at + 1]).toMatchObject({ type: "TextBlock", color: "Attention" });
    expect(String(body.body[at + 1]?.text)).toContain("Choisissez le mode de consentement");
    expect(JSON.stringify(noMethod.value)).toContain("Rien n'a été enregistré");
    const values = Object.fromEntries(
      JSON.stringify(noMethod.value)
        .match(/"id":"(scopeRecording|limitsExplained|identityDocumentKind)"[^}]*?"value":"[^"]*"/g)!
        .map((x): [string, string] => [/"id":"(\w+)"/.exec(x)![1]!, /"value":"([^"]*)"$/.exec(x)![1]!]),
    );
    expect(values).toEqual({ scopeRecording: "true", limitsExplained: "true", identityDocumentKind: "ramqCard" });
    expect((await service.services.encounters.get(TENANT_ID, id))!.encounter.consents).toEqual([]);
  });

  it("loads the encounter under the activity's tenant and refuses a card from another meeting", async () => {
    const m = meeting("tenancy");
    await m.say("consentement");
    const id = encounterIdOf(cardOf(m.sent()[0]!));
    const otherTenant = await m.invoke("consent.withdraw", { encounterId: id, rev: 0 }, CLINICIAN, {
      tenantId: OTHER_TENANT_ID,
    });
    expect(otherTenant).toMatchObject({ statusCode: 404, value: { code: "encounter_not_found" } });
    // Teams names the tenant twice; an activity whose two names differ has no tenant and changes nothing.
    const mixed: Record<string, unknown> = meetingInvokeActivity(
      "consent.withdraw",
      { encounterId: id, rev: 0 },
      m.opts(),
    );
    (mixed.channelData as { tenant: { id: string } }).tenant.id = OTHER_TENANT_ID;
    const refused = (await postActivity(service.url, mixed)).body as unknown as InvokeBody;
    expect(refused).toMatchObject({ value: { code: "no_identity" } });
    // Said in the log: a message or an event refused so would otherwise vanish unseen.
    expect(logs.find((l) => l.msg === "activity tenant ids disagree")).toMatchObject({
      type: "invoke",
      conversation: TENANT_ID,
      channel: OTHER_TENANT_ID,
    });
    const elsewhere = meeting("elsewhere");
    const wrongMeeting = await elsewhere.invoke("consent.withdraw", { encounterId: id, rev: 0 });
    expect(wrongMeeting).toMatchObject({ statusCode: 403, value: { code: "wrong_conversation" } });
  });

  it("answers the English message in an English client", async () => {
    const m = meeting("english");
    const response = await postActivity(
      service.url,
      meetingInvokeActivity("consent.record", { encounterId: 5 }, { ...m.opts(), locale: "en-US" }),
    );
    expect(response.status).toBe(400);
    const { message } = (response.body as unknown as InvokeBody).value;
    expect(message).toContain("The card data is invalid");
    expect(message).not.toContain("encounterId");
  });
});

describe("the consent entry's answers (003 §1.3.7, §1.3.9; regulation art. 1, last paragraph)", () => {
  it("records a refusal of telehealth without a method, and the clinician reads it as a refusal", async () => {
    const m = meeting("refusal");
    await m.say("consentement");
    const id = encounterIdOf(cardOf(m.sent()[0]!));
    const answer = await m.invoke("consent.record", { encounterId: id, rev: 0, method: "", inPersonOffer: "accepted" });
    expect(JSON.stringify(answer.value)).toContain("Refus de la télésanté noté le");
    const [record] = (await service.services.encounters.get(TENANT_ID, id))!.encounter.consents;
    expect(record).toMatchObject({ method: null, inPersonOffered: true, inPersonAnswer: "accepted" });
  });

  it("records the interpreter and the establishment's group activity; a card posted before keeps its tick", async () => {
    const m = meeting("answers");
    await m.say("consentement");
    const id = encounterIdOf(cardOf(m.sent()[0]!));
    await m.invoke("consent.record", {
      ...consentRecordClick(id, 0),
      interpreterPresent: "true",
      participants: "8",
      consentsRecorded: "8",
      conductRulesCommitment: "true",
      organisedByEstablishment: "true",
    });
    // A card posted before the answer was asked still sends the old toggle: an offer, its answer not recorded.
    const { inPersonOffer: _choice, ...before } = consentRecordClick(id, 1);
    await m.invoke("consent.record", { ...before, inPersonOffered: "true" });
    const [first, second] = (await service.services.encounters.get(TENANT_ID, id))!.encounter.consents;
    expect(first).toMatchObject({
      inPersonOffered: true,
      inPersonAnswer: "declined",
      interpreterPresent: true,
      group: { participants: 8, consentsRecorded: 8, organisedByEstablishment: true },
    });
    expect(second).toMatchObject({ inPersonOffered: true, interpreterPresent: false });
    expect(second).not.toHaveProperty("inPersonAnswer");
  });
});

describe("occurrences and co-organisers", () => {
  it("a recurring meeting's next occurrence is a new encounter with its own cards", async () => {
    const m = meeting("weekly");
    await postActivity(service.url, meetingStartActivity({ ...m.opts(), startTime: "2026-11-17T15:00:00.000Z" }));
    await postActivity(service.url, meetingEndActivity({ ...m.opts(), endTime: "2026-11-17T15:40:00.000Z" }));
    await postActivity(service.url, meetingStartActivity({ ...m.opts(), startTime: "2026-11-24T15:00:00.000Z" }));
    const ids = new Set(m.sent().map((a) => encounterIdOf(cardOf(a))));
    expect(m.sent()).toHaveLength(4);
    expect(ids.size).toBe(2);
  });

  it("a co-organiser (Teams role Organizer) may record, and is then recorded on the encounter", async () => {
    const m = meeting("co-organiser", [
      [CLINICIAN, "Organizer"],
      [CO_ORGANIZER, "Organizer"],
      [COLLEAGUE, "Presenter"],
    ]);
    await m.say("contingence");
    const id = encounterIdOf(cardOf(m.sent()[0]!));
    const answer = await m.invoke(
      "contingency.record",
      { encounterId: id, rev: 0, phoneVerified: "true", agreedWithPatient: "true" },
      CO_ORGANIZER,
    );
    expect(text(answer.value)).toContain("Enregistré.");
    const e = (await service.services.encounters.get(TENANT_ID, id))!.encounter;
    expect(e.clinicianIds).toEqual([CLINICIAN.aadObjectId, CO_ORGANIZER.aadObjectId]);
    expect(e.refreshUserIds).toEqual([CLINICIAN.id, CO_ORGANIZER.id]);
    expect(e.plan?.recordedBy).toBe(CO_ORGANIZER.aadObjectId);
  });

  it("an anonymous participant (no Entra id) only ever gets the patient view", async () => {
    const m = meeting("anonymous");
    await m.say("consentement");
    const id = encounterIdOf(cardOf(m.sent()[0]!));
    const guest: TestUser = { id: "29:anonymous-guest", aadObjectId: "", name: "Invité" };
    const answer = await m.invoke("consent.refresh", { encounterId: id }, guest);
    expect(text(answer.value)).not.toContain("Input.");
  });
});

describe("languages", () => {
  it("the card everyone sees keeps the language it was posted in when an English-speaking clinician acts", async () => {
    const m = meeting("languages");
    await m.say("consentement");
    const posted = m.sent()[0]!;
    const id = encounterIdOf(cardOf(posted));
    const response = await postActivity(
      service.url,
      meetingInvokeActivity(
        "consent.record",
        { encounterId: id, rev: 0, method: "verbal", scopeSession: "true" },
        { ...m.opts(), locale: "en-US", replyToId: posted.activityId },
      ),
    );
    expect(text(response.body)).toContain("Consent — clinician view");
    const update = await connector.waitForActivity((a) => a.conversationId === m.conversationId && a.method === "PUT");
    expect(text(cardOf(update))).toContain("Votre rencontre en télésanté");
  });
});

describe("local clients without Teams meeting APIs (Agents Playground)", () => {
  it("DEV_MEETING_ORGANIZER names the organiser when the meeting APIs answer 404, in development only", async () => {
    const dev = await startTestService({ DEV_MEETING_ORGANIZER: CLINICIAN.aadObjectId });
    try {
      await seedTeam(dev, TEAM_G, [CLINICIAN], TENANT_ID);
      const opts = (user: TestUser) => ({
        serviceUrl: connector.serviceUrl,
        user,
        meetingId: "meeting-without-apis",
        conversationId: "19:meeting_noapi@thread.v2",
      });
      await postActivity(dev.url, meetingStartActivity({ ...opts(CLINICIAN), startTime: "2026-11-24T15:00:00.000Z" }));
      const id = encounterIdOf(cardOf(connector.sentTo("19:meeting_noapi@thread.v2")[0]!));
      const mine = await postActivity(
        dev.url,
        meetingInvokeActivity("consent.refresh", { encounterId: id }, { ...opts(CLINICIAN), trigger: "automatic" }),
      );
      expect(text(mine.body)).toContain("Input.ChoiceSet");
      const theirs = await postActivity(
        dev.url,
        meetingInvokeActivity("consent.refresh", { encounterId: id }, { ...opts(COLLEAGUE), trigger: "automatic" }),
      );
      expect(text(theirs.body)).not.toContain("Input.");
    } finally {
      await dev.stop();
    }
    expect(() => loadConfig({ BALISES_MODE: "production", DEV_MEETING_ORGANIZER: CLINICIAN.aadObjectId })).toThrow(
      /DEV_MEETING_ORGANIZER/,
    );
  });
});

describe("storage down", () => {
  it("answers 503 with the storage message instead of crashing", async () => {
    const down = await startTestService();
    try {
      const m = meeting("outage");
      await postActivity(down.url, meetingMessageActivity("consentement", m.opts()));
      const id = encounterIdOf(cardOf(m.sent()[0]!));
      await down.azurite.stop();
      const response = await postActivity(
        down.url,
        meetingInvokeActivity("consent.withdraw", { encounterId: id, rev: 0 }, m.opts()),
      );
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({
        statusCode: 503,
        type: "application/vnd.microsoft.error",
        value: { code: "storage_unavailable" },
      });
      expect(text(response.body)).toContain("Le stockage de Balises est momentanément inaccessible");
    } finally {
      await down.close();
    }
  });
});
