/** What a picker's list says besides the names: searching, no match, or that only the first names are listed. */
import { format, type Locale } from "../../i18n/localeContext.js";
import type { RosterSearch } from "../../hooks/useRosterSearch.js";
import { PERSON_PICKER_STRINGS } from "./PersonPicker.strings.js";

export const NO_MATCH = "__none__";

/** Accents and case aside, as the service searches. */
const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

/**
 * The names to offer: the last answer, narrowed at once to what is typed now (the next answer may still
 * be on its way), without the people who cannot be chosen.
 */
export function rosterOptions(search: RosterSearch, query: string, exclude: readonly string[]) {
  const wanted = fold(query.trim());
  return search.items.filter((m) => !exclude.includes(m.oid) && fold(m.name).includes(wanted));
}

/** The line under the field: a failure, or how many of the roster are listed. */
export function rosterHint(search: RosterSearch, locale: Locale): string {
  const text = PERSON_PICKER_STRINGS;
  if (search.status === "error") return text.failed[locale];
  if (search.status === "ready" && search.total > search.items.length)
    return format(text.more[locale], { shown: search.items.length, total: search.total });
  return text.hint[locale];
}

export function emptyText(search: RosterSearch, locale: Locale): string {
  return search.status === "loading" ? PERSON_PICKER_STRINGS.searching[locale] : PERSON_PICKER_STRINGS.noMatch[locale];
}
