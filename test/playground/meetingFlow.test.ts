/**
 * Issues 7 and 10 through the Agents Playground: one local product. The demo team is seeded first (as
 * `npm start` does), so the Playground's private meeting — organised by Dre Camille Roy, a member of the
 * demo team — opens an encounter of that team (its only team: "onlyTeam"), with the team's configuration.
 * Meeting events are injected with the Playground's custom-activity API, a card action is sent the way its
 * web UI sends one, an anonymous patient's click goes in as a custom activity (no Entra object id), and the
 * closed encounter is read back through the tab's activity API. The Playground has no Teams meeting APIs,
 * so DEV_MEETING_ORGANIZER names the organiser, as docs/playground-meeting.md explains.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import {
  PLAYGROUND_CURRENT_USER,
  PLAYGROUND_MEETING_CHAT,
  playgroundMeetingEvent,
  startPlayground,
  type PlaygroundMessage,
  type RunningPlayground,
} from "../support/playground.js";
import { as, teamPath } from "../api/apiClient.js";
import { DEMO_TEAM, DEMO_TENANT_ID, demoPersona } from "../../bot/src/dev/demoTeam.js";
import { seedDemoTeam } from "../../bot/src/dev/seedDemoTeam.js";

const TENANT = DEMO_TENANT_ID;
const ORGANIZER = demoPersona("clinicien").oid;

let service: TestService;
let playground: RunningPlayground;

beforeAll(async () => {
  service = await startTestService({ DEV_MEETING_ORGANIZER: ORGANIZER, DEV_IDENTITY: "on", SEED_DEMO: "on" });
  await seedDemoTeam(service.services);
  playground = await startPlayground(service.url);
});
afterAll(async () => {
  await playground?.stop();
  await service?.stop();
});

const text = (x: unknown) => JSON.stringify(x) ?? "";
const cardOf = (m: PlaygroundMessage) => m.message?.attachments?.[0]?.content ?? {};
const findData = (card: unknown, verb: string): Record<string, unknown> | undefined => {
  const text = JSON.stringify(card);
  const at = text.indexOf(`"verb":"${verb}"`);
  if (at < 0) return undefined;
  const match = /"data":(\{[^}]*\})/.exec(text.slice(at));
  return match ? (JSON.parse(match[1]!) as Record<string, unknown>) : undefined;
};

/** A card click the way the Playground's web UI sends it, as one of its users; answers the invoke response. */
async function click(user: string, verb: string, data: Record<string, unknown>, replyToId: string | undefined) {
  const response = await fetch(`${playground.url}/_conversation/v1/invoke`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      name: "adaptiveCard/action",
      value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
      from: { id: user },
      conversation: { id: PLAYGROUND_MEETING_CHAT },
      replyToId,
    }),
  });
  expect(response.ok).toBe(true);
}

