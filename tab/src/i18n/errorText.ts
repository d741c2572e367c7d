/** An API failure in words: the service's own bilingual message when it sent one, else the page's fallback. */
import { ApiError } from "../api/apiError.js";
import type { Locale } from "./localeContext.js";

export function errorText(error: unknown, locale: Locale, fallback: string): string {
  return error instanceof ApiError && error.messages ? error.messages[locale] : fallback;
}
