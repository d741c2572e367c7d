/** The tab's language (fr-CA first, en second), from the Teams context or the dev `?locale=`. */
import { createContext, useContext } from "react";
import { DEFAULT_LOCALE, pick, type Locale, type Localized, type Picked } from "@shared/i18n/locale.js";

export type { Locale, Localized };

export const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/**
 * A component's bilingual strings (its `<Component>.strings.ts` table), picked for the current locale.
 * Literal types are kept, so `format(text.x, …)` knows the placeholders of `x`.
 */
export function useStrings<T extends Record<string, Localized>>(table: T): Picked<T> {
  // pick() keeps each table's strings per locale: the same object on every render.
  return pick(table, useLocale());
}

/** The one bilingual placeholder helper, shared with the bot (typed keys for literal strings). */
export { format } from "@shared/i18n/format.js";
