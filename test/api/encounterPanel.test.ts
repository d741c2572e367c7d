/**
 * The meeting side panel's API (issue 12): the meeting's encounter for its clinicians, and each of its actions —
 * the consent and contingency cards' own commands. A meeting starts through the bot endpoint (meetingStart, Teams-
 * shaped private meeting, the organiser a dev persona), its cards land in the fake connector; the tab's calls carry
 * the personas' dev tokens. For every action route: anyone but the encounter's clinicians is refused (no token 401,
 * a colleague of the same tenant 403, another tenant 404) and nothing changes; a body the card would refuse is a
 * 400 with the card's words under the field; a revision the record moved past is a 409; and after a change, the
 * meeting chat's card is updated for everyone (a PUT on the connector).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { startFakeConnector, type FakeConnector, type RecordedActivity } from "../support/fakeConnector.js";
import { postActivity } from "../support/activities.js";
import { meetingStartActivity } from "../support/meetingActivities.js";
import { seedTeam } from "../support/teams.js";
import { OTHER_PRIVATE_MEETING, PRIVATE_MEETING, TEAM_G, TENANT, USERS } from "../support/teamsIds.js";
import { closeEncounter, encounterIdFor } from "../../bot/src/domain/encounter.js";
import { consentEntryOf } from "../../bot/src/domain/consent.js";
import { CONSENT_ENTRY_MESSAGES } from "../../bot/src/domain/consentLabels.js";
import { LOCATION_ENTRY_MESSAGES } from "../../bot/src/domain/patientLocation.js";
import { encounterPanelAnswerSchema, type EncounterPanelAnswer } from "../../bot/src/contract/index.js";
import { as, call, type Client, type ErrorBody } from "./apiClient.js";

const START = "2026-11-23T14:00:00.000Z";
const MEETING = PRIVATE_MEETING;
const encounterId = encounterIdFor(MEETING.meetingId, START);
const panelPath = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}/encounter`;
const actionPath = (action: string) => `/api/encounters/${encounterId}/${action}`;

let service: TestService;
let connector: FakeConnector;
const c: Record<string, Client> = {};
const cardIds = { consent: "", contingency: "" };

type Card = Record<string, unknown>;
const cardOf = (a: RecordedActivity) => (a.body.attachments as Array<{ content: Card }> | undefined)?.[0]?.content;
const text = (x: unknown) => JSON.stringify(x);

beforeAll(async () => {
  connector = await startFakeConnector();
  service = await startTestService({ DEV_IDENTITY: "on" });
  for (const p of ["clinicien", "pilote", "autre-locataire"]) c[p] = await as(service, p);
  await seedTeam(service, TEAM_G, [USERS.pilote, USERS.clinicien]);
  connector.meetings.set(MEETING.meetingId, {
    details: { id: MEETING.meetingId, scheduledStartTime: START, type: "Scheduled" },
    conversation: { id: MEETING.chatId },
    organizer: { id: USERS.clinicien.id, aadObjectId: USERS.clinicien.aadObjectId, tenantId: TENANT },
  });
  const options = { serviceUrl: connector.serviceUrl, user: USERS.clinicien, tenantId: TENANT };
  const meeting = { meetingId: MEETING.meetingId, conversationId: MEETING.chatId };
  await postActivity(service.url, meetingStartActivity({ ...options, ...meeting, startTime: START }));
  for (const kind of ["consent", "contingency"] as const) {
    const posted = await connector.waitForActivity(
      (a) => a.method === "POST" && a.conversationId === MEETING.chatId && text(cardOf(a)).includes(`${kind}.open`),
    );
    cardIds[kind] = posted.activityId ?? "";
  }
});
afterAll(async () => {
  await service?.stop();
  await connector?.stop();
});

const stored = async () => (await service.services.encounters.get(TENANT, encounterId))!;
const panel = async () => (await c.clinicien!.get<EncounterPanelAnswer>(panelPath(MEETING.meetingId))).body.encounter!;

/**
 * Waits for the next update of one of the meeting chat's cards, after those received so far (each test awaits the
 * updates it causes, so none is left over for the next one).
 */
function nextUpdateOf(kind: keyof typeof cardIds) {
  const seen = new Set(connector.activities);
  return () => connector.waitForActivity((a) => a.method === "PUT" && a.activityId === cardIds[kind] && !seen.has(a));
}

