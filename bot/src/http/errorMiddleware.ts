/**
 * Turns every failure of an HTTP route into a JSON answer a person can read (fr-CA and en):
 * named errors keep their status, malformed JSON is a 400, the rest is logged and is a 500.
 */
import type { ErrorRequestHandler, Request, RequestHandler, Response } from "express";
import { BalisesError, httpStatusOf, type ErrorCode } from "../errors.js";
import { resolveLocale, type Localized } from "../i18n/locale.js";
import type { Logger } from "../logger.js";

export function requestLocale(req: Request): ReturnType<typeof resolveLocale> {
  return resolveLocale((req.query.locale as string | undefined) ?? req.headers["accept-language"]?.split(",")[0]);
}

/** Every API error has one shape, and its status comes from the service's error catalogue. */
export function sendError(res: Response, req: Request, code: ErrorCode, messages: Localized, details?: unknown): void {
  res.status(httpStatusOf[code]).json({ error: { code, message: messages[requestLocale(req)], messages, details } });
}

const MALFORMED_JSON: Localized = {
  "fr-CA": "Le corps de la requête n'est pas du JSON valide.",
  en: "The request body is not valid JSON.",
};
const TOO_LARGE: Localized = {
  "fr-CA": "Le corps de la requête est trop volumineux.",
  en: "The request body is too large.",
};
const INTERNAL: Localized = {
  "fr-CA": "Erreur interne de Balises. Rien n'a été enregistré; réessayez ou avisez votre pilote technologique.",
  en: "Balises internal error. Nothing was saved; try again or tell your technology pilot.",
};

export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  // Express knows an error handler by its four parameters: the fourth stays although it is not called.
  return (error: unknown, req, res, _next) => {
    if (error instanceof BalisesError) {
      const details = error.code === "validation_failed" ? error.details : undefined;
      sendError(res, req, error.code, error.userMessage, details);
      return;
    }
    const parserType = (error as { type?: string }).type;
    if (parserType === "entity.parse.failed") {
      sendError(res, req, "malformed_json", MALFORMED_JSON);
      return;
    }
    if (parserType === "entity.too.large") {
      sendError(res, req, "too_large", TOO_LARGE);
      return;
    }
    logger.error(
      { err: { name: (error as Error).name, message: (error as Error).message }, path: req.path },
      "request failed",
    );
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
