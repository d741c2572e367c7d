/** GET /api/teams/{groupId}/audit: append-only trail, newest first, paged with continuation tokens, for the team's members. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import {
  anyString,
  as,
  defaults,
  install,
  OID,
  putConfig,
  seededTeam,
  teamPath,
  type Client,
  type ErrorBody,
} from "./apiClient.js";
import type { AuditPage } from "../../bot/src/contract/index.js";

let service: TestService;
let pilot: Client;
let teamKey = "";

type AuditBody = AuditPage;

beforeAll(async () => {
  service = await startTestService({ DEV_IDENTITY: "on" });
  pilot = await as(service, "pilote");
  teamKey = await seededTeam(service);
  let etag = (await install(pilot, teamKey)).body.etag;
  for (let minutes = 1; minutes <= 7; minutes++) {
    const configuration = defaults();
    configuration.contingency.callbackDelayMinutes = minutes + 1;
    const response = await putConfig(pilot, teamKey, configuration, etag);
    expect(response.status).toBe(200);
    etag = response.body.etag;
  }
});
afterAll(() => service.stop());

describe("audit trail", () => {
  it("lists every change newest first, across pages, for any member", async () => {
    const clinician = await as(service, "clinicien");
    const seen: AuditBody["items"] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const query = `pageSize=3${token ? `&continuationToken=${encodeURIComponent(token)}` : ""}`;
      const response = await clinician.get<AuditBody>(`${teamPath(teamKey, "audit")}?${query}`);
      expect(response.status).toBe(200);
      expect(response.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...response.body.items);
      token = response.body.continuationToken;
      pages++;
    } while (token && pages < 10);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(seen.map((e) => e.action)).toEqual([...Array<string>(7).fill("config.update"), "config.install"]);
    expect(seen.slice(0, 7).map((e) => e.changes[0]?.after)).toEqual([8, 7, 6, 5, 4, 3, 2]);
    expect(seen[0]).toMatchObject({
      at: anyString(),
      by: OID.pilote,
      action: "config.update",
      changes: [{ path: "contingency.callbackDelayMinutes", before: 7, after: 8 }],
    });
    const times = seen.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("defaults to 20 per page and bounds the page size", async () => {
    expect((await pilot.get<AuditBody>(teamPath(teamKey, "audit"))).body.items).toHaveLength(8);
    for (const pageSize of ["0", "101", "abc"]) {
      expect((await pilot.get<ErrorBody>(`${teamPath(teamKey, "audit")}?pageSize=${pageSize}`)).status).toBe(400);
    }
  });

  it("answers 400, not a 5xx, to a continuation token that is not one", async () => {
    for (const token of [
      "pas-un-jeton",
      Buffer.from("{}").toString("base64"),
      Buffer.from('{"nextPartitionKey":3}').toString("base64"),
    ]) {
      const response = await pilot.get<ErrorBody>(
        `${teamPath(teamKey, "audit")}?continuationToken=${encodeURIComponent(token)}`,
      );
      expect(response.status).toBe(400);
      expect(response.body.error.details?.[0]?.path).toBe("continuationToken");
    }
  });

  it("is empty for an installed team without history", async () => {
    const response = await pilot.get<AuditBody>(teamPath(await seededTeam(service), "audit"));
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([]);
    expect(response.body.continuationToken).toBeUndefined();
  });

  it("requires a token", async () => {
    expect((await fetch(`${service.url}${teamPath(teamKey, "audit")}`)).status).toBe(401);
  });
});
