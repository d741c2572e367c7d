/**
 * Issue 10: a team's routes are for the members of that Microsoft Teams team. Its key is its Entra group id
 * (anything else is 400, before any storage read); 404 team_not_installed until the bot has learnt the team;
 * 403 not_team_member for a tenant user not on its roster; install names a first pilot only once; pilots,
 * learners and supervisors are chosen from the roster.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { startFakeConnector, type FakeConnector } from "../support/fakeConnector.js";
import { installInTeam } from "../support/teams.js";
import { PRIVATE_MEETING, TEAM_G, TENANT, USERS } from "../support/teamsIds.js";
import {
  matching,
  as,
  call,
  defaults,
  install,
  OID,
  randomTeam,
  seededTeam,
  teamPath,
  type Client,
  type ConfigViewBody,
  type ErrorBody,
} from "./apiClient.js";
import { seedEncounter } from "./activityFixtures.js";
import type { Me } from "../../bot/src/contract/index.js";

let service: TestService;
let connector: FakeConnector;
const c: Record<string, Client> = {};
/** Installed by the pilot; everyone of the dev tenant is on its roster except pilote2. */
let teamKey = "";

const ROSTER = ["pilote", "clinicien", "superviseur", "resident", "etudiant"];
const MARCH = "from=2026-03-01&to=2026-03-31";
const LEARNER = { oid: OID.etudiant, role: "medicalStudent", supervisors: [OID.superviseur], trainingSite: "GMF-U" };

beforeAll(async () => {
  connector = await startFakeConnector();
  service = await startTestService({ DEV_IDENTITY: "on" });
  for (const p of [...ROSTER, "pilote2"]) c[p] = await as(service, p);
  teamKey = await seededTeam(service, ROSTER);
  expect((await install(c.pilote!, teamKey)).status).toBe(201);
  expect(
    (
      await c.pilote!.post(teamPath(teamKey, "learners"), {
        oid: OID.resident,
        role: "resident",
        supervisors: [OID.superviseur],
        trainingSite: "GMF-U",
      })
    ).status,
  ).toBe(201);
});
afterAll(async () => {
  await service?.stop();
  await connector?.stop();
});

const codeOf = (body: unknown) => (body as ErrorBody).error.code;

describe("team keys: a group id only", () => {
  const NOT_GROUP_IDS: Array<[string, string]> = [
    ["the team's thread id", TEAM_G.threadId],
    ["a channel id", TEAM_G.channelId],
    ["a meeting chat id", PRIVATE_MEETING.chatId],
    ["a made-up key", "equipe-demo"],
    ["a group id in braces", `{${TEAM_G.groupId}}`],
  ];

  it.each(NOT_GROUP_IDS)("refuses %s with 400 validation_failed on teamKey", async (_label, key) => {
    const response = await c.pilote!.get<ErrorBody>(teamPath(key, "config"));
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("validation_failed");
    expect(response.body.error.details?.[0]?.path).toBe("teamKey");
  });

  it.each(NOT_GROUP_IDS)("refuses %s in /api/me?team= with 400", async (_label, key) => {
    expect((await c.pilote!.get(`/api/me?team=${encodeURIComponent(key)}`)).status).toBe(400);
  });

  it("refuses them before any storage read: 400, not 503, while storage is down", async () => {
    const down = await startTestService({ DEV_IDENTITY: "on" });
    try {
      const pilot = await as(down, "pilote");
      await down.azurite.stop();
      for (const [, key] of NOT_GROUP_IDS) expect((await pilot.get(teamPath(key, "config"))).status).toBe(400);
      expect((await pilot.get(teamPath(randomUUID(), "config"))).status).toBe(503);
    } finally {
      await down.close();
    }
  });
});

