/** fr-CA first, English second: every string a person sees exists in both. */
export type Locale = "fr-CA" | "en";

export const DEFAULT_LOCALE: Locale = "fr-CA";

export type Localized = Record<Locale, string>;

/** Teams sends locales such as "fr-CA", "fr-FR", "en-US", "en-GB"; anything not English is served in French. */
export function resolveLocale(raw: string | undefined | null): Locale {
  if (!raw) return DEFAULT_LOCALE;
  return raw.trim().toLowerCase().startsWith("en") ? "en" : "fr-CA";
}

/** A strings table in one locale, shared by every caller (pick). */
export type Picked<T extends Record<string, Localized>> = { readonly [K in keyof T]: T[K][Locale] };

/** Each table's strings in each locale, built once: a card picks several tables on every click (issue 14). */
const picked = new WeakMap<object, Partial<Record<Locale, object>>>();

/** Picks the string for a locale from a table of bilingual strings (literal types kept for format's typed placeholders). */
export function pick<T extends Record<string, Localized>>(table: T, locale: Locale): Picked<T> {
  let byLocale = picked.get(table);
  if (!byLocale) picked.set(table, (byLocale = {}));
  let strings = byLocale[locale];
  if (!strings) {
    const entries = Object.entries(table).map(([key, text]) => [key, text[locale]] as const);
    // Shared by every caller from now on: frozen, so that none can change another's strings.
    byLocale[locale] = strings = Object.freeze(Object.fromEntries(entries));
  }
  return strings as Picked<T>;
}
