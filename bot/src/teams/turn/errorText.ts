import { BalisesError, type ErrorCode } from "../../errors.js";
import type { Locale, Localized } from "../../i18n/locale.js";

const GENERIC: Localized = {
  "fr-CA": "Désolé, Balises n'a pas pu traiter cette demande. Rien n'a été perdu; réessayez dans un instant.",
  en: "Sorry, Balises could not handle this request. Nothing was lost; try again in a moment.",
};

/** What a person reads when something fails, in both languages: the named error's own message, or a generic one. */
export function errorMessages(error: unknown): { code: ErrorCode; messages: Localized } {
  return error instanceof BalisesError
    ? { code: error.code, messages: error.userMessage }
    : { code: "internal_error", messages: GENERIC };
}

/** The sentence a person reads when something fails: the named error's own message, or a generic one. */
export function errorText(error: unknown, locale: Locale): string {
  return errorMessages(error).messages[locale];
}
