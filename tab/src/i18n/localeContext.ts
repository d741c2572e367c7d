/** The tab's language (fr-CA first, en second), from the Teams context or the dev `?locale=`. */
import { createContext, useContext, useMemo } from "react";
import { DEFAULT_LOCALE, pick, type Locale, type Localized } from "../../../bot/src/i18n/locale.js";

export type { Locale, Localized };

export const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** A component's bilingual strings, picked for the current locale. */
export function useStrings<T extends Record<string, Localized>>(table: T): { [K in keyof T]: string } {
  const locale = useLocale();
  return useMemo(() => pick(table, locale), [table, locale]);
}

/** The one bilingual placeholder helper, shared with the bot (typed keys for literal strings). */
export { format } from "../../../bot/src/i18n/format.js";
