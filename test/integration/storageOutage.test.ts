import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../bot/src/config.js";
import { createLogger } from "../../bot/src/logger.js";
import { startService, type RunningService } from "../../bot/src/server.js";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { firstCard, messageActivity, postActivity } from "../support/activities.js";

let azurite: RunningAzurite;
let service: RunningService;

beforeAll(async () => {
  azurite = await startAzurite();
  const config = loadConfig({ PORT: "0", LOG_LEVEL: "silent", STORAGE_CONNECTION_STRING: azurite.connectionString });
  service = await startService(config, { logger: createLogger("silent") });
});
afterAll(async () => {
  await service.close();
  await azurite.stop();
});

describe("storage outage", () => {
  it("reports degraded health while storage is down and recovers without a restart", async () => {
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);

    await azurite.stop();
    const started = Date.now();
    const down = await fetch(`${service.url}/healthz`);
    // Connections refused: the SDK's quick retries give up within the health ping's 700 ms (room left for CI).
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(down.status).toBe(503);
    const body = (await down.json()) as { status: string; storage: string; message: { "fr-CA": string; en: string } };
    expect(body).toMatchObject({ status: "degraded", storage: "unreachable" });
    expect(body.message["fr-CA"]).toMatch(/inaccessible/);

    // The bot still answers what needs no storage.
    const reply = await postActivity(service.url, messageActivity("aide"));
    expect(reply.status).toBe(200);
    expect(JSON.stringify(firstCard(reply.body))).toContain("Aide");

    azurite = await startAzurite(azurite.port);
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
  });
});

describe("storage reset", () => {
  it("recreates a table that vanished and keeps writing", async () => {
    const reference = {
      channelId: "msteams",
      serviceUrl: "https://x/",
      conversation: { id: "c1", tenantId: "t" },
      bot: { id: "b" },
    };
    await service.services.conversations.saveConversation("t", {
      reference,
      scope: "groupChat",
      installedAt: new Date().toISOString(),
    });
    await azurite.stop();
    azurite = await startAzurite(azurite.port);
    await service.services.conversations.saveConversation("t", {
      reference,
      scope: "groupChat",
      installedAt: new Date().toISOString(),
    });
    expect((await service.services.conversations.getConversation("t", "c1"))?.scope).toBe("groupChat");
  });
});
