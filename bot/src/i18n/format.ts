/**
 * The one way to put values into a bilingual string: `format(t.callback, { minutes: 5 })` fills `{minutes}`.
 * When the string's type is a literal (tables declared `as const satisfies Record<string, Localized>`),
 * the placeholders are typed keys: a missing or misspelt value does not compile. A placeholder left
 * without a value at run time is a bug and throws, so it never reaches a patient or a chart.
 */
export type Placeholders<S extends string> = string extends S
  ? string
  : S extends `${string}{${infer Key}}${infer Rest}`
    ? Key | Placeholders<Rest>
    : never;

export type FormatValues<S extends string> = Record<Placeholders<S>, string | number>;

export class MissingPlaceholderError extends Error {}

export function format<S extends string>(template: S, values: FormatValues<S>): string {
  const given = values as Record<string, string | number>;
  return template.replace(/\{(\w+)\}/g, (_whole, key: string) => {
    const value = given[key];
    if (value === undefined) throw new MissingPlaceholderError(`no value for {${key}}`);
    return String(value);
  });
}

const listFormats = new Map<string, Intl.ListFormat>();

/** "A, B et C" (conjunction) or "A, B ou C" (disjunction) in the locale; the formatters are built once each. */
export function formatList(locale: string, type: "conjunction" | "disjunction", items: readonly string[]): string {
  const key = `${locale}|${type}`;
  let formatter = listFormats.get(key);
  if (!formatter) {
    formatter = new Intl.ListFormat(locale, { type });
    listFormats.set(key, formatter);
  }
  return formatter.format(items);
}
