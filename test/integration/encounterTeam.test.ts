/**
 * Which team a private meeting belongs to (issue 10), over HTTP with the connector stand-in answering
 * roster, team and meeting calls: an organiser in two teams chooses on the team card's visible button
 * (the choice is remembered for the next meeting), a patient's click changes nothing, an organiser in no
 * team gets the MSSS defaults and a notice, and the rosters follow members leaving and Balises removed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { startFakeConnector, type FakeConnector, type RecordedActivity } from "../support/fakeConnector.js";
import { BOT_ID, postActivity, type TestUser } from "../support/activities.js";
import { meetingInvokeActivity, meetingMessageActivity, meetingStartActivity } from "../support/meetingActivities.js";
import {
  ANONYMOUS_PATIENT,
  OTHER_PRIVATE_MEETING,
  PRIVATE_MEETING,
  TEAM_G,
  TEAM_H,
  TENANT,
  USERS,
  type MeetingIds,
  type TeamIds,
} from "../support/teamsIds.js";
import { botAddedToTeam, installInTeam } from "../support/teams.js";
import { as, defaults, putConfig, teamPath, type ConfigViewBody } from "../api/apiClient.js";
import { TEAM_CARD_STRINGS } from "../../bot/src/cards/team/team.strings.js";
import { NOTICE_TEXT } from "../../bot/src/cards/encounter/encounterCardParts.js";

let service: TestService;
let connector: FakeConnector;

type Card = Record<string, unknown>;
type InvokeBody = { statusCode: number; value: Card };
const cardOf = (a: RecordedActivity) => (a.body.attachments as Array<{ content: Card }> | undefined)?.[0]?.content;
const text = (x: unknown) => JSON.stringify(x);
const anonymous = { id: ANONYMOUS_PATIENT.id, name: ANONYMOUS_PATIENT.name } as TestUser;

function meeting(ids: MeetingIds, organizer: TestUser) {
  connector.meetings.set(ids.meetingId, {
    details: { id: ids.meetingId, type: "Scheduled" },
    conversation: { id: ids.chatId },
    organizer: { id: organizer.id, aadObjectId: organizer.aadObjectId, tenantId: TENANT },
  });
  connector.participants.set(ids.meetingId, new Map([[organizer.aadObjectId, "Organizer"]]));
  const opts = (user: TestUser) => ({
    serviceUrl: connector.serviceUrl,
    user,
    tenantId: TENANT,
    conversationId: ids.chatId,
    meetingId: ids.meetingId,
  });
  return {
    start: () =>
      postActivity(service.url, meetingStartActivity({ ...opts(organizer), startTime: new Date().toISOString() })),
    say: (words: string, user = organizer) => postActivity(service.url, meetingMessageActivity(words, opts(user))),
    invoke: async (verb: string, data: Record<string, unknown>, user: TestUser, replyToId?: string) =>
      (await postActivity(service.url, meetingInvokeActivity(verb, data, { ...opts(user), replyToId })))
        .body as unknown as InvokeBody,
    posted: () => connector.sentTo(ids.chatId).filter((a) => a.method === "POST"),
  };
}

const encounterOfTeamCard = (card: Card | undefined) => /"encounterId":"([^"]+)"/.exec(text(card))![1]!;
const stored = async (id: string) => (await service.services.encounters.get(TENANT, id))!.encounter;

async function configureCallbackDelay(team: TeamIds, persona: string, minutes: number) {
  const client = await as(service, persona);
  const current = await client.get<ConfigViewBody>(teamPath(team.groupId, "config"));
  const configuration = defaults();
  configuration.contingency.callbackDelayMinutes = minutes;
  expect((await putConfig(client, team.groupId, configuration, current.body.etag)).status).toBe(200);
}

beforeAll(async () => {
  connector = await startFakeConnector();
  service = await startTestService({ DEV_IDENTITY: "on" });
  await installInTeam(service, connector, TEAM_G, USERS.pilote, [USERS.pilote, USERS.clinicien, USERS.superviseur]);
  await installInTeam(service, connector, TEAM_H, USERS.clinicien, [USERS.clinicien]);
  await configureCallbackDelay(TEAM_H, "clinicien", 9);
});
afterAll(async () => {
  await service?.stop();
  await connector?.stop();
});

describe("an organiser in two teams chooses the encounter's team", () => {
  const m = () => meeting(PRIVATE_MEETING, USERS.clinicien);
  let encounterId = "";
  let teamCardId = "";

  it("meetingStart posts the team card first, with a visible button, then the consent and contingency cards (MSSS defaults)", async () => {
    await m().start();
    const posted = m().posted();
    expect(posted).toHaveLength(3);
    const teamCard = cardOf(posted[0]!);
    expect(text(teamCard)).toContain(TEAM_CARD_STRINGS.pending["fr-CA"]);
    expect(text(teamCard)).toContain('"verb":"encounter.team.open"');
    expect(text(cardOf(posted[2]!))).toContain("au bout de 5 minutes");
    teamCardId = posted[0]!.activityId!;
    encounterId = encounterOfTeamCard(teamCard);
    expect(await stored(encounterId)).toMatchObject({ teamSource: "pending", teamActivityId: teamCardId });
    expect((await stored(encounterId)).teamKey).toBeUndefined();
  });

  it("a patient pressing the button gets the shared card with a refusal; nothing changes", async () => {
    const answer = await m().invoke("encounter.team.open", { encounterId }, anonymous, teamCardId);
    expect(text(answer.value)).toContain(NOTICE_TEXT.refused["fr-CA"]);
    expect(text(answer.value)).not.toContain("Input.ChoiceSet");
    const set = await m().invoke("encounter.team.set", { encounterId, teamKey: TEAM_H.groupId }, anonymous, teamCardId);
    expect(text(set.value)).toContain(NOTICE_TEXT.refused["fr-CA"]);
    expect((await stored(encounterId)).teamKey).toBeUndefined();
  });

  it("the organiser's button shows their two teams by name", async () => {
    const answer = await m().invoke("encounter.team.open", { encounterId }, USERS.clinicien, teamCardId);
    expect(answer.statusCode).toBe(200);
    expect(text(answer.value)).toContain(TEAM_G.name);
    expect(text(answer.value)).toContain(TEAM_H.name);
  });

  it("choosing a team that is not theirs changes nothing", async () => {
    const answer = await m().invoke(
      "encounter.team.set",
      { encounterId, teamKey: "5b7c0e7a-3f1d-4a55-9e2b-0c1d2e3f4a5b" },
      USERS.clinicien,
      teamCardId,
    );
    expect(text(answer.value)).toContain(NOTICE_TEXT.notYourTeam["fr-CA"]);
    expect((await stored(encounterId)).teamKey).toBeUndefined();
  });

  it("choosing H attaches the encounter to H, updates everyone's team and contingency cards with H's callback delay", async () => {
    const answer = await m().invoke(
      "encounter.team.set",
      { encounterId, teamKey: TEAM_H.groupId },
      USERS.clinicien,
      teamCardId,
    );
    expect(text(answer.value)).toContain(NOTICE_TEXT.saved["fr-CA"]);
    const e = await stored(encounterId);
    expect(e).toMatchObject({ teamKey: TEAM_H.groupId, teamSource: "chosen" });
    // Everyone's cards follow after the answer (queued jobs), each updated in place.
    const teamCard = await connector.waitForActivity((a) => a.method === "PUT" && a.activityId === teamCardId);
    expect(text(cardOf(teamCard))).toContain(TEAM_H.name);
    const plan = await connector.waitForActivity((a) => a.method === "PUT" && a.activityId === e.contingencyActivityId);
    expect(text(cardOf(plan))).toContain("au bout de 9 minutes");
  });

  it("the choice is remembered: the organiser's next private meeting is H's without asking", async () => {
    const next = meeting(OTHER_PRIVATE_MEETING, USERS.clinicien);
    await next.start();
    expect(next.posted()).toHaveLength(2);
    const id = (cardOf(next.posted()[0]!)?.refresh as { action: { data: { encounterId: string } } }).action.data
      .encounterId;
    expect(await stored(id)).toMatchObject({ teamKey: TEAM_H.groupId, teamSource: "preferred" });
  });

  it("'équipe' in the meeting chat posts the team card again, showing the team", async () => {
    await m().say("équipe");
    expect(text(cardOf(m().posted().at(-1)!))).toContain(TEAM_H.name);
  });

  it("a change made in the meeting's tab (side panel) updates everyone's team card in the chat too", async () => {
    const client = await as(service, "clinicien");
    const path = `/api/meetings/${encodeURIComponent(PRIVATE_MEETING.meetingId)}/team`;
    expect((await client.put(path, { teamKey: TEAM_G.groupId })).status).toBe(200);
    // The card updated is the encounter's latest copy ('équipe' above posted it again).
    const { teamActivityId } = await stored(encounterId);
    const teamCard = await connector.waitForActivity(
      (a) => a.method === "PUT" && a.activityId === teamActivityId && text(cardOf(a)).includes(TEAM_G.name),
    );
    expect(text(cardOf(teamCard))).not.toContain(TEAM_H.name);
  });
});

describe("an organiser in no team where Balises is installed", () => {
  it("gets the MSSS defaults, the team card says so, and the button explains how to add Balises", async () => {
    const ids = {
      chatId: "19:meeting_Y2FmZTAxMjMtNDU2Ny04OWFiLWNkZWYtMDEyMzQ1Njc4OWFi@thread.v2",
      meetingId: Buffer.from("0#19:meeting_Y2FmZTAxMjMtNDU2Ny04OWFiLWNkZWYtMDEyMzQ1Njc4OWFi@thread.v2#0").toString(
        "base64",
      ),
    };
    const m = meeting(ids, USERS.etudiant);
    await m.start();
    const teamCard = cardOf(m.posted()[0]!);
    expect(text(teamCard)).toContain(TEAM_CARD_STRINGS.none["fr-CA"]);
    const answer = await m.invoke(
      "encounter.team.open",
      { encounterId: encounterOfTeamCard(teamCard) },
      USERS.etudiant,
    );
    expect(text(answer.value)).toContain(TEAM_CARD_STRINGS.noTeams["fr-CA"]);
  });
});

describe("rosters follow Teams", () => {
  const memberEvent = (
    team: TeamIds,
    change: "membersAdded" | "membersRemoved",
    members: Array<{ id: string; aadObjectId?: string }>,
  ) => {
    const activity = botAddedToTeam(team, USERS.pilote, connector.serviceUrl) as Record<string, unknown>;
    delete activity.membersAdded;
    return {
      ...activity,
      [change]: members,
      channelData: {
        ...(activity.channelData as object),
        eventType: change === "membersAdded" ? "teamMemberAdded" : "teamMemberRemoved",
      },
    };
  };
  const teamsOf = async (user: TestUser) =>
    (await service.services.teams.teamsOf(TENANT, user.aadObjectId)).map((t) => t.groupId);

  it("a member added to G is looked up and joins G's roster with their name; a guest never does", async () => {
    const team = connector.teams.get(TEAM_G.threadId)!;
    team.members.push({
      id: USERS.resident.id,
      aadObjectId: USERS.resident.aadObjectId,
      name: USERS.resident.name,
      userRole: "user",
    });
    team.members.push({
      id: "29:1guest-external",
      aadObjectId: "7d0a9b1c-2e3f-4a5b-8c6d-7e8f9a0b1c2d",
      name: "Invité externe",
      userRole: "guest",
    });
    await postActivity(
      service.url,
      memberEvent(TEAM_G, "membersAdded", [{ id: USERS.resident.id }, { id: "29:1guest-external" }]),
    );
    expect(await teamsOf(USERS.resident)).toEqual([TEAM_G.groupId]);
    expect(
      await service.services.teams.member(TENANT, TEAM_G.groupId, "7d0a9b1c-2e3f-4a5b-8c6d-7e8f9a0b1c2d"),
    ).toBeUndefined();
    expect(
      (await service.services.people.names(TENANT, [USERS.resident.aadObjectId])).get(USERS.resident.aadObjectId),
    ).toBe(USERS.resident.name);
  });

  it("a member removed from G leaves G's roster and index", async () => {
    await postActivity(
      service.url,
      memberEvent(TEAM_G, "membersRemoved", [{ id: USERS.superviseur.id, aadObjectId: USERS.superviseur.aadObjectId }]),
    );
    expect(await teamsOf(USERS.superviseur)).toEqual([]);
  });

  it("Balises removed from H: H takes no more encounters and its roster is forgotten", async () => {
    await postActivity(service.url, memberEvent(TEAM_H, "membersRemoved", [{ id: BOT_ID }]));
    expect(await service.services.teams.installed(TENANT, TEAM_H.groupId)).toBeUndefined();
    expect(await teamsOf(USERS.clinicien)).toEqual([TEAM_G.groupId]);
  });

  it("the install queued a roster refresh job for each team", async () => {
    const jobs = await service.services.jobs.queue.recordsOf(TENANT, `team:${TEAM_G.groupId}`);
    expect(jobs.map((j) => j.kind)).toEqual(["rosterRefresh"]);
  });
});