/** Each action with a body it accepts at the encounter's revisions now. */
async function validBodies(): Promise<Record<string, Record<string, unknown>>> {
  const { consentRev, planRev } = await panel();
  return {
    consent: { ...consentEntryOf(undefined), method: "verbal", consentRev },
    "consent/withdraw": { consentRev },
    "physical-presence": { consentRev, required: false },
    plan: {
      planRev,
      phoneVerified: true,
      emailVerified: false,
      emergencyContactConfirmed: true,
      agreedWithPatient: true,
    },
    "plan/agreed-with-number": { planRev },
    location: { planRev, regionCode: "04", confidential: "yes" },
    "connection-lost": { planRev },
    phone: { planRev },
    crisis: { planRev },
  };
}

describe("the meeting's encounter (GET /api/meetings/{meetingId}/encounter)", () => {
  it("shows the organiser the encounter meetingStart opened, the four conditions to meet, in the contract's shape", async () => {
    const response = await c.clinicien!.get<EncounterPanelAnswer>(panelPath(MEETING.meetingId));
    expect(response.status).toBe(200);
    expect(encounterPanelAnswerSchema.strict().safeParse(response.body).error?.issues ?? []).toEqual([]);
    const e = response.body.encounter!;
    expect(e).toMatchObject({ id: encounterId, status: "open", modality: "video", consentRev: 0, planRev: 0 });
    expect(e.conditions.map((x) => x.state)).toEqual(["notMet", "toConfirm", "notMet", "notMet"]);
    expect(e.consent.form).toEqual(consentEntryOf(undefined));
    expect(e.people[USERS.clinicien.aadObjectId]).toBe(USERS.clinicien.name);
  });

  it("is null for a meeting that has not started, and answers 304 to the ETag it gave while nothing changed", async () => {
    const none = await c.clinicien!.get<EncounterPanelAnswer>(panelPath(OTHER_PRIVATE_MEETING.meetingId));
    expect(none.body).toEqual({ meetingId: OTHER_PRIVATE_MEETING.meetingId, encounter: null });
    const first = await c.clinicien!.get(panelPath(MEETING.meetingId));
    const tag = first.headers.get("etag")!;
    const again = await c.clinicien!.get(panelPath(MEETING.meetingId), { "if-none-match": tag });
    expect(again.status).toBe(304);
    const other = await c.clinicien!.get(panelPath(MEETING.meetingId), { "if-none-match": '"something-else"' });
    expect(other.status).toBe(200);
  });

  it("refuses a colleague who is not a clinician of the encounter (403), another tenant sees no encounter", async () => {
    const refused = await c.pilote!.get<ErrorBody>(panelPath(MEETING.meetingId));
    expect(refused.status).toBe(403);
    expect(refused.body.error.messages["fr-CA"]).toContain("inscrit ou inscrite");
    const elsewhere = await c["autre-locataire"]!.get<EncounterPanelAnswer>(panelPath(MEETING.meetingId));
    expect(elsewhere.body.encounter).toBeNull();
    expect((await call(service, undefined, "GET", panelPath(MEETING.meetingId))).status).toBe(401);
  });
});

describe("who may act on it (every action route)", () => {
  it("refuses a patient without a token (401), a colleague (403) and another tenant (404); nothing changes", async () => {
    const before = (await stored()).etag;
    for (const [action, body] of Object.entries(await validBodies())) {
      expect((await call(service, undefined, "POST", actionPath(action), { body })).status, action).toBe(401);
      expect((await c.pilote!.post(actionPath(action), body)).status, action).toBe(403);
      expect((await c["autre-locataire"]!.post(actionPath(action), body)).status, action).toBe(404);
    }
    expect((await stored()).etag).toBe(before);
  });
});