describe("a telehealth meeting through the Agents Playground, in the demo team", () => {
  it("meetingStart posts the consent and contingency cards of the organiser's team; consent is recorded; an anonymous patient cannot withdraw it; meetingEnd closes; the tab's activity shows it", async () => {
    await playground.send(
      PLAYGROUND_MEETING_CHAT,
      playgroundMeetingEvent("application/vnd.microsoft.meetingStart", { StartTime: "2026-11-23T15:00:00.000Z" }),
    );
    const consentCard = await playground.waitFor(
      (m) => m.action === "createMessage" && JSON.stringify(cardOf(m)).includes("consent.refresh"),
    );
    const contingencyCard = await playground.waitFor(
      (m) => m.action === "createMessage" && JSON.stringify(cardOf(m)).includes("contingency.refresh"),
    );
    expect(JSON.stringify(cardOf(consentCard))).toMatch(/Vous pouvez refuser/);
    // The team's own configuration applies: its regional crisis line is on the patient-facing plan.
    expect(JSON.stringify(cardOf(contingencyCard))).toContain("819 555-0199");

    const encounterId = String(findData(cardOf(consentCard), "consent.refresh")?.encounterId);
    const before = await service.services.encounters.get(TENANT, encounterId);
    expect(before?.encounter).toMatchObject({
      status: "open",
      organizerId: ORGANIZER,
      teamKey: DEMO_TEAM.groupId,
      teamSource: "onlyTeam",
    });

    const messageId = (consentCard.message as { messageId?: string } | undefined)?.messageId;
    // The Playground shows no user-specific view: the organiser opens theirs with the card's visible button.
    expect(findData(cardOf(consentCard), "consent.open")).toEqual({ encounterId });
    await click(PLAYGROUND_CURRENT_USER, "consent.open", { encounterId }, messageId);
    const view = await playground.waitForLog(
      (l) =>
        l.activityName === "invoke" &&
        text(l.request?.body).includes('"verb":"consent.open"') &&
        l.response !== undefined,
    );
    expect(text(view.response?.body)).toContain('"verb":"consent.record"');
    await click(
      PLAYGROUND_CURRENT_USER,
      "consent.record",
      {
        encounterId,
        rev: 0,
        method: "verbal",
        scopeSession: "true",
        identityDocumentKind: "ramqCard",
        limitsExplained: "true",
        inPersonOffer: "declined",
        physicalPresence: "notRequired",
      },
      messageId,
    );
    const recorded = await service.services.encounters.get(TENANT, encounterId);
    expect(recorded?.encounter.consents).toHaveLength(1);
    expect(recorded?.encounter.consents[0]).toMatchObject({
      method: "verbal",
      identityDocumentKind: "ramqCard",
      recordedBy: ORGANIZER,
    });

    // A patient joins anonymously (no Entra object id) and clicks "withdraw" on the shared card: refused.
    await playground.send(PLAYGROUND_MEETING_CHAT, {
      type: "invoke",
      name: "adaptiveCard/action",
      from: { id: "29:anonymous-patient", name: "Invité" },
      locale: "fr-CA",
      replyToId: messageId,
      value: {
        action: { type: "Action.Execute", verb: "consent.withdraw", data: { encounterId, rev: 1 } },
        trigger: "manual",
      },
    });
    const answer = await playground.waitForLog(
      (l) =>
        (l.request?.body?.from as { id?: string } | undefined)?.id === "29:anonymous-patient" &&
        l.response !== undefined,
    );
    expect(answer.response?.statusCode).toBe(200);
    expect(JSON.stringify(answer.response?.body)).toContain(
      "Ces informations ne peuvent être consignées ou modifiées que par la personne qui organise la rencontre",
    );
    expect(
      (await service.services.encounters.get(TENANT, encounterId))?.encounter.consents[0]?.withdrawnAt,
    ).toBeUndefined();

    await playground.send(
      PLAYGROUND_MEETING_CHAT,
      playgroundMeetingEvent("application/vnd.microsoft.meetingEnd", { EndTime: "2026-11-23T15:40:00.000Z" }),
    );
    await expect
      .poll(async () => (await service.services.encounters.get(TENANT, encounterId))?.encounter.status, {
        timeout: 10_000,
      })
      .toBe("closed");
    expect((await service.services.encounters.get(TENANT, encounterId))?.encounter.endedAt).toBe(
      "2026-11-23T15:40:00.000Z",
    );

    const pilot = await as(service, "pilote");
    const activity = await pilot.get<{
      items: Array<{ encounterId: string; clinicianId?: string; consent: { status: string } }>;
    }>(teamPath(DEMO_TEAM.groupId, "activity?view=team&from=2026-11-23&to=2026-11-23"));
    expect(activity.status).toBe(200);
    expect(activity.body.items.find((i) => i.encounterId === encounterId)).toMatchObject({
      clinicianId: ORGANIZER,
      consent: { status: "valid" },
    });
  });
});
