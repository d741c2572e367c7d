/**
 * How the values kept in the audit trail read in a sentence: sizes of free text (« 14 → 22 caractères »,
 * never the text: auditMinimise.ts), hours instead of ISO-8601 durations, ratings as the §2.3 legend shows
 * them, dates in words. Never JSON: a pilot reads these. Pure; the sentences live in auditSentences.ts.
 */
import { withFirstOfMonth } from "../i18n/frenchDates.js";
import { Duration } from "luxon";
import type { Locale, Localized } from "../i18n/locale.js";
import { NOT_INDICATED } from "./modality.js";
import { format } from "../i18n/format.js";
import { isTextSize } from "./auditMinimise.js";

const NBSP = "\u00a0";
/** Labels shown in a sentence (the MSSS matrix's situations and modalities) are cut here. */
const MAX_SHOWN_CHARS = 80;

const VALUE_TEXT = {
  omitted: { "fr-CA": "(valeur trop longue, non conservée)", en: "(value too long, not kept)" },
  empty: { "fr-CA": "(vide)", en: "(empty)" },
  yes: { "fr-CA": "oui", en: "yes" },
  no: { "fr-CA": "non", en: "no" },
  structured: { "fr-CA": "(plusieurs valeurs)", en: "(several values)" },
  minutes: { "fr-CA": "{n} min", en: "{n} min" },
  hours: { "fr-CA": "{n} h", en: "{n} h" },
  hoursMinutes: { "fr-CA": "{h} h {m} min", en: "{h} h {m} min" },
  and: { "fr-CA": " et ", en: " and " },
  chars: { "fr-CA": "{n} caractères", en: "{n} characters" },
  oneChar: { "fr-CA": "1 caractère", en: "1 character" },
  sizes: { "fr-CA": "{before} → {after} caractères", en: "{before} → {after} characters" },
} satisfies Record<string, Localized>;

/** Fills {name} placeholders of a bilingual template. */
/** One language of a bilingual sentence, its placeholders filled (the project's one helper: i18n/format.ts). */
export function say(template: Localized, locale: Locale, values: Record<string, string | number> = {}): string {
  return format(template[locale], values);
}

/** The first dotted segment of a path ("corridors.2.name" → "corridors"). */
export function headOf(path: string): string {
  return path.split(".", 1)[0] ?? "";
}

/** The marker auditRepository.boundChanges leaves in place of a value too large to keep. */
export function isOmitted(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as { omitted?: unknown }).omitted === true;
}

export function omittedText(locale: Locale): string {
  return VALUE_TEXT.omitted[locale];
}

function shortened(text: string): string {
  return text.length > MAX_SHOWN_CHARS ? `${text.slice(0, MAX_SHOWN_CHARS - 1)}…` : text;
}

/** « name » in French (with non-breaking spaces), "name" in English. */
export function quote(text: string, locale: Locale): string {
  return locale === "fr-CA" ? `«${NBSP}${shortened(text)}${NBSP}»` : `"${shortened(text)}"`;
}

export function joinList(items: string[], locale: Locale): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")}${VALUE_TEXT.and[locale]}${items[items.length - 1]}`;
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("fr-CA") + text.slice(1);
}

/** The size kept of a free text (« 14 caractères »); absent or empty text has none (« (vide) »). */
export function formatSize(value: unknown, locale: Locale): string {
  if (!isTextSize(value)) return formatValue(value, locale);
  if (value.chars === 0) return VALUE_TEXT.empty[locale];
  return value.chars === 1 ? VALUE_TEXT.oneChar[locale] : say(VALUE_TEXT.chars, locale, { n: value.chars });
}

/** Characters of a kept size, 0 for a text that was absent; undefined for anything else. */
function charsOf(value: unknown): number | undefined {
  if (isTextSize(value)) return value.chars;
  return value === null || value === undefined || value === "" ? 0 : undefined;
}

/** « 14 → 22 caractères » for a free-text change (absent counts as 0); undefined when a side is not a size. */
export function sizeChange(before: unknown, after: unknown, locale: Locale): string | undefined {
  const [b, a] = [charsOf(before), charsOf(after)];
  if (b === undefined || a === undefined || (!isTextSize(before) && !isTextSize(after))) return undefined;
  return say(VALUE_TEXT.sizes, locale, { before: b, after: a });
}

/** Any kept value as words: sizes of free text, codes quoted, numbers, oui/non; a Localized label in its locale. */
export function formatValue(value: unknown, locale: Locale): string {
  if (isOmitted(value)) return VALUE_TEXT.omitted[locale];
  if (isTextSize(value)) return formatSize(value, locale);
  if (value === null || value === undefined || value === "") return VALUE_TEXT.empty[locale];
  if (typeof value === "string") return quote(value, locale);
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return VALUE_TEXT[value ? "yes" : "no"][locale];
  if (Array.isArray(value))
    return value.length === 0 ? VALUE_TEXT.empty[locale] : value.map((v) => formatValue(v, locale)).join(", ");
  const record = value as Record<string, unknown>;
  const label = record[locale] ?? record.name;
  return typeof label === "string" ? quote(label, locale) : VALUE_TEXT.structured[locale];
}

/** PT2H → « 2 h », PT90M → « 1 h 30 min »: pilots think in hours (003 §1.1, §8.8). */
export function formatDuration(value: unknown, locale: Locale): string {
  if (typeof value !== "string") return formatValue(value, locale);
  const duration = Duration.fromISO(value);
  if (!duration.isValid) return quote(value, locale);
  const minutes = Math.round(duration.as("minutes"));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return say(VALUE_TEXT.minutes, locale, { n: m });
  return m === 0 ? say(VALUE_TEXT.hours, locale, { n: h }) : say(VALUE_TEXT.hoursMinutes, locale, { h, m });
}

export function formatMinutes(value: unknown, locale: Locale): string {
  return typeof value === "number" ? say(VALUE_TEXT.minutes, locale, { n: value }) : formatValue(value, locale);
}

/** §2.3 ratings: +, ++, +++, or « non indiqué » for null. */
export function formatRating(value: unknown, locale: Locale): string {
  if (value === null) return lowerFirst(NOT_INDICATED[locale]);
  return typeof value === "string" ? quote(value, locale) : formatValue(value, locale);
}

/** 2025-06-01 → « 1 juin 2025 » / "June 1, 2025" (a calendar date: no time zone shift). */
export function formatDate(value: unknown, locale: Locale): string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatValue(value, locale);
  const formatted = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${value}T00:00:00Z`),
  );
  return withFirstOfMonth(formatted, locale);
}

/** A kept object as leaf paths (« label.fr-CA » → value), the same shape field-level changes have. */
export function flatten(value: unknown, prefix = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (typeof value === "object" && value !== null && !isOmitted(value) && !isTextSize(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else if (prefix) {
    out.set(prefix, value);
  }
  return out;
}

/** Values present in one list and not in the other: what was added or removed from a list of ids or durations. */
export function listDifference(before: unknown[], after: unknown[]): { added: unknown[]; removed: unknown[] } {
  const key = (v: unknown) => JSON.stringify(v);
  const beforeKeys = new Set(before.map(key));
  const afterKeys = new Set(after.map(key));
  return { added: after.filter((v) => !beforeKeys.has(key(v))), removed: before.filter((v) => !afterKeys.has(key(v))) };
}
