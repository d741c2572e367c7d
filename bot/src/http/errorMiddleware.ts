/**
 * Turns every failure of an HTTP route into a JSON answer a person can read (fr-CA and en):
 * named errors keep their status; what is wrong with the request itself (malformed JSON, a body too large,
 * an unsupported charset or Content-Encoding, a malformed percent-encoding in the path) is a 4xx; the rest
 * is logged and is a 500 that never repeats the internal message.
 */
import type { ErrorRequestHandler, Request, RequestHandler, Response } from "express";
import { BalisesError, errorBody, httpStatusOf, isOutage, type ErrorCode } from "../errors.js";
import { resolveLocale, type Localized } from "../i18n/locale.js";
import { loggedError, type Logger } from "../logger.js";
import { identityIfAny } from "../auth/requireIdentity.js";

/** `?locale=`, else the first Accept-Language, else French; a repeated or non-text value counts as absent. */
export function requestLocale(req: Request): ReturnType<typeof resolveLocale> {
  const asked = typeof req.query.locale === "string" ? req.query.locale : undefined;
  return asked === undefined ? headerLocale(req.headers["accept-language"]) : resolveLocale(asked);
}

/** The first Accept-Language, else French. */
export function headerLocale(header: string | string[] | undefined): ReturnType<typeof resolveLocale> {
  return resolveLocale(typeof header === "string" ? header.split(",")[0] : undefined);
}

/** Every API error has one shape, and its status comes from the service's error catalogue. */
export function sendError(res: Response, req: Request, code: ErrorCode, messages: Localized, details?: unknown): void {
  res.status(httpStatusOf[code]).json(errorBody(code, messages, requestLocale(req), details));
}

export const MALFORMED_JSON: Localized = {
  "fr-CA": "Le corps de la requête n'est pas du JSON valide.",
  en: "The request body is not valid JSON.",
};
export const TOO_LARGE: Localized = {
  "fr-CA": "Le corps de la requête est trop volumineux.",
  en: "The request body is too large.",
};
const UNSUPPORTED_CHARSET: Localized = {
  "fr-CA": "Jeu de caractères non pris en charge : envoyez le corps en UTF-8 (application/json; charset=utf-8).",
  en: "Unsupported charset: send the body as UTF-8 (application/json; charset=utf-8).",
};
const UNSUPPORTED_ENCODING: Localized = {
  "fr-CA": "Content-Encoding non pris en charge ou corps compressé illisible : envoyez le corps sans compression.",
  en: "Unsupported Content-Encoding or unreadable compressed body: send the body uncompressed.",
};
const MALFORMED_URL: Localized = {
  "fr-CA": "L'adresse contient un encodage-pourcent invalide (par exemple « %zz »).",
  en: "The address contains an invalid percent-encoding (for example “%zz”).",
};
const MALFORMED_REQUEST: Localized = {
  "fr-CA": "La requête est mal formée ou incomplète.",
  en: "The request is malformed or incomplete.",
};
const NOT_FOUND: Localized = { "fr-CA": "Introuvable.", en: "Not found." };
export const INTERNAL: Localized = {
  "fr-CA": "Erreur interne de Balises. Rien n'a été enregistré; réessayez ou avisez votre pilote technologique.",
  en: "Balises internal error. Nothing was saved; try again or tell your technology pilot.",
};

/** The body reader's refusals (body-parser, raw-body) by their `type`. */
const PARSER_REFUSALS: Record<string, [ErrorCode, Localized]> = {
  "entity.parse.failed": ["malformed_json", MALFORMED_JSON],
  "entity.too.large": ["too_large", TOO_LARGE],
  "charset.unsupported": ["unsupported_charset", UNSUPPORTED_CHARSET],
  "encoding.unsupported": ["unsupported_encoding", UNSUPPORTED_ENCODING],
};

/** Zlib's complaints about a body declared compressed that is not (Content-Encoding: gzip on plain JSON…). */
const isZlibError = (error: { code?: unknown; errno?: unknown }) =>
  typeof error.code === "string" && error.code.startsWith("Z_") && typeof error.errno === "number";

/**
 * What the request itself got wrong, when the error says so: a body-parser refusal, a path parameter
 * Express could not percent-decode, any other client error (http-errors with a 4xx status).
 */
export function requestFault(error: unknown): [ErrorCode, Localized] | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const fault = error as { type?: unknown; status?: unknown; statusCode?: unknown; code?: unknown; errno?: unknown };
  const refusal = typeof fault.type === "string" ? PARSER_REFUSALS[fault.type] : undefined;
  if (refusal) return refusal;
  if (error instanceof URIError) return ["malformed_url", MALFORMED_URL];
  if (isZlibError(fault)) return ["unsupported_encoding", UNSUPPORTED_ENCODING];
  const status = typeof fault.status === "number" ? fault.status : fault.statusCode;
  if (typeof status !== "number" || status < 400 || status >= 500) return undefined;
  if (status === 404) return ["not_found", NOT_FOUND];
  if (status === 413) return ["too_large", TOO_LARGE];
  return ["malformed_request", MALFORMED_REQUEST];
}

export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  // Express knows an error handler by its four parameters: the fourth stays although it is not called.
  return (error: unknown, req, res, _next) => {
    if (res.headersSent) {
      // The answer had started (a streamed export): it cannot become an error body; cut it short.
      logger.error({ err: loggedError(error), path: req.path }, "request failed after its answer started");
      res.end();
      return;
    }
    if (error instanceof BalisesError) {
      // The person is told to try again; the operator needs the cause, which the answer never carries.
      if (isOutage(error.code)) logger.warn({ err: loggedError(error), path: req.path }, "request answered 503");
      // Who was refused what, for the establishment's access log: the caller by Entra object id (never a name), a
      // refused token by why (« missing bearer token », « tenant not allowed »; never the token).
      const status = httpStatusOf[error.code];
      if (status === 401 || status === 403) {
        const by = identityIfAny(res)?.userId;
        const why = status === 401 && typeof error.details === "string" ? { reason: error.details } : {};
        logger.info({ by, code: error.code, ...why, method: req.method, path: req.path }, `request refused ${status}`);
      }
      // The fields a refusal names; other errors' details are internal (a storage error's cause).
      const details = error.code === "validation_failed" || error.code === "already_exists" ? error.details : undefined;
      sendError(res, req, error.code, error.userMessage, details);
      return;
    }
    const fault = requestFault(error);
    if (fault) {
      sendError(res, req, fault[0], fault[1]);
      return;
    }
    logger.error({ err: loggedError(error), path: req.path }, "request failed");
    sendError(res, req, "internal_error", INTERNAL);
  };
}

const NO_SUCH_ROUTE: Localized = {
  "fr-CA": "Cette adresse de l'API n'existe pas.",
  en: "This API address does not exist.",
};

/** Unknown API routes answer in JSON like every other API error. */
export const apiNotFound: RequestHandler = (req, res) => {
  sendError(res, req, "no_such_route", NO_SUCH_ROUTE);
};

/** Any other address or method (a POST to a page of the tab, a PUT on one of its files): JSON like every error. */
export const notFound: RequestHandler = (req, res) => {
  sendError(res, req, "not_found", NOT_FOUND);
};
