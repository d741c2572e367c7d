import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { PLAYGROUND_PERSONAL_CHAT, startPlayground, type RunningPlayground } from "../support/playground.js";

let service: TestService;
let playground: RunningPlayground;

beforeAll(async () => {
  service = await startTestService();
  playground = await startPlayground(service.url);
});
afterAll(async () => {
  await playground?.stop();
  await service?.stop();
});

const cardText = (m: { message?: { attachments?: Array<{ content: unknown }> } }) => JSON.stringify(m.message?.attachments?.[0]?.content ?? {});

describe("the bot through the Microsoft 365 Agents Playground", () => {
  it("answers 'matrice' with the modality-matrix card", async () => {
    await playground.send(PLAYGROUND_PERSONAL_CHAT, { type: "message", text: "matrice", locale: "fr-CA" });
    const reply = await playground.waitFor((m) => m.action === "createMessage" && cardText(m).includes("Choix de la modalité"));
    expect(cardText(reply)).toContain("Nouveau patient");
  });

  it("answers 'help' in English for an English user", async () => {
    await playground.send(PLAYGROUND_PERSONAL_CHAT, { type: "message", text: "help", locale: "en-US" });
    await playground.waitFor((m) => cardText(m).includes("Help — Balises"));
  });
});
