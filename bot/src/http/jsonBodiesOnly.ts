/**
 * The API reads JSON bodies only. A body of another type (text/plain, a form) was read as no body at all and
 * refused for its missing fields, which sent the caller after the wrong fault: it is a 415 that names the type.
 * A request without a body (Content-Length 0, as fetch sends a bare POST) passes.
 */
import type { RequestHandler } from "express";
import type { Localized } from "../i18n/locale.js";
import { sendError } from "./errorMiddleware.js";

const JSON_ONLY: Localized = {
  "fr-CA": "Type de contenu non pris en charge : envoyez le corps en JSON (Content-Type: application/json).",
  en: "Unsupported content type: send the body as JSON (Content-Type: application/json).",
};

export const jsonBodiesOnly: RequestHandler = (req, res, next) => {
  const hasBody = req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
  if (hasBody && !req.is("application/json")) {
    sendError(res, req, "unsupported_media_type", JSON_ONLY);
    return;
  }
  next();
};
