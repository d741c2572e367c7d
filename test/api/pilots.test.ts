/** POST/DELETE /api/teams/{groupId}/pilots: pilots only, never the last one, ETag-safe, audited. Each test has its own team. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import {
  anyString,
  matching,
  as,
  install,
  NAME,
  OID,
  seededTeam,
  teamPath,
  type Client,
  type ConfigViewBody,
  type ErrorBody,
} from "./apiClient.js";

let service: TestService;
let pilot: Client;
let clinician: Client;

beforeAll(async () => {
  service = await startTestService({ DEV_IDENTITY: "on" });
  pilot = await as(service, "pilote");
  clinician = await as(service, "clinicien");
});
afterAll(() => service.stop());

/** A team with every dev persona on its roster, installed by the pilot (its first pilot). */
async function installedTeam() {
  const teamKey = await seededTeam(service);
  const response = await install(pilot, teamKey);
  expect(response.status).toBe(201);
  return { teamKey, etag: response.body.etag! };
}

const audit = async (teamKey: string) =>
  (await pilot.get<{ items: Array<{ action: string; by: string; changes: unknown[] }> }>(teamPath(teamKey, "audit")))
    .body.items;

describe("pilots", () => {
  it("lets a pilot add a pilot, who then has the pilot role and may configure", async () => {
    const { teamKey } = await installedTeam();
    const response = await pilot.post<ConfigViewBody>(teamPath(teamKey, "pilots"), { userId: OID.pilote2 });
    expect(response.status).toBe(200);
    expect(response.body.pilots).toEqual([OID.pilote, OID.pilote2]);
    expect(response.headers.get("etag")).toBe(response.body.etag);
    const pilot2 = await as(service, "pilote2");
    expect((await pilot2.get<{ roles: string[] }>(`/api/me?team=${encodeURIComponent(teamKey)}`)).body.roles).toEqual([
      "pilot",
      "clinician",
    ]);
    const [entry] = await audit(teamKey);
    expect(entry).toMatchObject({
      at: anyString(),
      by: OID.pilote,
      action: "pilot.add",
      changes: [{ path: "pilots", before: [OID.pilote], after: [OID.pilote, OID.pilote2] }],
    });
  });

  it("names its pilots in the view (people), by display name", async () => {
    const { teamKey } = await installedTeam();
    const response = await pilot.post<ConfigViewBody>(teamPath(teamKey, "pilots"), { userId: OID.pilote2 });
    expect(response.body.people).toEqual({ [OID.pilote!]: NAME.pilote, [OID.pilote2!]: NAME.pilote2 });
    expect((await clinician.get<ConfigViewBody>(teamPath(teamKey, "config"))).body.people).toEqual(
      response.body.people,
    );
  });

  it("accepts an upper-case GUID and stores it lower-case; adding an existing pilot changes nothing", async () => {
    const { teamKey } = await installedTeam();
    expect(
      (await pilot.post<ConfigViewBody>(teamPath(teamKey, "pilots"), { userId: OID.pilote2!.toUpperCase() })).body
        .pilots,
    ).toEqual([OID.pilote, OID.pilote2]);
    const again = await pilot.post<ConfigViewBody>(teamPath(teamKey, "pilots"), { userId: OID.pilote2 });
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(2);
    expect((await audit(teamKey)).map((e) => e.action)).toEqual(["pilot.add", "config.install"]);
  });

  it("refuses non-pilots (403) and keeps the list", async () => {
    const { teamKey } = await installedTeam();
    const response = await clinician.post<ErrorBody>(teamPath(teamKey, "pilots"), { userId: OID.clinicien });
    expect(response.status).toBe(403);
    expect(response.body.error.messages["fr-CA"]).toMatch(/pilotes cliniques/);
    expect((await clinician.delete(teamPath(teamKey, `pilots/${OID.pilote}`))).status).toBe(403);
    expect((await pilot.get<ConfigViewBody>(teamPath(teamKey, "config"))).body.pilots).toEqual([OID.pilote]);
  });

  it("answers 404 team_not_installed for a team where Balises is not installed", async () => {
    const response = await pilot.post<ErrorBody>(teamPath(randomUUID(), "pilots"), { userId: OID.pilote2 });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("team_not_installed");
  });

  it("answers 404 not_found for an installed team with no configuration yet", async () => {
    const response = await pilot.post<ErrorBody>(teamPath(await seededTeam(service), "pilots"), {
      userId: OID.pilote2,
    });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("not_found");
  });

  it("refuses a user id that is not an Entra object id, and unknown fields", async () => {
    const { teamKey } = await installedTeam();
    for (const body of [
      { userId: "Dre Tremblay" },
      { userId: "' or true or '" },
      {},
      { userId: OID.pilote2, role: "admin" },
    ]) {
      const response = await pilot.post<ErrorBody>(teamPath(teamKey, "pilots"), body);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe("validation_failed");
    }
    expect((await pilot.delete(teamPath(teamKey, "pilots/not-a-guid"))).status).toBe(400);
  });

  it("removes a pilot but never the last one", async () => {
    const { teamKey } = await installedTeam();
    await pilot.post(teamPath(teamKey, "pilots"), { userId: OID.pilote2 });
    const removed = await pilot.delete<ConfigViewBody>(teamPath(teamKey, `pilots/${OID.pilote2}`));
    expect(removed.status).toBe(200);
    expect(removed.body.pilots).toEqual([OID.pilote]);
    const last = await pilot.delete<ErrorBody>(teamPath(teamKey, `pilots/${OID.pilote}`));
    expect(last.status).toBe(400);
    expect(last.body.error.details).toEqual([
      {
        path: "pilots",
        message: { "fr-CA": matching(/au moins un pilote/), en: matching(/at least one/) },
      },
    ]);
    expect((await pilot.get<ConfigViewBody>(teamPath(teamKey, "config"))).body.pilots).toEqual([OID.pilote]);
    expect((await audit(teamKey)).map((e) => e.action)).toEqual(["pilot.remove", "pilot.add", "config.install"]);
  });

  it("lets a pilot remove themself when another pilot remains, after which they may no longer configure", async () => {
    const { teamKey } = await installedTeam();
    await pilot.post(teamPath(teamKey, "pilots"), { userId: OID.pilote2 });
    expect((await pilot.delete(teamPath(teamKey, `pilots/${OID.pilote}`))).status).toBe(200);
    expect((await pilot.post(teamPath(teamKey, "pilots"), { userId: OID.pilote })).status).toBe(403);
  });

  it("is ETag-safe: a stale If-Match gets 412 and changes nothing", async () => {
    const { teamKey, etag } = await installedTeam();
    const fresh = await pilot.post<ConfigViewBody>(
      teamPath(teamKey, "pilots"),
      { userId: OID.pilote2 },
      { "if-match": etag },
    );
    expect(fresh.status).toBe(200);
    const stale = await pilot.post<ErrorBody>(
      teamPath(teamKey, "pilots"),
      { userId: OID.superviseur },
      { "if-match": etag },
    );
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe("etag_conflict");
    expect((await pilot.delete(teamPath(teamKey, `pilots/${OID.pilote2}`), { "if-match": etag })).status).toBe(412);
    expect((await pilot.get<ConfigViewBody>(teamPath(teamKey, "config"))).body.pilots).toEqual([
      OID.pilote,
      OID.pilote2,
    ]);
  });

  it("keeps the configuration when pilots change", async () => {
    const { teamKey, etag } = await installedTeam();
    const configured = await pilot.put<ConfigViewBody>(
      teamPath(teamKey, "config"),
      {
        configuration: {
          ...(await pilot.get<ConfigViewBody>(teamPath(teamKey, "config"))).body.configuration,
          checklistProfile: "counselling",
        },
      },
      { "if-match": etag },
    );
    expect(configured.status).toBe(200);
    const added = await pilot.post<ConfigViewBody>(teamPath(teamKey, "pilots"), { userId: OID.pilote2 });
    expect(added.body.configuration.checklistProfile).toBe("counselling");
  });
});
