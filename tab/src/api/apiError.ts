/** An /api answer other than 2xx, carrying the service's bilingual message and field-level details. */
import type { FieldDetail } from "@shared/contract/common.js";
import type { Localized } from "@shared/i18n/locale.js";
import type { ContractSchemas } from "./contractSchemas.js";

export type { FieldDetail };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: Localized | undefined,
    readonly details: FieldDetail[] = [],
  ) {
    super(`${String(status)} ${code}`);
    this.name = "ApiError";
  }

  get isConflict(): boolean {
    return this.status === 412 || this.code === "etag_conflict";
  }

  /** 404: Balises is not installed in the team yet, or is still learning its roster (right after install). */
  get isTeamNotInstalled(): boolean {
    return this.code === "team_not_installed";
  }

  /** The service's words for one field (a 400's details), if it named that field. */
  at(path: string): Localized | undefined {
    return this.details.find((d) => d.path === path)?.message;
  }

  /** 403: the caller is not on the team's roster. */
  get isNotTeamMember(): boolean {
    return this.code === "not_team_member";
  }
}

/** The error body of the contract, when the answer has one (a proxy's 502 page has not). */
export async function apiErrorFrom(response: Response, { apiErrorBodySchema }: ContractSchemas): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    // not JSON: keep the status alone
  }
  const parsed = apiErrorBodySchema.safeParse(body);
  if (!parsed.success) return new ApiError(response.status, `http_${String(response.status)}`, undefined);
  const { code, messages, details } = parsed.data.error;
  return new ApiError(response.status, code, messages, details ?? []);
}

/** Turns "corridors[2].kind", "/corridors/2/kind" or "corridors.2.kind" into "corridors.2.kind". */
export function normalizePath(path: string): string {
  return path
    .replace(/\[(\w+)\]/g, ".$1")
    .replace(/\//g, ".")
    .replace(/^\.+|\.+$/g, "")
    .replace(/^configuration\./, "");
}
