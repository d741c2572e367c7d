import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { startFakeBotIdentity, type FakeBotIdentity } from "../support/fakeBotIdentity.js";
import { startFakeConnector, type FakeConnector } from "../support/fakeConnector.js";
import { messageActivity, postActivity } from "../support/activities.js";

const APP_ID = "00000000-0000-4000-8000-0000000000b1";
let service: TestService;
let identity: FakeBotIdentity;
let connector: FakeConnector;

beforeAll(async () => {
  identity = await startFakeBotIdentity();
  connector = await startFakeConnector();
  service = await startTestService({
    MicrosoftAppId: APP_ID,
    MicrosoftAppType: "MultiTenant",
    BOT_OPENID_METADATA_URL: identity.openIdMetadataUrl,
  });
});
afterAll(async () => {
  await service.stop();
  await identity.stop();
  await connector.stop();
});

const activity = () => messageActivity("aide", { serviceUrl: connector.serviceUrl });

describe("with MicrosoftAppId configured, the bot endpoint requires a Bot Connector token", () => {
  it("refuses an activity without a token with 401", async () => {
    expect((await postActivity(service.url, activity())).status).toBe(401);
  });

  it("refuses an unsigned (alg: none) token with 401", async () => {
    const forged = [
      Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url"),
      Buffer.from(
        JSON.stringify({ iss: "https://api.botframework.com", aud: APP_ID, serviceurl: connector.serviceUrl }),
      ).toString("base64url"),
      "",
    ].join(".");
    expect((await postActivity(service.url, activity(), { authorization: `Bearer ${forged}` })).status).toBe(401);
  });

  it("refuses a token signed by another key with 401", async () => {
    const token = await identity.channelToken(APP_ID, connector.serviceUrl, { signWithOtherKey: true });
    expect((await postActivity(service.url, activity(), { authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it("refuses a token for another bot with 401", async () => {
    const token = await identity.channelToken("someone-else", connector.serviceUrl);
    expect((await postActivity(service.url, activity(), { authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it("refuses an expired token with 401", async () => {
    const token = await identity.channelToken(APP_ID, connector.serviceUrl, { expiresInSeconds: -3600 });
    expect((await postActivity(service.url, activity(), { authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it("accepts a valid Bot Connector token", async () => {
    const token = await identity.channelToken(APP_ID, connector.serviceUrl);
    const response = await postActivity(
      service.url,
      { ...activity(), deliveryMode: undefined },
      { authorization: `Bearer ${token}` },
    );
    expect(response.status).toBe(200);
  });
});
