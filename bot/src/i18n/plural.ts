/**
 * A count with its noun in the right form — « 1 perte de connexion », « 2 pertes de connexion », "1 month" —
 * instead of "perte(s)" (French counts 0 and 1 as singular; Intl.PluralRules knows each language's rule).
 */
import type { Locale } from "./locale.js";

export type NounForms = Record<Locale, { one: string; other: string }>;

export function counted(count: number, forms: NounForms, locale: Locale): string {
  const form = new Intl.PluralRules(locale).select(count) === "one" ? forms[locale].one : forms[locale].other;
  return `${count} ${form}`;
}

export const MONTHS: NounForms = { "fr-CA": { one: "mois", other: "mois" }, en: { one: "month", other: "months" } };
