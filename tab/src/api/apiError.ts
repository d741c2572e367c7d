/** An /api answer other than 2xx, carrying the service's bilingual message and field-level details. */
import type { Localized } from "../../../bot/src/i18n/locale.js";

export interface FieldDetail {
  path: string;
  message: Localized;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: Localized | undefined,
    readonly details: FieldDetail[] = [],
  ) {
    super(`${status} ${code}`);
    this.name = "ApiError";
  }

  get isConflict(): boolean {
    return this.status === 412 || this.code === "etag_conflict";
  }

  /** 404: Balises is not installed in the team yet, or is still learning its roster (right after install). */
  get isTeamNotInstalled(): boolean {
    return this.code === "team_not_installed";
  }

  /** 403: the caller is not on the team's roster. */
  get isNotTeamMember(): boolean {
    return this.code === "not_team_member";
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string; messages?: Localized; details?: FieldDetail[] };
}

export async function apiErrorFrom(response: Response): Promise<ApiError> {
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // not JSON: keep the status alone
  }
  const error = body.error ?? {};
  return new ApiError(
    response.status,
    error.code ?? `http_${response.status}`,
    error.messages,
    Array.isArray(error.details) ? error.details : [],
  );
}

/** Turns "corridors[2].kind", "/corridors/2/kind" or "corridors.2.kind" into "corridors.2.kind". */
export function normalizePath(path: string): string {
  return path
    .replace(/\[(\w+)\]/g, ".$1")
    .replace(/\//g, ".")
    .replace(/^\.+|\.+$/g, "")
    .replace(/^configuration\./, "");
}
