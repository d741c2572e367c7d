/**
 * Small HTTP client for API tests: dev tokens by persona, JSON requests, status + headers + body; and teams
 * as the service knows them (a random Entra group id, a roster of dev personas, seeded through the real
 * repositories — test/support/teams.ts).
 */
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { TestService } from "../support/service.js";
import { seedTeam } from "../support/teams.js";
import { USERS, type TeamIds, type TeamsUser } from "../support/teamsIds.js";
import { DEV_PERSONAS, DEV_TENANT_ID, DEV_OTHER_TENANT_ID } from "../../bot/src/auth/devIdentityProvider.js";
import { DEFAULT_TEAM_CONFIGURATION, type TeamConfiguration } from "../../bot/src/domain/teamConfig.js";
import type { ApiErrorBody, TeamConfigView } from "../../bot/src/contract/index.js";

export { DEV_TENANT_ID, DEV_OTHER_TENANT_ID };

export const OID = Object.fromEntries(DEV_PERSONAS.map((p) => [p.id, p.oid])) as Record<string, string>;
/** The personas' display names (their tokens' `name`, and their names on the rosters tests seed). */
export const NAME = Object.fromEntries(DEV_PERSONAS.map((p) => [p.id, p.name])) as Record<string, string>;

/** Every dev persona of the dev tenant: the staff of the teams tests seed unless they say otherwise. */
export const STAFF = ["pilote", "pilote2", "superviseur", "resident", "etudiant", "clinicien"] as const;

/** A dev persona as a Teams user (its documented 29: id when teamsIds.ts has one). */
export function teamsUser(persona: string): TeamsUser {
  const known = (USERS as Record<string, TeamsUser>)[persona];
  if (known) return known;
  const p = DEV_PERSONAS.find((x) => x.id === persona);
  if (!p) throw new Error(`no dev persona ${persona}`);
  return { id: `29:${p.oid}`, aadObjectId: p.oid, name: p.name };
}

/** A Teams team nobody has seen yet: a random Entra group id, with thread ids of the shape Teams gives. */
export function randomTeam(name = "Équipe de test", groupId: string = randomUUID()): TeamIds {
  const hex = groupId.replace(/-/g, "");
  return {
    groupId,
    threadId: `19:${hex}@thread.tacv2`,
    channelId: `19:${hex.split("").reverse().join("")}@thread.tacv2`,
    name,
  };
}

/**
 * A team where Balises is installed (no configuration saved yet), with these personas on its roster;
 * returns its key (the group id). `groupId` installs the same team key in another tenant.
 */
export async function seededTeam(
  service: TestService,
  personas: readonly string[] = STAFF,
  options: { tenantId?: string; groupId?: string; name?: string } = {},
): Promise<string> {
  const team = randomTeam(options.name, options.groupId);
  await seedTeam(service, team, personas.map(teamsUser), options.tenantId ?? DEV_TENANT_ID);
  return team.groupId;
}

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

export async function devToken(service: TestService, persona: string): Promise<string> {
  const response = await fetch(`${service.url}/dev/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ persona }),
  });
  if (response.status !== 200) throw new Error(`no token for ${persona}: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

export async function call<T = Record<string, unknown>>(
  service: TestService,
  token: string | undefined,
  method: string,
  path: string,
  options: { body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = {
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...options.headers,
  };
  let body: string | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers["content-type"] ??= "application/json";
  const response = await fetch(`${service.url}${path}`, { method, headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as T };
}

/** A client acting as one persona. */
export async function as(service: TestService, persona: string) {
  const token = await devToken(service, persona);
  return {
    token,
    get: <T = Record<string, unknown>>(path: string, headers?: Record<string, string>) =>
      call<T>(service, token, "GET", path, { headers }),
    post: <T = Record<string, unknown>>(path: string, body?: unknown, headers?: Record<string, string>) =>
      call<T>(service, token, "POST", path, { body, headers }),
    put: <T = Record<string, unknown>>(path: string, body: unknown, headers?: Record<string, string>) =>
      call<T>(service, token, "PUT", path, { body, headers }),
    delete: <T = Record<string, unknown>>(path: string, headers?: Record<string, string>) =>
      call<T>(service, token, "DELETE", path, { headers }),
  };
}

export type Client = Awaited<ReturnType<typeof as>>;

/** Asymmetric matchers typed as the strings they stand for (vitest types them `any`). */
export const anyString = (): string => expect.any(String) as string;
export const matching = (pattern: RegExp): string => expect.stringMatching(pattern) as string;

export const teamPath = (teamKey: string, rest: string) => `/api/teams/${encodeURIComponent(teamKey)}/${rest}`;

export function defaults(): TeamConfiguration {
  return structuredClone(DEFAULT_TEAM_CONFIGURATION);
}

/** The configuration view as the API answers it (the contract's TeamConfigView, with the pilots' names). */
export type ConfigViewBody = TeamConfigView;

/** Every failed /api call (the contract's error body). */
export type ErrorBody = ApiErrorBody;

/** POST install as `client`: the MSSS defaults with the caller as first pilot when nothing is saved yet. */
export async function install(client: Client, teamKey: string): Promise<ApiResponse<ConfigViewBody>> {
  return client.post<ConfigViewBody>(teamPath(teamKey, "install"));
}

export async function putConfig(
  client: Client,
  teamKey: string,
  configuration: unknown,
  etag: string | null | undefined,
  extraHeaders: Record<string, string> = {},
) {
  return client.put<ConfigViewBody & ErrorBody>(
    teamPath(teamKey, "config"),
    { configuration },
    { ...(etag ? { "if-match": etag } : {}), ...extraHeaders },
  );
}
