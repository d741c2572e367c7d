/** Storage down: the API answers 503 with the bilingual message, then recovers without a restart. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { as, defaults, install, putConfig, teamPath, type Client, type ConfigViewBody, type ErrorBody } from "./apiClient.js";

let service: TestService;
let azurite: RunningAzurite;
let pilot: Client;
const teamKey = "19:panne@thread.tacv2";

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
  it("answers 503 storage_unavailable while Azurite is down, and 200 again once it is back on the same port", async () => {
    const installed = await install(pilot, teamKey);
    expect(installed.status).toBe(201);

    await azurite.stop();
    const read = await pilot.get<ErrorBody>(teamPath(teamKey, "config"));
    expect(read.status).toBe(503);
    expect(read.body.error.code).toBe("storage_unavailable");
    expect(read.body.error.messages["fr-CA"]).toBe("Le stockage de Balises est momentanément inaccessible. Rien n'a été enregistré; réessayez dans un instant.");
    expect(read.body.error.messages.en).toMatch(/temporarily unreachable/);
    expect((await putConfig(pilot, teamKey, defaults(), installed.body.etag)).status).toBe(503);
    expect((await install(pilot, teamKey)).status).toBe(503);
    expect((await pilot.get(teamPath(teamKey, "audit"))).status).toBe(503);
    expect((await pilot.get(`/api/me?team=${encodeURIComponent(teamKey)}`)).status).toBe(503);
    // Identity needs no storage.
    expect((await pilot.get("/api/me")).status).toBe(200);

    azurite = await startAzurite(azurite.port);
    const back = await pilot.get<ConfigViewBody>(teamPath(teamKey, "config"));
    expect(back.status).toBe(200);
    // The in-memory store restarted empty: the team is back to the MSSS defaults and can be installed again.
    expect(back.body.isDefault).toBe(true);
    expect((await install(pilot, teamKey)).status).toBe(201);
  });
});
