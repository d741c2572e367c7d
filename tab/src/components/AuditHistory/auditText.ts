/**
 * The fallback reading of an audit entry while the service sends no sentences (`text`): dotted paths and
 * short values — with every object id in them (pilots, learners, supervisors) replaced by the person's name,
 * and free text as the size the trail keeps of it.
 */
import type { AuditChange } from "../../api/types.js";
import { format } from "../../i18n/localeContext.js";

const OBJECT_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export interface ValueWords {
  omitted: string;
  empty: string;
  /** A free text's size, the only thing the trail keeps of it: « {n} caractères ». */
  chars: string;
}

export function withNames(text: string, nameOf: (oid: string) => string): string {
  return text.replace(OBJECT_ID, (oid) => nameOf(oid.toLowerCase()));
}

function shortValue(value: unknown, words: ValueWords, nameOf: (oid: string) => string): string {
  if (value === undefined || value === null || value === "") return words.empty;
  if (typeof value === "object" && (value as { omitted?: boolean }).omitted) return words.omitted;
  const chars = (value as { chars?: unknown }).chars;
  if (typeof chars === "number") return format(words.chars, { n: chars });
  const json = withNames(typeof value === "string" ? value : JSON.stringify(value), nameOf);
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

export function changeLine(change: AuditChange, words: ValueWords, nameOf: (oid: string) => string): string {
  return `${withNames(change.path, nameOf)} : ${shortValue(change.before, words, nameOf)} → ${shortValue(change.after, words, nameOf)}`;
}
