/**
 * Strings that look like OData. As a team key they are refused (400: a team key is a group id, a GUID),
 * never a 5xx; as values they are data: stored and read back verbatim in the team's own row (the audit
 * partition keeps their size), never widening a query to someone else's row.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { textSize } from "../../bot/src/domain/freeText.js";
import {
  as,
  defaults,
  install,
  OID,
  putConfig,
  seededTeam,
  teamPath,
  type Client,
  type ConfigViewBody,
  type ErrorBody,
} from "./apiClient.js";

let service: TestService;
let pilot: Client;
let otherTeam = "";

const UNSAFE = [
  "O'Brien",
  "' or true or '",
  "PartitionKey eq 'x'",
  "x' or PartitionKey ne '",
  "a/b\\c#d?e%f~g|h",
  "19:abc@thread.tacv2;messageid=1",
];

beforeAll(async () => {
  service = await startTestService({ DEV_IDENTITY: "on" });
  pilot = await as(service, "pilote");
  // Someone else's configured team exists in the same tenant.
  otherTeam = await seededTeam(service);
  const other = await install(pilot, otherTeam);
  expect(
    (
      await putConfig(
        pilot,
        otherTeam,
        { ...defaults(), corridors: [{ id: "x", name: "GMF de l'autre équipe", kind: "gmf", contact: "1" }] },
        other.body.etag,
      )
    ).status,
  ).toBe(200);
});
afterAll(() => service.stop());

describe("OData-unsafe team keys", () => {
  it.each(UNSAFE)("refuses team key %j with 400 validation_failed on config, install and audit", async (teamKey) => {
    for (const response of [
      await pilot.get<ErrorBody>(teamPath(teamKey, "config")),
      await pilot.post<ErrorBody>(teamPath(teamKey, "install")),
      await pilot.get<ErrorBody>(teamPath(teamKey, "audit")),
    ]) {
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe("validation_failed");
    }
  });

  it.each(UNSAFE)("refuses /api/me?team=%j with 400", async (teamKey) => {
    expect((await pilot.get(`/api/me?team=${encodeURIComponent(teamKey)}`)).status).toBe(400);
  });

  it("refuses a long key and accepts a group id in upper case, answering its lower-case form", async () => {
    expect((await pilot.get(teamPath("x".repeat(257), "config"))).status).toBe(400);
    expect((await pilot.get(`/api/me?team=${"y".repeat(300)}`)).status).toBe(400);
    const upper = await pilot.get<ConfigViewBody>(teamPath(otherTeam.toUpperCase(), "config"));
    expect(upper.status).toBe(200);
    expect(upper.body.teamKey).toBe(otherTeam);
  });
});

describe("OData-unsafe values", () => {
  it.each(UNSAFE)("stores %j verbatim in the team's own configuration, its size in the audit", async (unsafe) => {
    const teamKey = await seededTeam(service);
    const installed = await install(pilot, teamKey);
    expect(installed.status).toBe(201);
    const configuration = defaults();
    configuration.corridors = [
      { id: "c1", name: `GMF ${unsafe}`, kind: "gmf", contact: unsafe, conditions: `${unsafe}\nsur rendez-vous` },
    ];
    configuration.contingency.bridgeText = unsafe;
    configuration.interpreters = [{ id: "i1", name: unsafe, contact: unsafe }];
    expect((await putConfig(pilot, teamKey, configuration, installed.body.etag)).status).toBe(200);

    const read = await pilot.get<ConfigViewBody>(teamPath(teamKey, "config"));
    expect(read.body.teamKey).toBe(teamKey);
    expect(read.body.configuration).toEqual(configuration);
    const audit = await pilot.get<{
      items: Array<{ action: string; changes: Array<{ path: string; after: unknown }> }>;
    }>(teamPath(teamKey, "audit"));
    expect(audit.body.items.map((e) => e.action)).toEqual(["config.update", "config.install"]);
    // The audit keeps the size of free text, never the text (DESIGN, privacy).
    expect(audit.body.items[0]!.changes).toContainEqual({
      path: "contingency.bridgeText",
      before: { chars: 0 },
      after: { chars: textSize(unsafe) },
    });
  });

  it.each(UNSAFE)("stores a learner's training site %j verbatim", async (unsafe) => {
    const teamKey = await seededTeam(service);
    expect((await install(pilot, teamKey)).status).toBe(201);
    const registered = await pilot.post<{ trainingSite: string }>(teamPath(teamKey, "learners"), {
      oid: OID.resident,
      role: "resident",
      supervisors: [OID.superviseur],
      trainingSite: unsafe,
    });
    expect(registered.status).toBe(201);
    expect(
      (await pilot.get<{ trainingSite: string }>(teamPath(teamKey, `learners/${OID.resident}`))).body.trainingSite,
    ).toBe(unsafe);
  });

  it("refuses injection-shaped ids where an object id is expected (subject, learner), 400 not 5xx", async () => {
    for (const bad of ["' or true or '", "x' or PartitionKey ne '"]) {
      expect(
        (
          await pilot.get(
            teamPath(
              otherTeam,
              `activity?from=2026-03-01&to=2026-03-31&view=clinician&subject=${encodeURIComponent(bad)}`,
            ),
          )
        ).status,
      ).toBe(400);
      expect((await pilot.get(teamPath(otherTeam, `learners/${encodeURIComponent(bad)}`))).status).toBe(400);
    }
  });

  it("left the other team's row untouched", async () => {
    const other = await pilot.get<ConfigViewBody>(teamPath(otherTeam, "config"));
    expect(other.body.configuration.corridors[0]?.name).toBe("GMF de l'autre équipe");
    expect(other.body.pilots).toEqual([OID.pilote]);
  });
});