describe("members of the team only", () => {
  const ROUTES: Array<[string, string, unknown?]> = [
    ["GET", "config"],
    ["PUT", "config", { configuration: defaults() }],
    ["POST", "install"],
    ["POST", "pilots", { userId: OID.pilote2 }],
    ["DELETE", `pilots/${OID.pilote}`],
    ["GET", "audit"],
    ["GET", "learners"],
    ["POST", "learners", LEARNER],
    ["GET", `learners/${OID.resident}`],
    ["GET", "supervision-settings"],
    ["GET", `activity?${MARCH}&view=mine`],
    ["GET", `activity/summary?${MARCH}&view=mine`],
    ["GET", `activity/export.csv?${MARCH}&view=mine`],
    ["GET", "members"],
  ];

  it.each(ROUTES)("%s %s: 403 not_team_member for a tenant user not on the roster", async (method, path, body) => {
    const response = await call<ErrorBody>(service, c.pilote2!.token, method, teamPath(teamKey, path), {
      body,
      headers: { "if-match": "*" },
    });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe("not_team_member");
    expect(response.body.error.messages).toEqual({
      "fr-CA": matching(/pas membre/),
      en: matching(/not a member/),
    });
  });

  it.each(ROUTES)("%s %s: 404 team_not_installed where Balises is not installed", async (method, path, body) => {
    const response = await call<ErrorBody>(service, c.pilote!.token, method, teamPath(randomUUID(), path), {
      body,
      headers: { "if-match": "*" },
    });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("team_not_installed");
  });

  it("changes nothing for the outsider's attempts: the pilots and learners stay as they were", async () => {
    await c.pilote2!.post(teamPath(teamKey, "pilots"), { userId: OID.pilote2 });
    await c.pilote2!.post(teamPath(teamKey, "learners"), LEARNER);
    expect((await c.pilote!.get<ConfigViewBody>(teamPath(teamKey, "config"))).body.pilots).toEqual([OID.pilote]);
    expect(
      (await c.pilote!.get<{ items: Array<{ oid: string }> }>(teamPath(teamKey, "learners"))).body.items.map(
        (l) => l.oid,
      ),
    ).toEqual([OID.resident]);
  });

  it("loses access when they leave the roster, even as a pilot", async () => {
    const key = await seededTeam(service, ["pilote", "clinicien"]);
    expect((await install(c.pilote!, key)).status).toBe(201);
    await service.services.teams.removeMembers(TENANT, key, [OID.pilote!]);
    const response = await c.pilote!.get(teamPath(key, "config"));
    expect(response.status).toBe(403);
    expect(codeOf(response.body)).toBe("not_team_member");
  });
});

describe("/api/me?team=", () => {
  const me = async (who: string, key: string) =>
    (await c[who]!.get<Me>(`/api/me?team=${encodeURIComponent(key)}`)).body;

  it("a member: the team by name, and their roles in it", async () => {
    expect(await me("pilote", teamKey.toUpperCase())).toEqual(
      expect.objectContaining({
        roles: ["pilot", "clinician"],
        team: { groupId: teamKey, name: randomTeam().name, installed: true, member: true },
      }),
    );
    expect((await me("superviseur", teamKey)).roles).toEqual(["supervisor", "clinician"]);
  });

  it("a tenant user not on the roster: not a member, no role in the team", async () => {
    expect(await me("pilote2", teamKey)).toMatchObject({
      roles: ["clinician"],
      team: { groupId: teamKey, installed: true, member: false },
    });
  });

  it("a team where Balises is not installed: not installed, no name", async () => {
    const key = randomUUID();
    expect(await me("pilote", key)).toMatchObject({
      roles: ["clinician"],
      team: { groupId: key, name: null, installed: false, member: false },
    });
  });
});

