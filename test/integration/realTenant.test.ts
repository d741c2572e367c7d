/**
 * Issue 10, end to end over HTTP (service + Azurite + a Bot Connector stand-in answering roster, team
 * details and meeting calls), with the ids Teams really sends: the bot knows team G by its thread
 * (19:…@thread.tacv2) and `aadGroupId`, the tab by its Entra group id only. Balises is added to G with the
 * pilot and the clinician on its roster → the pilot saves a corridor and a callback delay in the tab →
 * the clinician starts a private meeting (its own 19:meeting_… chat, no team) → its cards show that
 * corridor and delay, no §4 notice → consent recorded, meeting ended → the pilot's team view and the
 * clinician's "mine" view for G each show the encounter.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { startTestService, type TestService } from "../support/service.js";
import { startFakeConnector, type FakeConnector, type RecordedActivity } from "../support/fakeConnector.js";
import { postActivity } from "../support/activities.js";
import { meetingEndActivity, meetingInvokeActivity, meetingStartActivity } from "../support/meetingActivities.js";
import { PRIVATE_MEETING, TEAM_G, TENANT, USERS } from "../support/teamsIds.js";
import { installInTeam } from "../support/teams.js";
import { as, defaults, putConfig, teamPath, type Client, type ConfigViewBody } from "../api/apiClient.js";
import { validateCard } from "../support/adaptiveCardValidator.js";
import { CONTINGENCY_CLINICIAN_STRINGS } from "../../bot/src/cards/contingency/contingency.strings.js";
import { MATRIX_STRINGS } from "../../bot/src/cards/matrix/matrix.strings.js";

let service: TestService;
let connector: FakeConnector;
let pilot: Client;
let clinician: Client;
const start = new Date(Date.now() - 50 * 60_000).toISOString();
const end = new Date(Date.now() - 5 * 60_000).toISOString();
const today = DateTime.now().setZone("America/Montreal").toISODate()!;
const weekAgo = DateTime.now().setZone("America/Montreal").minus({ days: 7 }).toISODate()!;

type Card = Record<string, unknown>;
const cardOf = (a: RecordedActivity) => (a.body.attachments as Array<{ content: Card }> | undefined)?.[0]?.content;
const inMeeting = (user = USERS.clinicien) => ({
  serviceUrl: connector.serviceUrl,
  user,
  tenantId: TENANT,
  conversationId: PRIVATE_MEETING.chatId,
  meetingId: PRIVATE_MEETING.meetingId,
});

beforeAll(async () => {
  connector = await startFakeConnector();
  service = await startTestService({ DEV_IDENTITY: "on" });
  connector.meetings.set(PRIVATE_MEETING.meetingId, {
    details: { id: PRIVATE_MEETING.meetingId, scheduledStartTime: start, scheduledEndTime: end, type: "Scheduled" },
    conversation: { id: PRIVATE_MEETING.chatId },
    organizer: { id: USERS.clinicien.id, aadObjectId: USERS.clinicien.aadObjectId, tenantId: TENANT },
  });
  connector.participants.set(PRIVATE_MEETING.meetingId, new Map([[USERS.clinicien.aadObjectId, "Organizer"]]));
  pilot = await as(service, "pilote");
  clinician = await as(service, "clinicien");
});
afterAll(async () => {
  await service?.stop();
  await connector?.stop();
});

describe("one product in a real tenant: team G, a private meeting, the tab and the activity view meet", () => {
  let encounterId = "";

  it("the bot added to G learns its roster and names the member who added it first pilot", async () => {
    await installInTeam(service, connector, TEAM_G, USERS.pilote, [USERS.pilote, USERS.clinicien]);
    const view = await pilot.get<ConfigViewBody & { people: Record<string, string> }>(
      teamPath(TEAM_G.groupId, "config"),
    );
    expect(view.status).toBe(200);
    expect(view.body.pilots).toEqual([USERS.pilote.aadObjectId]);
    expect(view.body.people[USERS.pilote.aadObjectId]).toBe(USERS.pilote.name);
  });

  it("the pilot saves a corridor and a 12-minute callback delay for G, in the tab (group id)", async () => {
    const current = await pilot.get<ConfigViewBody>(teamPath(TEAM_G.groupId, "config"));
    const configuration = defaults();
    configuration.corridors = [
      { id: "gmf", name: "GMF des Rivières — plage sans rendez-vous", kind: "gmf", contact: "Poste 1234" },
    ];
    configuration.contingency.callbackDelayMinutes = 12;
    const saved = await putConfig(pilot, TEAM_G.groupId, configuration, current.body.etag);
    expect(saved.status).toBe(200);
    expect(saved.body.validCorridor).toBe(true);
  });

  it("the clinician's private meeting is G's: its cards show G's corridor and callback delay, no §4 notice", async () => {
    expect((await postActivity(service.url, meetingStartActivity({ ...inMeeting(), startTime: start }))).status).toBe(
      200,
    );
    const posted = connector
      .sentTo(PRIVATE_MEETING.chatId)
      .filter((a) => a.method === "POST")
      .map(cardOf);
    expect(posted).toHaveLength(2);
    const plan = JSON.stringify(posted[1]);
    expect(plan).toContain("12 minutes");
    expect(plan).toContain("GMF des Rivières — plage sans rendez-vous");
    encounterId = (posted[0]?.refresh as { action: { data: { encounterId: string } } }).action.data.encounterId;
    const stored = (await service.services.encounters.get(TENANT, encounterId))!.encounter;
    expect(stored).toMatchObject({
      teamKey: TEAM_G.groupId,
      teamSource: "onlyTeam",
      organizerId: USERS.clinicien.aadObjectId,
    });

    const refreshed = await postActivity(
      service.url,
      meetingInvokeActivity("contingency.refresh", { encounterId }, inMeeting()),
    );
    const view = (refreshed.body as { value: Card }).value;
    expect(validateCard(view).errors).toEqual([]);
    const text = JSON.stringify(view);
    expect(text).toContain(TEAM_G.name);
    expect(text).toContain("12 minutes");
    expect(text).not.toContain(CONTINGENCY_CLINICIAN_STRINGS.noCorridor["fr-CA"]);
    expect(text).not.toContain(MATRIX_STRINGS.noCorridor["fr-CA"]);
    // Regulation art. 1, 4°: G's corridor is found; the person's region is what remains to confirm.
    expect(text).toMatch(
      /4\. Un suivi en présence peut être offert à la personne","value":"\? à confirmer — Confirmez la région/,
    );
    expect(text).not.toContain("aucun corridor de référence valide");
  });

  it("consent is recorded and the meeting ends", async () => {
    const recorded = await postActivity(
      service.url,
      meetingInvokeActivity(
        "consent.record",
        {
          encounterId,
          rev: 0,
          method: "verbal",
          scopeSession: "true",
          identityDocumentKind: "ramqCard",
          limitsExplained: "true",
          inPersonOffered: "true",
          physicalPresence: "notRequired",
        },
        inMeeting(),
      ),
    );
    expect((recorded.body as { statusCode: number }).statusCode).toBe(200);
    expect((await postActivity(service.url, meetingEndActivity({ ...inMeeting(), endTime: end }))).status).toBe(200);
    expect((await service.services.encounters.get(TENANT, encounterId))!.encounter.status).toBe("closed");
  });

  it("the pilot's team view and the clinician's own view for G show the encounter, the clinician by name", async () => {
    type Page = {
      items: Array<{ encounterId: string; clinicianId: string; consent: { recorded: boolean } }>;
      people: Record<string, string>;
    };
    const team = await pilot.get<Page>(`${teamPath(TEAM_G.groupId, "activity")}?view=team&from=${weekAgo}&to=${today}`);
    expect(team.status).toBe(200);
    expect(team.body.items.map((i) => i.encounterId)).toEqual([encounterId]);
    expect(team.body.items[0]!.consent.recorded).toBe(true);
    expect(team.body.people[USERS.clinicien.aadObjectId]).toBe(USERS.clinicien.name);
    const mine = await clinician.get<Page>(
      `${teamPath(TEAM_G.groupId, "activity")}?view=mine&from=${weekAgo}&to=${today}`,
    );
    expect(mine.body.items.map((i) => i.encounterId)).toEqual([encounterId]);
  });

  it("the bot's thread id is not a team key for the tab, and a meeting chat is never a team", async () => {
    for (const key of [TEAM_G.threadId, PRIVATE_MEETING.chatId]) {
      const response = await pilot.get(teamPath(key, "config"));
      expect(response.status).toBe(400);
    }
  });

  it("a tenant user outside G gets 403 on install, config, audit and activity", async () => {
    const outsider = await as(service, "pilote2");
    const refused = [
      await outsider.post(teamPath(TEAM_G.groupId, "install")),
      await outsider.get(teamPath(TEAM_G.groupId, "config")),
      await outsider.get(teamPath(TEAM_G.groupId, "audit")),
      await outsider.get(`${teamPath(TEAM_G.groupId, "activity")}?view=mine&from=${weekAgo}&to=${today}`),
    ];
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403, 403]);
    expect(refused.map((r) => (r.body as { error: { code: string } }).error.code)).toEqual(
      Array(4).fill("not_team_member"),
    );
  });
});
