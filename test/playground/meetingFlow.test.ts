/**
 * Issue 7 through the Agents Playground: meeting events injected with its custom-activity API, a card
 * action sent the way its web UI sends one, cards read from its WebSocket stream, the encounter read
 * back from storage. The Playground has no Teams meeting APIs, so DEV_MEETING_ORGANIZER names the
 * organiser (the Playground's current user), as docs/playground-meeting.md explains.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { PLAYGROUND_MEETING_CHAT, startPlayground, type PlaygroundMessage, type RunningPlayground } from "../support/playground.js";

const TENANT = "0d0e1a5e-5a1b-4b1a-9e5e-000000000001";
const ORGANIZER = "6f3c1f0e-0000-4000-8000-000000000010";
const MEETING_ID = "MCMxOTpiYWxpc2VzLW1lZXRpbmctY2hhdEB0aHJlYWQudjIjMA==";

let service: TestService;
let playground: RunningPlayground;

beforeAll(async () => {
  service = await startTestService({ DEV_MEETING_ORGANIZER: ORGANIZER });
  playground = await startPlayground(service.url);
});
afterAll(async () => {
  await playground?.stop();
  await service?.stop();
});

const meetingEvent = (name: string, value: Record<string, unknown>) => ({
  type: "event",
  name,
  locale: "fr-CA",
  channelData: { tenant: { id: TENANT }, meeting: { id: MEETING_ID } },
  value: { Id: MEETING_ID, JoinUrl: "https://teams.microsoft.com/l/meetup-join/19%3abalises-meeting-chat%40thread.v2/0", Title: "Rencontre de télésanté (test)", MeetingType: "Scheduled", ...value },
});

const cardOf = (m: PlaygroundMessage) => m.message?.attachments?.[0]?.content ?? {};
const findData = (card: unknown, verb: string): Record<string, unknown> | undefined => {
  const text = JSON.stringify(card);
  const at = text.indexOf(`"verb":"${verb}"`);
  if (at < 0) return undefined;
  const match = /"data":(\{[^}]*\})/.exec(text.slice(at));
  return match ? (JSON.parse(match[1]!) as Record<string, unknown>) : undefined;
};

describe("a telehealth meeting through the Agents Playground", () => {
  it("meetingStart posts both cards, consent is recorded, meetingEnd closes the encounter", async () => {
    await playground.send(PLAYGROUND_MEETING_CHAT, meetingEvent("application/vnd.microsoft.meetingStart", { StartTime: "2026-11-23T15:00:00.000Z" }));
    const consentCard = await playground.waitFor((m) => m.action === "createMessage" && JSON.stringify(cardOf(m)).includes("consent.refresh"));
    await playground.waitFor((m) => m.action === "createMessage" && JSON.stringify(cardOf(m)).includes("contingency.refresh"));
    expect(JSON.stringify(cardOf(consentCard))).toMatch(/Vous pouvez refuser/);

    const refresh = findData(cardOf(consentCard), "consent.refresh");
    const encounterId = String(refresh?.encounterId);
    const before = await service.services.encounters.get(TENANT, encounterId);
    expect(before?.encounter.status).toBe("open");
    expect(before?.encounter.organizerId).toBe(ORGANIZER);

    const response = await fetch(`${playground.url}/_conversation/v1/invoke`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        name: "adaptiveCard/action",
        value: {
          action: {
            type: "Action.Execute",
            verb: "consent.record",
            data: { encounterId, rev: 0, method: "verbal", scopeSession: "true", identityDocumentKind: "ramqCard", limitsExplained: "true", inPersonOffered: "true", physicalPresence: "notRequired" },
          },
          trigger: "manual",
        },
        from: { id: "user-clinicienne" },
        conversation: { id: PLAYGROUND_MEETING_CHAT },
        replyToId: consentCard.message && (consentCard.message as { messageId?: string }).messageId,
      }),
    });
    expect(response.ok).toBe(true);
    const recorded = await service.services.encounters.get(TENANT, encounterId);
    expect(recorded?.encounter.consents).toHaveLength(1);
    expect(recorded?.encounter.consents[0]).toMatchObject({ method: "verbal", identityDocumentKind: "ramqCard", recordedBy: ORGANIZER });

    await playground.send(PLAYGROUND_MEETING_CHAT, meetingEvent("application/vnd.microsoft.meetingEnd", { EndTime: "2026-11-23T15:40:00.000Z" }));
    await expect.poll(async () => (await service.services.encounters.get(TENANT, encounterId))?.encounter.status, { timeout: 10_000 }).toBe("closed");
    expect((await service.services.encounters.get(TENANT, encounterId))?.encounter.endedAt).toBe("2026-11-23T15:40:00.000Z");
  });
});
