/** Storage down: the API answers 503 with the bilingual message, then recovers without a restart. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { as, defaults, install, putConfig, seededTeam, teamPath, type Client, type ErrorBody } from "./apiClient.js";

let service: TestService;
let azurite: RunningAzurite;
let pilot: Client;

beforeAll(async () => {
  service = await startTestService({ DEV_IDENTITY: "on" });
  azurite = service.azurite;
  pilot = await as(service, "pilote");
});
afterAll(async () => {
  await service.close();
  await azurite.stop();
});

describe("storage outage", () => {
  it("answers 503 storage_unavailable while Azurite is down, and answers from storage again once it is back on the same port", async () => {
    const teamKey = await seededTeam(service);
    const installed = await install(pilot, teamKey);
    expect(installed.status).toBe(201);

    await azurite.stop();
    const read = await pilot.get<ErrorBody>(teamPath(teamKey, "config"));
    expect(read.status).toBe(503);
    expect(read.body.error.code).toBe("storage_unavailable");
    expect(read.body.error.messages["fr-CA"]).toBe(
      "Le stockage de Balises est momentanément inaccessible. Rien n'a été enregistré; réessayez dans un instant.",
    );
    expect(read.body.error.messages.en).toMatch(/temporarily unreachable/);
    expect((await putConfig(pilot, teamKey, defaults(), installed.body.etag)).status).toBe(503);
    expect((await install(pilot, teamKey)).status).toBe(503);
    expect((await pilot.get(teamPath(teamKey, "audit"))).status).toBe(503);
    expect((await pilot.get(`/api/me?team=${encodeURIComponent(teamKey)}`)).status).toBe(503);
    // Identity needs no storage.
    expect((await pilot.get("/api/me")).status).toBe(200);

    azurite = await startAzurite(azurite.port);
    // The in-memory store restarted empty: Balises is no longer known in the team until the bot learns it again.
    const back = await pilot.get<ErrorBody>(teamPath(teamKey, "config"));
    expect(back.status).toBe(404);
    expect(back.body.error.code).toBe("team_not_installed");
    await seededTeam(service, ["pilote"], { groupId: teamKey });
    expect((await install(pilot, teamKey)).status).toBe(201);
  });
});
