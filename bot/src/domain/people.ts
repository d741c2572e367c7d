/**
 * Staff are shown by name, never by Entra object id. Names come from the Teams rosters; someone never
 * seen on a roster of a team where Balises is installed is "an unknown member", not a GUID.
 */
import type { Locale, Localized } from "../i18n/locale.js";

export type PeopleNames = Readonly<Record<string, string>>;

export const UNKNOWN_PERSON: Localized = { "fr-CA": "membre inconnu de l'équipe", en: "unknown team member" };

export function displayName(people: PeopleNames, oid: string | undefined, locale: Locale): string {
  const name = oid ? people[oid] : undefined;
  return name && name.trim() !== "" ? name : UNKNOWN_PERSON[locale];
}
