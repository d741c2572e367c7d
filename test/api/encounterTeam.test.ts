/**
 * Which team a private meeting belongs to, from the tab (issue 10): the caller's teams and the one they
 * prefer, a meeting's team chosen before it starts or changed after, an encounter attached to a team, the
 * caller's encounters still without one. A team is chosen only among one's own teams (400 otherwise); only a
 * clinician of the encounter changes its team (403 otherwise). Team G: pilote, clinicien, superviseur; team
 * H: clinicien, resident. Encounters are written through the repository, in Teams-shaped private meetings.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { seedTeam } from "../support/teams.js";
import {
  OTHER_PRIVATE_MEETING,
  PRIVATE_MEETING,
  TEAM_G,
  TEAM_H,
  TENANT,
  USERS,
  type MeetingIds,
} from "../support/teamsIds.js";
import { newEncounter } from "../../bot/src/domain/encounter.js";
import { as, OID, type Client, type ErrorBody } from "./apiClient.js";
import { newPrivateMeeting } from "./activityFixtures.js";
import type { MeetingTeamView, MyTeams, TeamRef } from "../../bot/src/contract/index.js";

type MeetingTeam = MeetingTeamView;

let service: TestService;
const c: Record<string, Client> = {};
const G: TeamRef = { groupId: TEAM_G.groupId, name: TEAM_G.name };
const H: TeamRef = { groupId: TEAM_H.groupId, name: TEAM_H.name };

beforeAll(async () => {
  service = await startTestService({ DEV_IDENTITY: "on" });
  for (const p of ["pilote", "clinicien", "superviseur", "resident", "pilote2"]) c[p] = await as(service, p);
  await seedTeam(service, TEAM_G, [USERS.pilote, USERS.clinicien, USERS.superviseur]);
  await seedTeam(service, TEAM_H, [USERS.clinicien, USERS.resident]);
});
afterAll(() => service.stop());

let minutesAgo = 0;
/** An encounter of `organizer` started a few minutes ago in this meeting (each one a new occurrence). */
async function encounter(organizer: string, options: { meeting?: MeetingIds; teamKey?: string } = {}): Promise<string> {
  const meeting = options.meeting ?? PRIVATE_MEETING;
  const e = newEncounter({
    tenantId: TENANT,
    meetingId: meeting.meetingId,
    conversationId: meeting.chatId,
    startedAt: new Date(Date.now() - (100 - ++minutesAgo) * 60_000).toISOString(),
    organizerId: OID[organizer]!,
    ...(options.teamKey ? { teamKey: options.teamKey, teamSource: "onlyTeam" as const } : {}),
  });
  await service.services.encounters.create(e);
  return e.id;
}
const storedTeamOf = async (encounterId: string) =>
  (await service.services.encounters.get(TENANT, encounterId))?.encounter.teamKey;
const meetingPath = (m: MeetingIds) => `/api/meetings/${encodeURIComponent(m.meetingId)}/team`;
const detailPaths = (body: unknown) => (body as ErrorBody).error.details?.map((d) => d.path);

describe("the caller's teams (GET /api/me/teams)", () => {
  it("lists the teams where Balises is installed and the caller is on the roster, by name", async () => {
    expect((await c.clinicien!.get<MyTeams>("/api/me/teams")).body.items).toEqual([H, G]);
    expect((await c.superviseur!.get<MyTeams>("/api/me/teams")).body.items).toEqual([G]);
  });

  it("is empty for someone on no roster", async () => {
    expect((await c.pilote2!.get<MyTeams>("/api/me/teams")).body).toEqual({ items: [], preferred: null });
  });
});

describe("the preferred team (PUT /api/me/preferred-team)", () => {
  it("remembers one of the caller's teams", async () => {
    const put = await c.clinicien!.put<MyTeams>("/api/me/preferred-team", { teamKey: TEAM_H.groupId.toUpperCase() });
    expect(put.status).toBe(200);
    expect(put.body.preferred).toBe(TEAM_H.groupId);
    expect((await c.clinicien!.get<MyTeams>("/api/me/teams")).body.preferred).toBe(TEAM_H.groupId);
  });

  it("refuses a team that is not the caller's, a thread id or an unknown team: 400 on teamKey, nothing remembered", async () => {
    for (const teamKey of [TEAM_H.groupId, TEAM_G.threadId, randomUUID()]) {
      const response = await c.pilote!.put<ErrorBody>("/api/me/preferred-team", { teamKey });
      expect(response.status, teamKey).toBe(400);
      expect(detailPaths(response.body)).toEqual(["teamKey"]);
    }
    expect((await c.pilote!.get<MyTeams>("/api/me/teams")).body.preferred).toBeNull();
  });
});

