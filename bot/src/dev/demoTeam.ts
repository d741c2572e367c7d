/**
 * The local product's one demo team (development only): the team the tab's dev identity opens by default,
 * the team of the Agents Playground (.m365agentsplayground.yml), and the team `SEED_DEMO=on` fills with a
 * month of activity. Same tenant as the dev identity provider, so a meeting run in the Playground shows in
 * the tab. Ids are shaped like Teams' own; the people are the dev personas (staff only, never a patient).
 */
import { DEV_PERSONAS, DEV_TENANT_ID, type DevPersona } from "../auth/devIdentityProvider.js";
import type { StaffMember } from "../domain/teams.js";

export const DEMO_TENANT_ID = DEV_TENANT_ID;

export const DEMO_TEAM = {
  /** The Entra group id: the team's key everywhere in Balises. */
  groupId: "7c3e9a51-2d4b-4f8e-a6c1-5b9d0e2f4a87",
  /** The team's thread (its General channel), as the bot sees it. */
  threadId: "19:4f2a8c1e9b7d4e3fa6c05b1d2e8f7a93@thread.tacv2",
  name: "GMF des Rivières — Santé mentale",
  channel: { id: "19:9d1e5b7a3c2f4e8d8b6a0c4f1e7d2b95@thread.tacv2", name: "Télésanté" },
} as const;

/** Where the bot reaches the Playground's connector (`npm run playground`, port 56150). */
export const PLAYGROUND_CONNECTOR_URL = "http://127.0.0.1:56150/_connector";

/** The Playground's group chat: a private telehealth meeting's chat, organised by Dre Camille Roy. */
export const DEMO_MEETING_CHAT = {
  id: "19:meeting_ZTJiN2MzZDEtOGY0YS00YzZlLTliMmQtNWExZjBjM2U3ZDg0@thread.v2",
  name: "Rencontre de télésanté (démo)",
} as const;

/** Teams' meeting id for a chat: base64 of `0#<chat id>#0`. */
export function meetingIdOfChat(chatId: string): string {
  return Buffer.from(`0#${chatId}#0`, "utf8").toString("base64");
}

export const DEMO_MEETING_ID = meetingIdOfChat(DEMO_MEETING_CHAT.id);

export type DemoPersonaId = "pilote" | "superviseur" | "resident" | "etudiant" | "clinicien" | "pilote2";

export function demoPersona(id: DemoPersonaId): DevPersona {
  const found = DEV_PERSONAS.find((p) => p.id === id);
  if (!found) throw new Error(`dev persona ${id} is missing`);
  return found;
}

/** The demo team's roster: every dev persona of its tenant, as Teams would list them. */
export function demoStaff(): StaffMember[] {
  return DEV_PERSONAS.filter((p) => p.tenantId === DEMO_TENANT_ID).map((p) => ({ oid: p.oid, name: p.name }));
}
