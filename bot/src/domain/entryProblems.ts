/**
 * What stops an entry from being recorded (a consent without its method, a location without its region…), as the
 * messages a person reads under each field — the same words whichever door the entry came through (card or side
 * panel). Pure: each rule module says which problems its entries can have and their messages.
 */
import type { Locale, Localized } from "../i18n/locale.js";

export interface EntryProblem<K extends string> {
  path: K;
  message: Localized;
}

/** The problems found, each with its message, in the order of `messages`; none: the entry can be recorded. */
export function entryProblems<K extends string>(
  problems: Partial<Record<K, true>>,
  messages: Record<K, Localized>,
): EntryProblem<K>[] {
  return (Object.keys(messages) as K[]).filter((k) => problems[k]).map((path) => ({ path, message: messages[path] }));
}

/** The messages in one language, by field (a card shows each under its input). */
export function problemTexts<K extends string>(
  problems: EntryProblem<K>[],
  locale: Locale,
): Partial<Record<K, string>> {
  return Object.fromEntries(problems.map((p) => [p.path, p.message[locale]])) as Partial<Record<K, string>>;
}
