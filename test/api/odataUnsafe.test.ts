/**
 * Team keys and values that look like OData are data: stored and read back verbatim, each in its own
 * row and audit partition, and never widening a query to someone else's row.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { as, defaults, install, OID, putConfig, teamPath, type Client, type ConfigViewBody } from "./apiClient.js";

let service: TestService;
let pilot: Client;

const UNSAFE = ["O'Brien", "' or true or '", "PartitionKey eq 'x'", "x' or PartitionKey ne '", "a/b\\c#d?e%f~g|h", "19:abc@thread.tacv2;messageid=1"];

beforeAll(async () => {
  service = await startTestService({ DEV_IDENTITY: "on" });
  pilot = await as(service, "pilote");
  // Someone else's configured team exists in the same tenant.
  const other = await install(pilot, "19:autre-equipe@thread.tacv2");
  expect((await putConfig(pilot, "19:autre-equipe@thread.tacv2", { ...defaults(), corridors: [{ id: "x", name: "GMF de l'autre équipe", kind: "gmf", contact: "1" }] }, other.body.etag)).status).toBe(200);
});
afterAll(() => service.stop());

describe("OData-unsafe strings", () => {
  it("never widens a point read: an injection-shaped team key sees only its own (absent) row", async () => {
    for (const teamKey of UNSAFE) {
      const response = await pilot.get<ConfigViewBody>(teamPath(teamKey, "config"));
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ teamKey, isDefault: true, etag: null, configuration: defaults() });
      expect((await pilot.get<{ items: unknown[] }>(teamPath(teamKey, "audit"))).body.items).toEqual([]);
    }
  });

  it.each(UNSAFE)("stores team key and values %j verbatim, in their own row", async (unsafe) => {
    const installed = await install(pilot, unsafe);
    expect(installed.status).toBe(201);
    expect(installed.body.teamKey).toBe(unsafe);
    const configuration = defaults();
    configuration.corridors = [{ id: "c1", name: `GMF ${unsafe}`, kind: "gmf", contact: unsafe, conditions: `${unsafe}\nsur rendez-vous` }];
    configuration.contingency.bridgeText = unsafe;
    configuration.interpreters = [{ id: "i1", name: unsafe, contact: unsafe }];
    expect((await putConfig(pilot, unsafe, configuration, installed.body.etag)).status).toBe(200);

    const read = await pilot.get<ConfigViewBody>(teamPath(unsafe, "config"));
    expect(read.body.teamKey).toBe(unsafe);
    expect(read.body.configuration).toEqual(configuration);
    const audit = await pilot.get<{ items: Array<{ action: string; changes: Array<{ path: string; after: unknown }> }> }>(teamPath(unsafe, "audit"));
    expect(audit.body.items.map((e) => e.action)).toEqual(["config.update", "config.install"]);
    expect(audit.body.items[0]!.changes).toContainEqual({ path: "contingency.bridgeText", before: "", after: unsafe });
    expect((await pilot.get<{ roles: string[] }>(`/api/me?team=${encodeURIComponent(unsafe)}`)).body.roles).toEqual(["pilot", "clinician"]);
  });

  it("left the other team's row untouched", async () => {
    const other = await pilot.get<ConfigViewBody>(teamPath("19:autre-equipe@thread.tacv2", "config"));
    expect(other.body.configuration.corridors[0]?.name).toBe("GMF de l'autre équipe");
    expect(other.body.pilots).toEqual([OID.pilote]);
  });

  it("bounds the team key length", async () => {
    expect((await pilot.get(teamPath("x".repeat(257), "config"))).status).toBe(400);
    expect((await pilot.get(teamPath("x".repeat(256), "config"))).status).toBe(200);
    expect((await pilot.get(`/api/me?team=${"y".repeat(300)}`)).status).toBe(400);
  });
});
