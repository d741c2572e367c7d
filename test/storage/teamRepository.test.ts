/**
 * Contract of the Teams and People tables against Azurite, and the roster sync over them: a team's staff
 * roster follows Teams' (added, renamed, removed; guests never), each person's teams are one partition read
 * checked against the roster, and removing Balises from a team forgets its roster.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { createTableClientFactory } from "../../bot/src/storage/tableClients.js";
import { TableGateway } from "../../bot/src/storage/tableGateway.js";
import { TeamRepository } from "../../bot/src/storage/teamRepository.js";
import { PeopleRepository } from "../../bot/src/storage/peopleRepository.js";
import { RosterSync } from "../../bot/src/rosters/rosterSync.js";
import type { RosterSource } from "../../bot/src/rosters/ports.js";
import type { RosterAccount } from "../../bot/src/domain/teams.js";
import { createLogger } from "../../bot/src/logger.js";
import { TEAM_G, TEAM_H, TENANT, USERS } from "../support/teamsIds.js";

const OTHER_TENANT = "00000000-0000-4000-8000-00000000de01";
let azurite: RunningAzurite;
let teams: TeamRepository;
let people: PeopleRepository;
let roster: RosterAccount[] = [];
const pagesRead: number[] = [];

/** Teams' side of a roster read (Microsoft's cloud is the only thing stood in for): two accounts a page. */
const source: RosterSource = {
  teamDetails: () => Promise.resolve({}),
  member: () => Promise.resolve(undefined),
  rosterPages: () => pages(),
};

// eslint-disable-next-line @typescript-eslint/require-await -- an async iterable, as Teams' paged roster is
async function* pages(): AsyncIterable<RosterAccount[]> {
  for (let i = 0; i < roster.length; i += 2) {
    pagesRead.push(i);
    yield roster.slice(i, i + 2);
  }
}

const account = (u: { aadObjectId: string; name: string }, userRole = "user"): RosterAccount => ({
  aadObjectId: u.aadObjectId,
  name: u.name,
  userRole,
});
const install = (tenantId: string, team: typeof TEAM_G) =>
  teams.saveInstalled(tenantId, {
    groupId: team.groupId,
    threadId: team.threadId,
    name: team.name,
    serviceUrl: "https://smba.trafficmanager.net/amer/",
    installedAt: "2026-11-23T15:00:00.000Z",
  });

beforeAll(async () => {
  azurite = await startAzurite();
  const factory = createTableClientFactory(azurite.storage());
  teams = new TeamRepository(new TableGateway(factory.client("Teams")));
  people = new PeopleRepository(new TableGateway(factory.client("People")));
});
afterAll(() => azurite.stop());

const sync = () =>
  new RosterSync({
    teams,
    people,
    source,
    now: () => new Date("2026-11-24T15:00:00.000Z"),
    logger: createLogger("silent"),
  });

describe("Teams table and roster sync", () => {
  it("reads the whole roster page by page, keeps staff only, and names them", async () => {
    await install(TENANT, TEAM_G);
    roster = [
      account(USERS.pilote),
      account(USERS.clinicien),
      account({ aadObjectId: "7d0a9b1c-2e3f-4a5b-8c6d-7e8f9a0b1c2d", name: "Invité externe" }, "guest"),
    ];
    expect(await sync().refresh(TENANT, TEAM_G.groupId)).toMatchObject({ kind: "synced", members: 2 });
    expect(pagesRead.length).toBe(2);
    expect((await teams.members(TENANT, TEAM_G.groupId)).map((m) => m.name).sort()).toEqual(
      [USERS.clinicien.name, USERS.pilote.name].sort(),
    );
    expect((await people.names(TENANT, [USERS.pilote.aadObjectId])).get(USERS.pilote.aadObjectId)).toBe(
      USERS.pilote.name,
    );
    expect((await teams.get(TENANT, TEAM_G.groupId))?.team).toMatchObject({
      memberCount: 2,
      rosterSyncedAt: "2026-11-24T15:00:00.000Z",
    });
  });

  it("follows renames and departures on the next refresh", async () => {
    roster = [account({ ...USERS.pilote, name: "Marie Tremblay-Roy" })];
    expect(await sync().refresh(TENANT, TEAM_G.groupId)).toMatchObject({ kind: "synced", members: 1, removed: 1 });
    expect(await teams.member(TENANT, TEAM_G.groupId, USERS.clinicien.aadObjectId)).toBeUndefined();
    expect(await teams.member(TENANT, TEAM_G.groupId, USERS.pilote.aadObjectId)).toEqual({
      oid: USERS.pilote.aadObjectId,
      name: "Marie Tremblay-Roy",
    });
    expect(await teams.teamsOf(TENANT, USERS.clinicien.aadObjectId)).toEqual([]);
  });

  it("lists a person's installed teams, by name, in their tenant only", async () => {
    await install(TENANT, TEAM_H);
    await teams.putMembers(
      TENANT,
      TEAM_H.groupId,
      [{ oid: USERS.pilote.aadObjectId, name: USERS.pilote.name }],
      "2026-11-24T15:00:00.000Z",
    );
    expect((await teams.teamsOf(TENANT, USERS.pilote.aadObjectId)).map((t) => t.name)).toEqual(
      [TEAM_H.name, TEAM_G.name].sort((a, b) => a.localeCompare(b, "fr-CA")),
    );
    expect(await teams.teamsOf(OTHER_TENANT, USERS.pilote.aadObjectId)).toEqual([]);
  });

  it("knows a team thread's group id once installed, and remembers a person's and a meeting's team", async () => {
    expect(await teams.groupOfThread(TENANT, TEAM_G.threadId)).toBe(TEAM_G.groupId);
    expect(await teams.groupOfThread(OTHER_TENANT, TEAM_G.threadId)).toBeUndefined();
    await teams.setPreferredTeam(TENANT, USERS.pilote.aadObjectId, TEAM_H.groupId, "2026-11-24T15:00:00.000Z");
    expect(await teams.preferredTeam(TENANT, USERS.pilote.aadObjectId)).toBe(TEAM_H.groupId);
    await teams.setMeetingTeam(
      TENANT,
      "MCMxOTptZWV0aW5nX05qazR=",
      TEAM_G.groupId,
      USERS.pilote.aadObjectId,
      "2026-11-24T15:00:00.000Z",
    );
    expect((await teams.meetingTeam(TENANT, "MCMxOTptZWV0aW5nX05qazR="))?.groupId).toBe(TEAM_G.groupId);
  });

  it("does not sync a team where Balises is not installed, nor list it once removed", async () => {
    expect(await sync().refresh(OTHER_TENANT, TEAM_G.groupId)).toEqual({ kind: "notInstalled" });
    await teams.patch(TENANT, TEAM_H.groupId, { removedAt: "2026-11-24T16:00:00.000Z" });
    expect((await teams.teamsOf(TENANT, USERS.pilote.aadObjectId)).map((t) => t.groupId)).toEqual([TEAM_G.groupId]);
  });
});
