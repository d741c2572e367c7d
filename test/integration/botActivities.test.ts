import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import {
  botAddedActivity,
  cardActionActivity,
  firstCard,
  messageActivity,
  postActivity,
  replies,
  TENANT_ID,
  CLINICIAN,
} from "../support/activities.js";
import { validateCard } from "../support/adaptiveCardValidator.js";

let service: TestService;

beforeAll(async () => {
  service = await startTestService({}, { now: () => new Date("2026-11-23T15:00:00Z") });
});
afterAll(() => service.stop());

const texts = (card: Record<string, unknown> | undefined) => JSON.stringify(card ?? {});

describe("installation", () => {
  it("stores the conversation reference and posts a welcome card", async () => {
    const response = await postActivity(service.url, botAddedActivity());
    expect(response.status).toBe(200);
    const card = firstCard(response.body);
    expect(texts(card)).toContain("Bienvenue dans Balises");
    expect(validateCard(card!).errors).toEqual([]);
    const stored = await service.services.conversations.getConversation(
      TENANT_ID,
      `a:personal-${CLINICIAN.aadObjectId}`,
    );
    expect(stored?.scope).toBe("personal");
    expect(
      (await service.services.conversations.getPersonal(TENANT_ID, CLINICIAN.aadObjectId))?.reference.conversation.id,
    ).toBe(`a:personal-${CLINICIAN.aadObjectId}`);
  });

  it("remembers a meeting chat as a meeting", async () => {
    await postActivity(
      service.url,
      botAddedActivity({
        conversationId: "19:meeting_x@thread.v2",
        conversationType: "groupChat",
        meetingId: "MCMxOTptZWV0aW5n",
      }),
    );
    expect((await service.services.conversations.getConversation(TENANT_ID, "19:meeting_x@thread.v2"))?.scope).toBe(
      "meeting",
    );
  });
});

describe("text commands", () => {
  it.each([
    ["aide", "fr-CA", "Aide — Balises"],
    ["HELP", "en-US", "Help — Balises"],
    ["Matrice", "fr-CA", "Choix de la modalité"],
    ["<at>Balises</at> matrix", "en-US", "Choosing the modality"],
    // A command is answered in the language it was typed in, whatever the client's locale.
    ["help", "fr-CA", "Help — Balises"],
    ["aide", "en-US", "Aide — Balises"],
    ["matrix", "fr-CA", "Choosing the modality"],
    ["matrice", "en-US", "Choix de la modalité"],
  ])("'%s' (%s) answers with its card", async (text, locale, expected) => {
    const response = await postActivity(service.url, messageActivity(text, { locale }));
    expect(texts(firstCard(response.body))).toContain(expected);
  });

  it("answers an unknown command with a pointer to help, in the user's language", async () => {
    const response = await postActivity(service.url, messageActivity("bonjour"));
    expect(replies(response.body)[0]?.text).toMatch(/aide/);
  });
});

describe("the matrix card answers with Action.Execute, updating the card in place", () => {
  it("returns the card with the recommendation and the follow-up due date", async () => {
    const response = await postActivity(
      service.url,
      cardActionActivity("matrix.recommend", {
        situationId: "newPatientIntake",
        vulnerable: "true",
        visitDate: "2026-11-23",
      }),
    );
    expect(response.status).toBe(200);
    const invokeResponse = (
      replies(response.body)[0]?.value as { body: { statusCode: number; type: string; value: Record<string, unknown> } }
    ).body;
    expect(invokeResponse.statusCode).toBe(200);
    expect(invokeResponse.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(texts(invokeResponse.value)).toContain("2026-12-23");
    expect(validateCard(invokeResponse.value).errors).toEqual([]);
  });

  it("uses today in Québec as the visit date when none is given", async () => {
    const response = await postActivity(
      service.url,
      cardActionActivity("matrix.recommend", { situationId: "newPatientIntake" }, { locale: "en-US" }),
    );
    const body = (replies(response.body)[0]?.value as { body: { value: unknown } }).body;
    expect(texts(body.value as Record<string, unknown>)).toContain("2027-02-23");
  });

  it.each([
    ["an unknown situation", { situationId: "inexistante" }],
    ["a malformed date", { situationId: "screening", visitDate: "23/11/2026" }],
    ["a non-boolean flag", { situationId: "screening", vulnerable: "peut-être" }],
  ])("answers %s with an explicit 400, not a crash", async (_label, data) => {
    const response = await postActivity(service.url, cardActionActivity("matrix.recommend", data));
    expect(response.status).toBe(200);
    const body = (replies(response.body)[0]?.value as { body: { statusCode: number; type: string } }).body;
    expect(body.statusCode).toBe(400);
    expect(body.type).toBe("application/vnd.microsoft.error");
  });

  it("answers an unknown verb with a 400", async () => {
    const response = await postActivity(service.url, cardActionActivity("nope.verb", {}));
    expect((replies(response.body)[0]?.value as { body: { statusCode: number } }).body.statusCode).toBe(400);
  });
});

describe("malformed activities", () => {
  it.each([
    ["not JSON", "{oops"],
    ["an array", "[]"],
    ["no type", JSON.stringify({ text: "aide" })],
    [
      "no conversation",
      JSON.stringify({ type: "message", channelId: "msteams", serviceUrl: "https://x/", from: { id: "29:a" } }),
    ],
    [
      "a bad serviceUrl",
      JSON.stringify({
        type: "message",
        channelId: "msteams",
        serviceUrl: "pas une url",
        from: { id: "29:a" },
        conversation: { id: "c" },
      }),
    ],
  ])("%s gets a 400 with a message", async (_label, body) => {
    const response = await fetch(`${service.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(response.status).toBe(400);
    const json = (await response.json()) as { error: { messages: { "fr-CA": string; en: string } } };
    expect(json.error.messages["fr-CA"]).not.toBe("");
    expect(json.error.messages.en).not.toBe("");
  });
});
