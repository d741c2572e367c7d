/**
 * GET /api/teams/{groupId}/members?search=&limit=: the team's staff roster for the people picker, as the bot
 * learnt it when added to the team (the Bot Connector stand-in answers the roster, with a guest on it).
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { startFakeConnector, type FakeConnector } from "../support/fakeConnector.js";
import { installInTeam } from "../support/teams.js";
import { TEAM_G, USERS, type TeamsUser } from "../support/teamsIds.js";
import { as, teamPath, type Client, type ErrorBody } from "./apiClient.js";
import type { MemberPage } from "../../bot/src/contract/index.js";

type MembersBody = MemberPage;

let service: TestService;
let connector: FakeConnector;
let pilot: Client;

const colleague = (name: string): TeamsUser => ({ id: `29:1${randomUUID()}`, aadObjectId: randomUUID(), name });
const STAFF: TeamsUser[] = [
  { ...USERS.pilote, name: "Marie Tremblay" },
  { ...USERS.superviseur, name: "Dr Jean Gagnon" },
  { ...USERS.resident, name: "Dre Rosalie Côté" },
  colleague("Zoé Ouellet"),
  colleague("Étienne Côté-Lavoie"),
  colleague("Émilie Bérubé"),
];
/** The medical student is on the team as a guest (an external account): never staff. */
const GUEST: TeamsUser = { ...USERS.etudiant, name: "Léo Bouchard (Invité)" };

beforeAll(async () => {
  connector = await startFakeConnector();
  service = await startTestService({ DEV_IDENTITY: "on" });
  await installInTeam(service, connector, TEAM_G, USERS.pilote, STAFF, [GUEST]);
  pilot = await as(service, "pilote");
});
afterAll(async () => {
  await service?.stop();
  await connector?.stop();
});

const members = async (query = "", client = pilot) =>
  client.get<MembersBody>(`${teamPath(TEAM_G.groupId, "members")}${query}`);
const names = async (query = "") => (await members(query)).body.items.map((m) => m.name);

describe("team members", () => {
  it("lists the roster's staff sorted by name, with their object ids", async () => {
    const response = await members();
    expect(response.status).toBe(200);
    expect(response.body.items.map((m) => m.name)).toEqual([
      "Dr Jean Gagnon",
      "Dre Rosalie Côté",
      "Émilie Bérubé",
      "Étienne Côté-Lavoie",
      "Marie Tremblay",
      "Zoé Ouellet",
    ]);
    expect(response.body.items.find((m) => m.name === "Dr Jean Gagnon")?.oid).toBe(USERS.superviseur.aadObjectId);
    expect(response.body.total).toBe(6);
  });

  it("searches names without regard to accents or case", async () => {
    expect(await names("?search=cote")).toEqual(["Dre Rosalie Côté", "Étienne Côté-Lavoie"]);
    expect(await names("?search=EMILIE")).toEqual(["Émilie Bérubé"]);
    expect(await names("?search=personne")).toEqual([]);
  });

  it("limits the answer; the total still counts every match", async () => {
    const response = await members("?limit=2");
    expect(response.body.items.map((m) => m.name)).toEqual(["Dr Jean Gagnon", "Dre Rosalie Côté"]);
    expect(response.body.total).toBe(6);
  });

  it("refuses a limit out of bounds (400)", async () => {
    for (const limit of ["0", "51", "abc"]) expect((await members(`?limit=${limit}`)).status).toBe(400);
  });

  it("never lists a guest, and a guest may not call it (403)", async () => {
    expect(await names("?search=bouchard")).toEqual([]);
    const guest = await members("", await as(service, "etudiant"));
    expect(guest.status).toBe(403);
    expect((guest.body as unknown as ErrorBody).error.code).toBe("not_team_member");
  });

  it("is for members only: 403 for a tenant user not on the roster", async () => {
    const outsider = await members("", await as(service, "pilote2"));
    expect(outsider.status).toBe(403);
    expect((outsider.body as unknown as ErrorBody).error.code).toBe("not_team_member");
  });
});