describe("what the card would refuse (every action route)", () => {
  it("answers 400 for a body out of the contract, with the field named", async () => {
    const bodies = await validBodies();
    for (const action of Object.keys(bodies)) {
      const response = await c.clinicien!.post<ErrorBody>(actionPath(action), { ...bodies[action], extra: 1 });
      expect(response.status, action).toBe(400);
      const missingRev = await c.clinicien!.post<ErrorBody>(actionPath(action), {});
      expect(missingRev.status, action).toBe(400);
      expect(missingRev.body.error.details?.map((d) => d.path).join(), action).toMatch(/Rev/);
    }
  });

  // 003 §1.3.1; 004: a method, a region and a confidentiality answer are chosen, never assumed
  it("refuses a consent without its method and a location left empty, with the card's words under each field", async () => {
    const bodies = await validBodies();
    const consent = await c.clinicien!.post<ErrorBody>(actionPath("consent"), { ...bodies.consent, method: "" });
    expect(consent.status).toBe(400);
    expect(consent.body.error.details).toEqual([{ path: "method", message: CONSENT_ENTRY_MESSAGES.method }]);
    const location = await c.clinicien!.post<ErrorBody>(actionPath("location"), {
      ...bodies.location,
      regionCode: "",
      confidential: "",
    });
    expect(location.body.error.details).toEqual([
      { path: "regionCode", message: LOCATION_ENTRY_MESSAGES.regionCode },
      { path: "confidential", message: LOCATION_ENTRY_MESSAGES.confidential },
    ]);
    expect((await stored()).encounter.consentRev).toBe(0);
  });
});

