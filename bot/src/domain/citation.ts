/**
 * How a rule's source is cited to the people who read it. The code cites the seed documents by number
 * ("003 §2.3", "004"); clinicians and pilots read each document by its name: « Orientations MSSS §2.3 », the
 * OCCOQ's telepractice guide (004), the social workers' practice notes (001), the counselling code of ethics (002).
 * A source that names no seed is shown as it is written.
 */
import type { Locale, Localized } from "../i18n/locale.js";

const NAMED_SOURCES: Array<{ source: RegExp; name: Localized }> = [
  { source: /^003 (§[\d.]+)/, name: { "fr-CA": "Orientations MSSS $1", en: "MSSS guidelines $1" } },
  {
    source: /^001(?:, liste de vérification)?$/,
    name: { "fr-CA": "Notes sur la pratique en travail social", en: "Social work practice notes" },
  },
  { source: /^002, ACCP (.+)$/, name: { "fr-CA": "Code de déontologie de l'ACCP, $1", en: "CCPA Code of Ethics, $1" } },
  { source: /^002, ACA (.+)$/, name: { "fr-CA": "Code de déontologie de l'ACA, $1", en: "ACA Code of Ethics, $1" } },
  {
    source: /^002$/,
    name: { "fr-CA": "ACCP, counseling par courriel", en: "CCPA, counselling by e-mail" },
  },
  { source: /^004$/, name: { "fr-CA": "OCCOQ, télépratique", en: "OCCOQ, telepractice" } },
];

export function citeSource(source: string, locale: Locale): string {
  const named = NAMED_SOURCES.find((n) => n.source.test(source));
  return named ? source.replace(named.source, named.name[locale]) : source;
}
