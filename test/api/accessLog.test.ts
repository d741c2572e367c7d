/**
 * What the establishment's access log can rely on (docs/operations.md): an activity file taken (it leaves Balises
 * with staff names) and a refused request, each with the caller's Entra object id — never a name, never a token.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { capturedLogger, type LogLine } from "../support/capturedLogger.js";
import { as, install, OID, seededTeam, teamPath, type Client } from "./apiClient.js";

let service: TestService;
let logs: LogLine[];
const c: Record<string, Client> = {};

beforeAll(async () => {
  const captured = capturedLogger();
  logs = captured.lines;
  service = await startTestService({ DEV_IDENTITY: "on" }, { logger: captured.logger });
  for (const p of ["pilote", "superviseur"]) c[p] = await as(service, p);
});
afterAll(() => service.stop());

describe("the access log", () => {
  it("says who took which activity file, and who was refused what, by object id", async () => {
    const teamKey = await seededTeam(service);
    expect((await install(c.pilote!, teamKey)).status).toBe(201);
    const period = "from=2026-11-01&to=2026-11-29";
    const file = await fetch(`${service.url}${teamPath(teamKey, `activity/export.csv?view=team&${period}`)}`, {
      headers: { authorization: `Bearer ${c.pilote!.token}` },
    });
    expect(file.status).toBe(200);
    await file.text();
    expect(logs.find((l) => l.msg === "activity exported")).toMatchObject({
      by: OID.pilote,
      teamKey,
      view: "team",
      from: "2026-11-01",
      to: "2026-11-29",
      rows: 0,
    });

    const refused = await c.superviseur!.get(teamPath(teamKey, `activity?view=team&${period}`));
    expect(refused.status).toBe(403);
    expect(logs.find((l) => l.msg === "request refused 403")).toMatchObject({
      by: OID.superviseur,
      method: "GET",
      path: `/api/teams/${teamKey}/activity`,
    });
    const anonymous = await fetch(`${service.url}${teamPath(teamKey, "config")}`, {
      headers: { authorization: "Bearer not-a-token" },
    });
    expect(anonymous.status).toBe(401);
    expect(logs.find((l) => l.msg === "request refused 401")).toMatchObject({
      code: "unauthorized",
      reason: "ERR_JWS_INVALID",
    });
    expect(JSON.stringify(logs)).not.toContain(c.pilote!.token);
    expect(JSON.stringify(logs)).not.toContain("not-a-token");
  });
});
