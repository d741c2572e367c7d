/**
 * Turns every failure of an HTTP route into a JSON answer a person can read (fr-CA and en):
 * named errors keep their status, malformed JSON is a 400, the rest is logged and is a 500.
 */
import type { ErrorRequestHandler, Request, RequestHandler } from "express";
import { BalisesError, httpStatusOf } from "../errors.js";
import { resolveLocale, type Localized } from "../i18n/locale.js";
import type { Logger } from "../logger.js";

export function requestLocale(req: Request): ReturnType<typeof resolveLocale> {
  return resolveLocale((req.query.locale as string | undefined) ?? req.headers["accept-language"]?.split(",")[0]);
}

export function errorBody(code: string, messages: Localized, req: Request, details?: unknown) {
  return { error: { code, message: messages[requestLocale(req)], messages, details } };
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
      res
        .status(httpStatusOf[error.code])
        .json(
          errorBody(error.code, error.userMessage, req, error.code === "validation_failed" ? error.details : undefined),
        );
      return;
    }
    const parserType = (error as { type?: string }).type;
    if (parserType === "entity.parse.failed") {
      res.status(400).json(errorBody("malformed_json", MALFORMED_JSON, req));
      return;
    }
    if (parserType === "entity.too.large") {
      res.status(413).json(errorBody("too_large", TOO_LARGE, req));
      return;
    }
    logger.error(
      { err: { name: (error as Error).name, message: (error as Error).message }, path: req.path },
      "request failed",
    );
    res.status(500).json(errorBody("internal_error", INTERNAL, req));
  };
}

const NO_SUCH_ROUTE: Localized = {
  "fr-CA": "Cette adresse de l'API n'existe pas.",
  en: "This API address does not exist.",
};

/** Unknown API routes answer in JSON like every other API error. */
export const apiNotFound: RequestHandler = (req, res) => {
  res.status(404).json(errorBody("no_such_route", NO_SUCH_ROUTE, req));
};
