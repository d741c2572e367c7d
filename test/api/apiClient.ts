/** Small HTTP client for API tests: dev tokens by persona, JSON requests, status + headers + body. */
import type { TestService } from "../support/service.js";
import { DEV_PERSONAS, DEV_TENANT_ID, DEV_OTHER_TENANT_ID } from "../../bot/src/auth/devIdentityProvider.js";
import { DEFAULT_TEAM_CONFIGURATION, type TeamConfiguration } from "../../bot/src/domain/teamConfig.js";

export { DEV_TENANT_ID, DEV_OTHER_TENANT_ID };

export const OID = Object.fromEntries(DEV_PERSONAS.map((p) => [p.id, p.oid])) as Record<string, string>;

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

export async function devToken(service: TestService, persona: string): Promise<string> {
  const response = await fetch(`${service.url}/dev/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ persona }) });
  if (response.status !== 200) throw new Error(`no token for ${persona}: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

export async function call<T = Record<string, unknown>>(service: TestService, token: string | undefined, method: string, path: string, options: { body?: unknown; rawBody?: string; headers?: Record<string, string> } = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers };
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
    get: <T = Record<string, unknown>>(path: string, headers?: Record<string, string>) => call<T>(service, token, "GET", path, { headers }),
    post: <T = Record<string, unknown>>(path: string, body?: unknown, headers?: Record<string, string>) => call<T>(service, token, "POST", path, { body, headers }),
    put: <T = Record<string, unknown>>(path: string, body: unknown, headers?: Record<string, string>) => call<T>(service, token, "PUT", path, { body, headers }),
    delete: <T = Record<string, unknown>>(path: string, headers?: Record<string, string>) => call<T>(service, token, "DELETE", path, { headers }),
  };
}

export type Client = Awaited<ReturnType<typeof as>>;

export const teamPath = (teamKey: string, rest: string) => `/api/teams/${encodeURIComponent(teamKey)}/${rest}`;

export function defaults(): TeamConfiguration {
  return structuredClone(DEFAULT_TEAM_CONFIGURATION);
}

export interface ConfigViewBody {
  teamKey: string;
  configuration: TeamConfiguration;
  pilots: string[];
  etag: string | null;
  version: number;
  isDefault: boolean;
  matrix: { situations: Array<{ id: string; ratings: Record<string, string | null>; local?: boolean }> };
  differences: Array<{ situationId: string; modality: string; baseline: string | null; team: string | null }>;
  validCorridor: boolean;
  checklist: Array<{ id: string; label: Record<string, string>; source: string }>;
}

export interface ErrorBody {
  error: { code: string; message: string; messages: { "fr-CA": string; en: string }; details?: Array<{ path: string; message: { "fr-CA": string; en: string } }> };
}

/** Installs the team as `client` and returns its etag. */
export async function install(client: Client, teamKey: string): Promise<ApiResponse<ConfigViewBody>> {
  return client.post<ConfigViewBody>(teamPath(teamKey, "install"));
}

export async function putConfig(client: Client, teamKey: string, configuration: unknown, etag: string | null | undefined, extraHeaders: Record<string, string> = {}) {
  return client.put<ConfigViewBody & ErrorBody>(teamPath(teamKey, "config"), { configuration }, { ...(etag ? { "if-match": etag } : {}), ...extraHeaders });
}
