import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { startFakeConnector, type FakeConnector } from "../support/fakeConnector.js";
import { CLINICIAN, postActivity, TENANT_ID } from "../support/activities.js";
import { MEETING_CHAT_ID, meetingStartActivity } from "../support/meetingActivities.js";

let service: TestService;
let connector: FakeConnector;

beforeAll(async () => {
  service = await startTestService();
  connector = await startFakeConnector();
});
afterAll(async () => {
  await service.stop();
  await connector.stop();
});

describe("meetingStart", () => {
  it("remembers the meeting chat, so the note obligation can write there later", async () => {
    await postActivity(
      service.url,
      meetingStartActivity({
        user: CLINICIAN,
        serviceUrl: connector.serviceUrl,
        startTime: "2026-11-23T14:00:00.000Z",
      }),
    );
    const stored = await service.services.conversations.getConversation(TENANT_ID, MEETING_CHAT_ID);
    expect(stored?.scope).toBe("meeting");
    expect(stored?.reference.serviceUrl).toBe(connector.serviceUrl);
  });
});
