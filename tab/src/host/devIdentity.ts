/**
 * Local development and tests only: the service's dev identity provider (DEV_IDENTITY=on) signs tokens
 * for chosen personas. `/dev/personas` answers 404 whenever it is off, and the tab then never offers it.
 * With the demo team seeded (SEED_DEMO=on), it also names that team: the tab opens it when the URL names none.
 */
import type { Localized } from "@shared/i18n/locale.js";

export interface Persona {
  id: string;
  name: string;
  oid: string;
  tenantId: string;
  /** What the persona does in the demo team (fr-CA and English). */
  role?: Localized;
}

export interface DemoTeam {
  groupId: string;
  name: string;
}

export interface DevIdentity {
  tenantId: string;
  personas: Persona[];
  demoTeam?: DemoTeam;
}

function demoTeamOf(raw: unknown): DemoTeam | undefined {
  const team = raw as Partial<DemoTeam> | undefined;
  return typeof team?.groupId === "string" && team.groupId !== "" && typeof team.name === "string"
    ? { groupId: team.groupId, name: team.name }
    : undefined;
}

export async function fetchDevIdentity(): Promise<DevIdentity | null> {
  try {
    const response = await fetch("/dev/personas", { headers: { accept: "application/json" } });
    if (!response.ok) return null;
    const body = (await response.json()) as Partial<DevIdentity>;
    if (!Array.isArray(body.personas) || body.personas.length === 0) return null;
    const demoTeam = demoTeamOf(body.demoTeam);
    return { tenantId: body.tenantId ?? "", personas: body.personas, ...(demoTeam ? { demoTeam } : {}) };
  } catch {
    return null;
  }
}

export interface DevToken {
  token: string;
  /** Epoch milliseconds after which the tab asks for a new one. */
  renewAt: number;
}

export async function fetchDevToken(persona: string): Promise<DevToken> {
  const response = await fetch("/dev/token", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ persona }),
  });
  if (!response.ok) throw new Error(`/dev/token answered ${response.status}`);
  const body = (await response.json()) as { token?: string; expiresIn?: number };
  if (!body.token) throw new Error("/dev/token returned no token");
  const lifetimeMs = (body.expiresIn ?? 3600) * 1000;
  return { token: body.token, renewAt: Date.now() + lifetimeMs - Math.min(60_000, lifetimeMs / 2) };
}
