/**
 * Named errors of the service, identified by class or `code` (never by message text).
 * Each carries a bilingual message a person can read; the HTTP layer maps codes to statuses.
 */
import type { Locale, Localized } from "./i18n/locale.js";

export type ErrorCode =
  | "config_invalid"
  | "validation_failed"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "etag_conflict"
  | "revision_conflict"
  | "already_exists"
  | "storage_unavailable"
  | "team_not_installed"
  | "not_team_member"
  | "precondition_required"
  | "identity_unavailable"
  | "malformed_json"
  | "too_large"
  | "no_such_route"
  | "internal_error"
  | "not_an_activity"
  | "unknown_persona"
  | "unknown_action"
  | "invalid_data"
  | "situation_required"
  | "no_identity"
  | "encounter_not_found"
  | "wrong_conversation"
  | "malformed_request"
  | "malformed_url"
  | "unsupported_charset"
  | "unsupported_encoding"
  | "unsupported_media_type"
  | "unsupported_invoke"
  | "method_not_allowed"
  | "request_timeout"
  | "expectation_failed"
  | "headers_too_large";

/** The service's one error body, on every HTTP answer and invoke refusal: the message in the reader's language. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; messages: Localized; details?: unknown };
}

export function errorBody(code: ErrorCode, messages: Localized, locale: Locale, details?: unknown): ErrorBody {
  return { error: { code, message: messages[locale], messages, ...(details === undefined ? {} : { details }) } };
}

export class BalisesError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly userMessage: Localized,
    readonly details?: unknown,
  ) {
    super(userMessage.en);
    this.name = new.target.name;
  }
}

export class ConfigError extends BalisesError {
  constructor(readonly problems: string[]) {
    super("config_invalid", {
      "fr-CA": `Configuration invalide : ${problems.join("; ")}`,
      en: `Invalid configuration: ${problems.join("; ")}`,
    });
  }
}

export interface FieldIssue {
  path: string;
  message: Localized;
}

export class ValidationError extends BalisesError {
  constructor(
    readonly issues: FieldIssue[],
    summary?: Localized,
  ) {
    super(
      "validation_failed",
      summary ?? { "fr-CA": "Les données reçues sont invalides.", en: "The data received is invalid." },
      issues,
    );
  }
}

export class UnauthorizedError extends BalisesError {
  constructor(reason: string) {
    super(
      "unauthorized",
      {
        "fr-CA": "Authentification requise ou jeton invalide.",
        en: "Authentication required or invalid token.",
      },
      reason,
    );
  }
}

export class ForbiddenError extends BalisesError {
  constructor(message: Localized) {
    super("forbidden", message);
  }
}

export class NotFoundError extends BalisesError {
  constructor(what: Localized) {
    super("not_found", {
      "fr-CA": `Introuvable : ${what["fr-CA"]}.`,
      en: `Not found: ${what.en}.`,
    });
  }
}

/** A conditional write lost against a concurrent one (HTTP 412 from Azure Tables). */
export class EtagConflictError extends BalisesError {
  constructor() {
    super("etag_conflict", {
      "fr-CA":
        "Quelqu'un d'autre a modifié ces données entre-temps. Rechargez pour voir la version actuelle, puis refaites votre modification.",
      en: "Someone else changed this data in the meantime. Reload to see the current version, then make your change again.",
    });
  }
}

/**
 * A change made on a revision the record has moved past (an encounter's `consentRev` / `planRev`): someone else
 * changed it first, nothing was changed (HTTP 409, as the cards' "out of date" notice).
 */
export class RevisionConflictError extends BalisesError {
  constructor() {
    super("revision_conflict", {
      "fr-CA":
        "Ce que vous voyiez n'était plus à jour : quelqu'un d'autre a modifié la rencontre entre-temps, et rien n'a été modifié. Voici l'état actuel; refaites votre modification au besoin.",
      en: "What you saw was out of date: someone else changed the encounter in the meantime, and nothing was changed. Here is the current state; make your change again if needed.",
    });
  }
}

export class AlreadyExistsError extends BalisesError {
  /** `messages` and `details` name what exists, where the caller knows (the form's field). */
  constructor(
    messages: Localized = { "fr-CA": "Cet élément existe déjà.", en: "This item already exists." },
    details?: unknown,
  ) {
    super("already_exists", messages, details);
  }
}

const STORAGE_UNAVAILABLE = {
  notSaved: {
    "fr-CA":
      "Le stockage de Balises est momentanément inaccessible. Rien n'a été enregistré; réessayez dans un instant.",
    en: "Balises storage is temporarily unreachable. Nothing was saved; try again in a moment.",
  },
  unknown: {
    "fr-CA":
      "Le stockage de Balises n'a pas répondu à temps : la modification a peut-être été enregistrée. Rechargez pour vérifier avant de la refaire.",
    en: "Balises storage did not answer in time: the change may have been saved. Reload to check before making it again.",
  },
} satisfies Record<string, Localized>;

/**
 * Storage refused, failed or did not answer in time. `outcome` is "unknown" when a write was sent and no
 * answer came back: it may have been applied, so the person is told to check rather than that nothing was saved.
 */
export class StorageUnavailableError extends BalisesError {
  constructor(
    cause?: unknown,
    readonly outcome: "notSaved" | "unknown" = "notSaved",
  ) {
    super("storage_unavailable", STORAGE_UNAVAILABLE[outcome], cause instanceof Error ? cause.message : undefined);
  }
}

/** A write that must name the version it changes (If-Match) came without it (HTTP 428). */
export class PreconditionRequiredError extends BalisesError {
  constructor(message: Localized) {
    super("precondition_required", message);
  }
}

/** The token's keys cannot be fetched (Microsoft identity unreachable): not the caller's fault (HTTP 503). */
export class IdentityUnavailableError extends BalisesError {
  constructor(reason?: string) {
    super(
      "identity_unavailable",
      {
        "fr-CA":
          "Impossible de vérifier votre identité pour le moment (service d'identité Microsoft injoignable). Réessayez dans un instant.",
        en: "Your identity cannot be checked right now (Microsoft identity service unreachable). Try again in a moment.",
      },
      reason,
    );
  }
}

export const httpStatusOf: Record<ErrorCode, number> = {
  config_invalid: 500,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  etag_conflict: 412,
  revision_conflict: 409,
  already_exists: 409,
  storage_unavailable: 503,
  team_not_installed: 404,
  not_team_member: 403,
  precondition_required: 428,
  identity_unavailable: 503,
  malformed_json: 400,
  too_large: 413,
  no_such_route: 404,
  internal_error: 500,
  not_an_activity: 400,
  unknown_persona: 400,
  unknown_action: 400,
  invalid_data: 400,
  situation_required: 400,
  no_identity: 403,
  encounter_not_found: 404,
  wrong_conversation: 403,
  malformed_request: 400,
  malformed_url: 400,
  unsupported_charset: 415,
  unsupported_encoding: 415,
  unsupported_media_type: 415,
  unsupported_invoke: 400,
  method_not_allowed: 405,
  request_timeout: 408,
  expectation_failed: 417,
  headers_too_large: 431,
};

/** A service Balises depends on did not answer (503): the person is told to try again, the log says why. */
export function isOutage(code: ErrorCode): boolean {
  return httpStatusOf[code] === 503;
}
