/** fr-CA first, English second: every string a person sees exists in both. */
export type Locale = "fr-CA" | "en";

export const DEFAULT_LOCALE: Locale = "fr-CA";

export type Localized = Record<Locale, string>;

/** Teams sends locales such as "fr-CA", "fr-FR", "en-US", "en-GB"; anything not English is served in French. */
export function resolveLocale(raw: string | undefined | null): Locale {
  if (!raw) return DEFAULT_LOCALE;
  return raw.trim().toLowerCase().startsWith("en") ? "en" : "fr-CA";
}

/** Picks the string for a locale from a table of bilingual strings (literal types kept for format's typed placeholders). */
export function pick<T extends Record<string, Localized>>(table: T, locale: Locale): { [K in keyof T]: T[K][Locale] } {
  const entries = Object.entries(table).map(([key, text]) => [key, text[locale]] as const);
  return Object.fromEntries(entries) as { [K in keyof T]: T[K][Locale] };
}
