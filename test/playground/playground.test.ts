import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import {
  PLAYGROUND_PERSONAL_CHAT,
  PLAYGROUND_TEAM_THREAD,
  startPlayground,
  type RunningPlayground,
} from "../support/playground.js";
import { DEV_PERSONAS, DEV_TENANT_ID } from "../../bot/src/auth/devIdentityProvider.js";
import { DEMO_MEETING_CHAT, DEMO_TEAM, demoPersona, type DemoPersonaId } from "../../bot/src/dev/demoTeam.js";

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

const cardText = (m: { message?: { attachments?: Array<{ content: unknown }> } }) =>
  JSON.stringify(m.message?.attachments?.[0]?.content ?? {});

describe("the bot through the Microsoft 365 Agents Playground", () => {
  it("answers 'matrice' with the modality-matrix card", async () => {
    await playground.send(PLAYGROUND_PERSONAL_CHAT, { type: "message", text: "matrice", locale: "fr-CA" });
    const reply = await playground.waitFor(
      (m) => m.action === "createMessage" && cardText(m).includes("Choix de la modalité"),
    );
    expect(cardText(reply)).toContain("Nouveau patient");
  });

  it("answers 'help' in English for an English user", async () => {
    await playground.send(PLAYGROUND_PERSONAL_CHAT, { type: "message", text: "help", locale: "en-US" });
    await playground.waitFor((m) => cardText(m).includes("Help — Balises"));
  });
});

interface PlaygroundUser {
  id: string;
  name: string;
  aadObjectId: string;
}

describe("locally, the Playground and the tab are one product (issue 10)", () => {
  const file = parse(
    readFileSync(
      path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", ".m365agentsplayground.yml"),
      "utf8",
    ),
  ) as {
    tenantId: string;
    currentUser: PlaygroundUser;
    users: PlaygroundUser[];
    groupChat: { id: string; name: string };
    team: { id: string; name: string; aadGroupId: string };
  };
  const person = (u: PlaygroundUser) => ({ name: u.name, oid: u.aadObjectId });
  const persona = (id: DemoPersonaId) => ({ name: demoPersona(id).name, oid: demoPersona(id).oid });

  it("shares the dev identity's tenant and people, the demo team and its meeting chat", () => {
    expect(file.tenantId).toBe(DEV_TENANT_ID);
    expect(person(file.currentUser)).toEqual(persona("clinicien"));
    expect(file.users.map(person)).toEqual(
      (["pilote", "superviseur", "resident", "etudiant", "pilote2"] as const).map(persona),
    );
    expect(file.team).toMatchObject({ id: DEMO_TEAM.threadId, name: DEMO_TEAM.name, aadGroupId: DEMO_TEAM.groupId });
    expect(file.groupChat).toEqual({ id: DEMO_MEETING_CHAT.id, name: DEMO_MEETING_CHAT.name });
    expect(DEMO_TEAM.threadId).toMatch(/^19:[A-Za-z0-9]{32}@thread\.tacv2$/);
    expect(DEMO_MEETING_CHAT.id).toMatch(/^19:meeting_[A-Za-z0-9+/]+=*@thread\.v2$/);
  });

  it("sends activities in that tenant, from the clinicien persona", async () => {
    const url = `${playground.url}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(DEMO_MEETING_CHAT.id)}`;
    const template = (await (await fetch(url)).json()) as {
      conversation?: { tenantId?: string };
      from?: { aadObjectId?: string };
    };
    expect(template.conversation?.tenantId).toBe(DEV_TENANT_ID);
    expect(template.from?.aadObjectId).toBe(demoPersona("clinicien").oid);
  });

  it("installed in the Playground's team, the bot learns the demo team and its roster: the six staff personas, by name", async () => {
    await playground.send(PLAYGROUND_TEAM_THREAD, {}, "botAdded");
    await expect
      .poll(() => service.services.teams.installed(DEV_TENANT_ID, DEMO_TEAM.groupId), { timeout: 10_000 })
      .toMatchObject({ name: DEMO_TEAM.name, threadId: DEMO_TEAM.threadId });
    await expect
      .poll(async () => (await service.services.teams.members(DEV_TENANT_ID, DEMO_TEAM.groupId)).length, {
        timeout: 10_000,
      })
      .toBe(6);
    const members = await service.services.teams.members(DEV_TENANT_ID, DEMO_TEAM.groupId);
    const staff = DEV_PERSONAS.filter((p) => p.tenantId === DEV_TENANT_ID).map((p) => ({ oid: p.oid, name: p.name }));
    expect(members.sort((a, b) => a.oid.localeCompare(b.oid))).toEqual(
      staff.sort((a, b) => a.oid.localeCompare(b.oid)),
    );
  });
});
