import { BalisesError } from "../../errors.js";
import type { Locale } from "../../i18n/locale.js";

const GENERIC = {
  "fr-CA": "Désolé, Balises n'a pas pu traiter cette demande. Rien n'a été perdu; réessayez dans un instant.",
  en: "Sorry, Balises could not handle this request. Nothing was lost; try again in a moment.",
};

/** The sentence a person reads when something fails: the named error's own message, or a generic one. */
export function errorText(error: unknown, locale: Locale): string {
  return error instanceof BalisesError ? error.userMessage[locale] : GENERIC[locale];
}