describe("a meeting's team before it starts (/api/meetings/{meetingId}/team)", () => {
  it("the organiser chooses one of their teams; it is shown and remembered as their preferred team", async () => {
    const meeting = newPrivateMeeting();
    const put = await c.clinicien!.put<MeetingTeam>(meetingPath(meeting), { teamKey: TEAM_G.groupId });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ encounter: null, team: G, source: "chosen" });
    expect((await c.clinicien!.get<MeetingTeam>(meetingPath(meeting))).body).toMatchObject({
      team: G,
      source: "chosen",
      choices: [H, G],
    });
    expect((await c.clinicien!.get<MyTeams>("/api/me/teams")).body.preferred).toBe(TEAM_G.groupId);
  });

  it("a member of the chosen team sees it; someone outside it does not", async () => {
    const meeting = newPrivateMeeting();
    expect((await c.clinicien!.put(meetingPath(meeting), { teamKey: TEAM_H.groupId })).status).toBe(200);
    expect((await c.resident!.get<MeetingTeam>(meetingPath(meeting))).body.team).toEqual(H);
    expect((await c.pilote!.get<MeetingTeam>(meetingPath(meeting))).body).toMatchObject({ team: null, source: null });
  });

  it("refuses a team that is not the caller's: 400 on teamKey", async () => {
    const meeting = newPrivateMeeting();
    const response = await c.resident!.put<ErrorBody>(meetingPath(meeting), { teamKey: TEAM_G.groupId });
    expect(response.status).toBe(400);
    expect(detailPaths(response.body)).toEqual(["teamKey"]);
    expect((await c.resident!.get<MeetingTeam>(meetingPath(meeting))).body.team).toBeNull();
  });
});

describe("a meeting's team once its encounter exists", () => {
  it("only a clinician of the encounter changes it: 403 for a member of its team", async () => {
    const id = await encounter("clinicien", { meeting: OTHER_PRIVATE_MEETING, teamKey: TEAM_G.groupId });
    const response = await c.pilote!.put<ErrorBody>(meetingPath(OTHER_PRIVATE_MEETING), { teamKey: TEAM_G.groupId });
    expect(response.status).toBe(403);
    expect(await storedTeamOf(id)).toBe(TEAM_G.groupId);
  });

  it("its clinician moves it to another of their teams", async () => {
    const id = await encounter("clinicien", { meeting: OTHER_PRIVATE_MEETING, teamKey: TEAM_G.groupId });
    const put = await c.clinicien!.put<MeetingTeam>(meetingPath(OTHER_PRIVATE_MEETING), { teamKey: TEAM_H.groupId });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ encounter: { id }, team: H, source: "chosen", canChange: true });
    expect(await storedTeamOf(id)).toBe(TEAM_H.groupId);
  });
});

describe("an encounter's team (PUT /api/encounters/{encounterId}/team)", () => {
  it("its clinician attaches it to one of their teams, which becomes their preferred team", async () => {
    const id = await encounter("superviseur");
    const put = await c.superviseur!.put(`/api/encounters/${id}/team`, { teamKey: TEAM_G.groupId });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ encounterId: id, team: G, source: "chosen" });
    expect(await storedTeamOf(id)).toBe(TEAM_G.groupId);
    expect((await c.superviseur!.get<MyTeams>("/api/me/teams")).body.preferred).toBe(TEAM_G.groupId);
  });

  it("refuses someone who is not its clinician, even a member of the team: 403, unchanged", async () => {
    const id = await encounter("clinicien");
    const response = await c.pilote!.put<ErrorBody>(`/api/encounters/${id}/team`, { teamKey: TEAM_G.groupId });
    expect(response.status).toBe(403);
    expect(await storedTeamOf(id)).toBeUndefined();
  });

  it("refuses a team that is not the clinician's: 400 on teamKey, unchanged", async () => {
    const id = await encounter("resident");
    const response = await c.resident!.put<ErrorBody>(`/api/encounters/${id}/team`, { teamKey: TEAM_G.groupId });
    expect(response.status).toBe(400);
    expect(detailPaths(response.body)).toEqual(["teamKey"]);
    expect(await storedTeamOf(id)).toBeUndefined();
  });

  it("answers 404 for an encounter that does not exist", async () => {
    const unknown = `${Buffer.from(newPrivateMeeting().meetingId).toString("base64url")}.${Date.now()}`;
    expect((await c.clinicien!.put(`/api/encounters/${unknown}/team`, { teamKey: TEAM_G.groupId })).status).toBe(404);
  });
});

describe("the caller's encounters without a team (GET /api/me/encounters-without-team)", () => {
  it("lists them with the caller's teams to choose from; one attached to a team leaves the list", async () => {
    const [without, withTeam] = [await encounter("resident"), await encounter("resident", { teamKey: TEAM_H.groupId })];
    const before = await c.resident!.get<{ items: Array<{ encounterId: string }>; choices: TeamRef[] }>(
      "/api/me/encounters-without-team",
    );
    expect(before.status).toBe(200);
    expect(before.body.items.map((i) => i.encounterId)).toContain(without);
    expect(before.body.items.map((i) => i.encounterId)).not.toContain(withTeam);
    expect(before.body.choices).toEqual([H]);

    expect((await c.resident!.put(`/api/encounters/${without}/team`, { teamKey: TEAM_H.groupId })).status).toBe(200);
    const after = await c.resident!.get<{ items: Array<{ encounterId: string }> }>("/api/me/encounters-without-team");
    expect(after.body.items.map((i) => i.encounterId)).not.toContain(without);
  });

  it("lists only the caller's own encounters", async () => {
    const theirs = await encounter("clinicien");
    const mine = await c.superviseur!.get<{ items: Array<{ encounterId: string }> }>("/api/me/encounters-without-team");
    expect(mine.body.items.map((i) => i.encounterId)).not.toContain(theirs);
  });
});
