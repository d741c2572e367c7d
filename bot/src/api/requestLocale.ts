/** The language of an answer: `?locale=`, else the first Accept-Language, else French (fr-CA). */
import type { Request } from "express";
import { resolveLocale, type Locale } from "../i18n/locale.js";

export function requestLocale(req: Request): Locale {
  const asked = typeof req.query.locale === "string" ? req.query.locale : undefined;
  return resolveLocale(asked ?? req.headers["accept-language"]?.split(",")[0]);
}