describe("the clinician's actions, and the meeting chat's cards after them", () => {
  it("records consent: the conditions move, the consent card is updated for everyone, the event is audited", async () => {
    const update = nextUpdateOf("consent");
    const bodies = await validBodies();
    const entry = {
      ...bodies.consent,
      identityDocumentKind: "ramqCard",
      limitsExplained: true,
      inPersonOffer: "declined",
      interpreterPresent: true,
    };
    const saved = await c.clinicien!.post<EncounterPanelAnswer>(actionPath("consent"), entry);
    expect(saved.status).toBe(200);
    expect(saved.body.encounter!.consent).toMatchObject({ status: "valid", recordedBy: USERS.clinicien.aadObjectId });
    expect(saved.body.encounter!.conditions[0]).toEqual({ id: "consent", state: "met", details: [] });
    // Recorded as the card records it (domain/consent.ts consentRecordFrom): the offer with the person's answer.
    expect((await stored()).encounter.consents[0]).toMatchObject({
      inPersonOffered: true,
      inPersonAnswer: "declined",
      interpreterPresent: true,
    });
    // Her usual choices, saved by the consent command whichever door it came from — never this visit's interpreter.
    expect(saved.body.encounter!.consent.remembered).toMatchObject({
      ...{ identityDocumentKind: "ramqCard", limitsExplained: true, inPersonOffer: "declined" },
      interpreterPresent: false,
    });
    expect(text(cardOf(await update()))).toContain("Consentement noté le");
    await service.services.consentAudit.settled();
    const audit = await service.services.audit.pageForEncounter(TENANT, encounterId, 10);
    expect(audit.items.map((i) => [i.action, i.by])).toEqual([["consent.record", USERS.clinicien.aadObjectId]]);
  });

  it("refuses a change on a revision the record moved past (409) and keeps what is stored", async () => {
    const outdated = await c.clinicien!.post<ErrorBody>(actionPath("consent/withdraw"), { consentRev: 0 });
    expect(outdated.status).toBe(409);
    expect(outdated.body.error.code).toBe("revision_conflict");
    expect(outdated.body.error.messages["fr-CA"]).toContain("n'était plus à jour");
    expect(outdated.body.error.messages.en).toContain("out of date");
    expect((await stored()).encounter.consents[0]?.withdrawnAt).toBeUndefined();
  });

  // Regulation art. 1 (2), 003 §5
  it("answers condition 2, on the consent card's revision", async () => {
    const update = nextUpdateOf("consent");
    const { consentRev } = await panel();
    const answer = await c.clinicien!.post<EncounterPanelAnswer>(actionPath("physical-presence"), {
      consentRev,
      required: false,
    });
    expect(answer.body.encounter).toMatchObject({ physicalPresenceRequired: false, consentRev: consentRev + 1 });
    expect(answer.body.encounter!.conditions[1]).toEqual({ id: "noPhysicalPresence", state: "met", details: [] });
    await update();
  });

  // 003 §3; 004
  it("agrees the plan with a confirmed number and confirms the location: the plan card follows each", async () => {
    const planUpdate = nextUpdateOf("contingency");
    const bodies = await validBodies();
    const agreed = await c.clinicien!.post<EncounterPanelAnswer>(actionPath("plan"), bodies.plan);
    expect(agreed.body.encounter!.plan).toMatchObject({ agreed: true, callbackDelayMinutes: 5 });
    expect(text(cardOf(await planUpdate()))).toContain("Plan convenu avec vous");
    const locationUpdate = nextUpdateOf("contingency");
    const located = await c.clinicien!.post<EncounterPanelAnswer>(actionPath("location"), {
      ...bodies.location,
      planRev: agreed.body.encounter!.planRev,
    });
    expect(located.body.encounter!.location).toMatchObject({ regionCode: "04", confidential: true });
    await locationUpdate();
  });

  // 003 §3
  it("reports the connection lost (the steps posted once) and switches to phone", async () => {
    const update = nextUpdateOf("contingency");
    const { planRev } = await panel();
    const lost = await c.clinicien!.post<EncounterPanelAnswer>(actionPath("connection-lost"), { planRev });
    expect(lost.body.encounter!.incidents.connectionLost).toBe(1);
    await connector.waitForActivity(
      (a) => a.method === "POST" && a.conversationId === MEETING.chatId && text(cardOf(a)).includes("Connexion perdue"),
    );
    await update();
    const replay = await c.clinicien!.post(actionPath("connection-lost"), { planRev });
    expect(replay.status).toBe(409);
    const phone = await c.clinicien!.post<EncounterPanelAnswer>(actionPath("phone"), { planRev: planRev + 1 });
    expect(phone.body.encounter!.modality).toBe("phone");
    const steps = connector
      .sentTo(MEETING.chatId)
      .filter((a) => a.method === "POST" && text(cardOf(a)).includes("Connexion perdue"));
    expect(steps).toHaveLength(1);
  });

  // 001, 004; 003 §3: the card's crisis action, from the panel — the region taken from the recorded location
  it("records a crisis with the steps for the clinician only, then posts the region's resources in the chat once", async () => {
    const { planRev } = await panel();
    const reported = await c.clinicien!.post<EncounterPanelAnswer>(actionPath("crisis"), { planRev });
    expect(reported.status).toBe(200);
    const { crisis } = reported.body.encounter!;
    expect(crisis).toMatchObject({ regionCode: "04", emergencyContactAuthorised: true });
    expect(crisis.resources[0]?.phone).toBe("911");
    const incident = (await stored()).encounter.incidents.at(-1);
    expect(incident).toMatchObject({ kind: "crisis", at: crisis.recordedAt, by: USERS.clinicien.aadObjectId });
    expect(Object.keys(incident!).sort()).toEqual(["at", "by", "kind"]);
    expect((await c.clinicien!.post(actionPath("crisis"), { planRev })).status).toBe(409);

    const at = { at: crisis.recordedAt };
    expect((await c.pilote!.post(actionPath("crisis/resources"), at)).status).toBe(403);
    const wrongTime = await c.clinicien!.post<ErrorBody>(actionPath("crisis/resources"), { at: START });
    expect(wrongTime.status).toBe(400);
    expect(wrongTime.body.error.messages["fr-CA"]).toContain("rien n'a été publié");
    for (let click = 0; click < 2; click++)
      expect((await c.clinicien!.post(actionPath("crisis/resources"), at)).status).toBe(200);
    const isResources = (a: RecordedActivity) =>
      a.method === "POST" &&
      a.conversationId === MEETING.chatId &&
      text(cardOf(a)).includes("Ressources en cas d'urgence");
    const posted = await connector.waitForActivity(isResources);
    expect(text(cardOf(posted))).toContain("911");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(connector.sentTo(MEETING.chatId).filter(isResources)).toHaveLength(1);
  });

  // 003 §1.3.2: revocable at any time
  it("withdraws consent: the consent card says so for everyone", async () => {
    const update = nextUpdateOf("consent");
    const { consentRev } = await panel();
    const answer = await c.clinicien!.post<EncounterPanelAnswer>(actionPath("consent/withdraw"), { consentRev });
    expect(answer.body.encounter!.consent.status).toBe("withdrawn");
    expect(text(cardOf(await update()))).toContain("Consentement retiré");
  });

  // Words are facts: closed by Balises at the scheduled end (no meetingEnd received), the panel says so (tab strings).
  it("says what closed the encounter, so that the panel does not call a scheduled end an end", async () => {
    expect((await panel()).closedBy).toBeNull();
    const closed = await service.services.encounters.update(TENANT, encounterId, (e) =>
      closeEncounter(e, "2026-11-23T15:00:00.000Z", "scheduler"),
    );
    expect(closed?.changed).toBe(true);
    expect(await panel()).toMatchObject({ status: "closed", closedBy: "scheduler" });
  });
});
