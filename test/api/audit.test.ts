/**
 * GET /api/teams/{groupId}/audit: append-only trail, newest first, paged with continuation tokens, for the team's
 * members; free text kept as its size only (DESIGN, privacy).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { odata } from "@azure/data-tables";
import { createTableClientFactory } from "../../bot/src/storage/tableClients.js";
import { AuditRepository } from "../../bot/src/storage/auditRepository.js";
import {
  anyString,
  as,
  defaults,
  DEV_TENANT_ID,
  install,
  NAME,
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

  // DESIGN, privacy: the trail is append-only; it keeps which free-text field changed and its size, never the text.
  it("keeps the size of free text, not the text, in the Audit table and in what it answers", async () => {
    const team = await seededTeam(service);
    const installed = await install(pilot, team);
    const configuration = defaults();
    configuration.corridors = [
      { id: "gmf", name: "GMF des Rivières", kind: "gmf", contact: "Secrétariat, poste 2201", hours: "8 h à 16 h" },
    ];
    configuration.contingency.bridgeText = "Pont Teams : +1 514-555-0199, conférence 123 456 789#";
    const saved = await putConfig(pilot, team, configuration, installed.body.etag);
    expect(saved.status).toBe(200);
    configuration.corridors[0]!.contact = "Accueil, 819 555-0142";
    expect((await putConfig(pilot, team, configuration, saved.body.etag)).status).toBe(200);

    const typed = /Rivières|Secrétariat|Accueil|555-01|Pont Teams|8 h à 16 h/;
    const rows: unknown[] = [];
    const table = createTableClientFactory(service.services.config.storage).client("Audit");
    for await (const row of table.listEntities({
      queryOptions: { filter: odata`PartitionKey eq ${AuditRepository.partition(DEV_TENANT_ID, team)}` },
    }))
      rows.push(row);
    expect(rows).toHaveLength(3);
    expect(JSON.stringify(rows)).not.toMatch(typed);

    const [update, first] = (await service.services.audit.page(DEV_TENANT_ID, team, 10)).items;
    expect(update?.changes).toEqual([{ path: "corridors.0.contact", before: { chars: 23 }, after: { chars: 21 } }]);
    expect(first?.changes).toEqual(
      expect.arrayContaining([
        {
          path: "corridors.0",
          before: null,
          after: { id: "gmf", name: { chars: 16 }, kind: "gmf", contact: { chars: 23 }, hours: { chars: 10 } },
        },
        { path: "contingency.bridgeText", before: { chars: 0 }, after: { chars: 53 } },
      ]),
    );

    const answered = await pilot.get<AuditBody>(`${teamPath(team, "audit")}?locale=en`);
    expect(JSON.stringify(answered.body)).not.toMatch(typed);
    expect(answered.body.items[0]?.text).toEqual({
      "fr-CA": [`${NAME.pilote} a modifié le corridor nº 1 (coordonnées : 23 → 21 caractères)`],
      en: [`${NAME.pilote} changed corridor no. 1 (contact: 23 → 21 characters)`],
    });
  });

  it("requires a token", async () => {
    expect((await fetch(`${service.url}${teamPath(teamKey, "audit")}`)).status).toBe(401);
  });
});