describe("install by a member", () => {
  it("makes them first pilot when the team has no configuration yet", async () => {
    const key = await seededTeam(service, ROSTER);
    const first = await install(c.clinicien!, key);
    expect(first.status).toBe(201);
    expect(first.body.pilots).toEqual([OID.clinicien]);
  });

  it("makes a second member nothing: the first pilot stays the only one", async () => {
    const key = await seededTeam(service, ROSTER);
    expect((await install(c.clinicien!, key)).status).toBe(201);
    const second = await install(c.superviseur!, key);
    expect(second.status).toBe(200);
    expect(second.body.pilots).toEqual([OID.clinicien]);
  });

  it("changes nothing once the bot named the member who added Balises to the team", async () => {
    const team = randomTeam("CLSC de test");
    await installInTeam(service, connector, team, USERS.pilote, [USERS.pilote, USERS.clinicien]);
    const again = await install(c.clinicien!, team.groupId);
    expect(again.status).toBe(200);
    expect(again.body.pilots).toEqual([OID.pilote]);
  });
});

describe("roles go to members of the team only", () => {
  it("a pilot cannot add a non-member as pilot: 400 on userId, pilots unchanged", async () => {
    const response = await c.pilote!.post<ErrorBody>(teamPath(teamKey, "pilots"), { userId: OID.pilote2 });
    expect(response.status).toBe(400);
    expect(response.body.error.details?.map((d) => d.path)).toEqual(["userId"]);
    expect((await c.pilote!.get<ConfigViewBody>(teamPath(teamKey, "config"))).body.pilots).toEqual([OID.pilote]);
  });

  it("a learner must be a member: 400 on oid", async () => {
    const response = await c.pilote!.post<ErrorBody>(teamPath(teamKey, "learners"), { ...LEARNER, oid: OID.pilote2 });
    expect(response.status).toBe(400);
    expect(response.body.error.details?.map((d) => d.path)).toEqual(["oid"]);
  });

  it("supervisors must be members: 400 on supervisors.N", async () => {
    const response = await c.pilote!.post<ErrorBody>(teamPath(teamKey, "learners"), {
      ...LEARNER,
      supervisors: [OID.superviseur, OID.pilote2],
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details?.map((d) => d.path)).toEqual(["supervisors.1"]);
    expect((await c.pilote!.get(teamPath(teamKey, `learners/${OID.etudiant}`))).status).toBe(404);
  });

  it("an update cannot name a non-member supervisor: 400 on supervisors.N", async () => {
    const path = teamPath(teamKey, `learners/${OID.resident}`);
    const current = await c.pilote!.get<{ etag: string }>(path);
    const response = await c.pilote!.put<ErrorBody>(
      path,
      { role: "resident", supervisors: [OID.pilote2], trainingSite: "GMF-U" },
      { "if-match": current.body.etag },
    );
    expect(response.status).toBe(400);
    expect(response.body.error.details?.map((d) => d.path)).toEqual(["supervisors.0"]);
  });
});

describe("a pilot or supervisor who left the team's roster", () => {
  it("can no longer record a learner's part or the new-patient fact on the team's encounters", async () => {
    const team = await seededTeam(service, ["pilote", "clinicien", "superviseur", "resident"]);
    expect((await install(c.pilote!, team)).status).toBe(201);
    expect(
      (
        await c.pilote!.post(teamPath(team, "learners"), {
          oid: OID.resident,
          role: "resident",
          supervisors: [OID.superviseur],
          trainingSite: "GMF-U",
        })
      ).status,
    ).toBe(201);
    const id = await seedEncounter(service.services, {
      tenantId: TENANT,
      teamKey: team,
      organizerId: OID.clinicien!,
      startedAt: "2026-03-05T14:00:00.000Z",
    });
    const part = `/api/encounters/${id}/learners/${OID.resident}`;
    expect((await c.superviseur!.put(part, { participation: "led" })).status).toBe(200);

    await service.services.teams.removeMembers(TENANT, team, [OID.pilote!, OID.superviseur!]);
    expect((await c.pilote!.put(part, { participation: "observed" })).status).toBe(403);
    expect((await c.superviseur!.put(part, { participation: "observed" })).status).toBe(403);
    expect((await c.pilote!.put(`/api/encounters/${id}/new-patient`, { vulnerable: true })).status).toBe(403);
    expect((await c.clinicien!.put(part, { participation: "wasObserved" })).status).toBe(200);
  });
});
