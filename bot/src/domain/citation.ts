/**
 * How a rule's source is cited to the people who read it. The code cites the seed documents by number
 * ("003 §2.3"); clinicians and pilots read the ministry's guidelines by name: « Orientations MSSS §2.3 ».
 * A source that is not the ministry's rulebook is shown as it is written.
 */
import type { Locale } from "../i18n/locale.js";

const MINISTRY = { "fr-CA": "Orientations MSSS", en: "MSSS guidelines" } as const;

export function citeSource(source: string, locale: Locale): string {
  return source.replace(/^003 (§[\d.]+)/, `${MINISTRY[locale]} $1`);
}
