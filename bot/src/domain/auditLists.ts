/**
 * Sentences for the lists of a team configuration (corridors, crisis resources, interpreters, local
 * situations). configDiff walks arrays by position, so removing the second corridor of three shows as
 * « position 2 now holds another corridor, position 3 is gone ». Positions whose id changed are therefore
 * pooled and matched by id: what left the list was removed, what joined it was added, what only moved is
 * compared field by field. Positions whose id stayed are edits in place. The trail keeps sizes of free text,
 * not the text (auditMinimise.ts): items are told by position, edits by field and size.
 */
import type { Locale, Localized } from "../i18n/locale.js";
import { LANGUAGE_NAMES, type Flat, type ListSubject } from "./auditSubjects.js";
import { flatten, headOf, isOmitted, omittedText, say, sizeChange } from "./auditValues.js";

/** A change inside a list, with its path relative to the list (« 1 », « 1.name », « 1.label.fr-CA »). */
export interface ListChange {
  rest: string;
  before: unknown;
  after: unknown;
}

/** One position of the list as the changes show it. Values of unchanged fields are not known. */
export interface Slot {
  index: number;
  before: Flat;
  after: Flat;
  /** Whole item added (before absent) or removed (after absent) at this position. */
  whole?: { before: boolean; after: boolean; omitted: boolean };
  /** Top-level fields changed, in order of appearance. */
  fields: string[];
}

export interface Person {
  who: string;
  locale: Locale;
}

const LIST_TEXT = {
  added: { "fr-CA": "{who} a ajouté {item}", en: "{who} added {item}" },
  removed: { "fr-CA": "{who} a retiré {item}", en: "{who} removed {item}" },
  changed: { "fr-CA": "{who} a modifié {item} ({fields})", en: "{who} changed {item} ({fields})" },
  fieldSize: { "fr-CA": "{field} : {sizes}", en: "{field}: {sizes}" },
  reordered: { "fr-CA": "{who} a réordonné {all}", en: "{who} reordered {all}" },
} satisfies Record<string, Localized>;

function setKnown(flat: Flat, path: string, value: unknown): void {
  if (!isOmitted(value)) flat.set(path, value);
}

/** Groups the changes of one list by position, in order of first appearance. */
export function slotsOf(changes: ListChange[]): Slot[] {
  const slots = new Map<number, Slot>();
  for (const change of changes) {
    const [head = "", ...tail] = change.rest.split(".");
    const index = Number(head);
    if (head === "" || !Number.isInteger(index)) continue;
    const slot: Slot = slots.get(index) ?? { index, before: new Map(), after: new Map(), fields: [] };
    slots.set(index, slot);
    if (tail.length === 0) {
      slot.whole = {
        before: change.before !== null,
        after: change.after !== null,
        omitted: isOmitted(change.before) || isOmitted(change.after),
      };
      flatten(change.before, "", slot.before);
      flatten(change.after, "", slot.after);
      continue;
    }
    const [field = ""] = tail;
    if (!slot.fields.includes(field)) slot.fields.push(field);
    setKnown(slot.before, tail.join("."), change.before);
    setKnown(slot.after, tail.join("."), change.after);
  }
  return [...slots.values()];
}

/** Leaf paths known on both sides whose values differ (« contact », « label.fr-CA »). */
function differingLeaves(before: Flat, after: Flat): string[] {
  return [...before.keys()].filter(
    (path) => after.has(path) && JSON.stringify(before.get(path)) !== JSON.stringify(after.get(path)),
  );
}

/** Top-level fields of these leaves, in order, but one. */
function fieldsOf(leaves: string[], ignore: string): string[] {
  const fields: string[] = [];
  for (const path of leaves) {
    const field = headOf(path);
    if (field !== ignore && !fields.includes(field)) fields.push(field);
  }
  return fields;
}

/** A whole item lacks its empty optional fields: against the other view, they were absent (null). */
function completed(item: Pooled, other: Flat): Flat {
  if (!item.complete) return item.item;
  const out = new Map(item.item);
  for (const path of other.keys()) if (!out.has(path)) out.set(path, null);
  return out;
}

function itemPhrase(list: ListSubject, locale: Locale, position: number): string {
  return say(list.numbered, locale, { n: position + 1 });
}

/** Leaf paths known on both sides: in place, each of them is a change (even to a text of the same size). */
function knownLeaves(before: Flat, after: Flat): string[] {
  return [...before.keys()].filter((path) => after.has(path));
}

/** A field as the sentence lists it: its name, and for free text its sizes (« coordonnées : 14 → 22 caractères »). */
function fieldPart(list: ListSubject, field: string, edit: Edit, locale: Locale): string {
  const { before, after } = edit;
  const name = list.fields[field]?.[locale] ?? field;
  const sized = edit.leaves.flatMap((path) => {
    if (headOf(path) !== field) return [];
    const sizes = sizeChange(before.get(path), after.get(path), locale);
    if (sizes === undefined) return [];
    const language = LANGUAGE_NAMES[path.slice(field.length + 1)]?.[locale];
    return [say(LIST_TEXT.fieldSize, locale, { field: language ? `${name} ${language}` : name, sizes })];
  });
  return sized.length > 0 ? sized.join(", ") : name;
}

/** An item edited: its position, what is known of it before and after, its fields and leaves that changed. */
interface Edit {
  index: number;
  before: Flat;
  after: Flat;
  fields: string[];
  leaves: string[];
}

function editSentence(list: ListSubject, p: Person, edit: Edit): string {
  const { who, locale } = p;
  const fields = edit.fields.map((f) => fieldPart(list, f, edit, locale));
  return say(LIST_TEXT.changed, locale, { who, item: itemPhrase(list, locale, edit.index), fields: fields.join(", ") });
}

function wholeSentence(list: ListSubject, p: Person, item: Pooled, added: boolean): string {
  const phrase = itemPhrase(list, p.locale, item.index);
  const described = item.omitted && item.item.size === 0 ? `${phrase} ${omittedText(p.locale)}` : phrase;
  return say(added ? LIST_TEXT.added : LIST_TEXT.removed, p.locale, { who: p.who, item: described });
}

function keyOf(list: ListSubject, item: Flat): string | undefined {
  const key = item.get(list.keyField);
  return typeof key === "string" ? key : undefined;
}

/** An item that left or joined a position: its position then, what is known of it (all of it, if complete). */
interface Pooled {
  index: number;
  item: Flat;
  omitted: boolean;
  complete: boolean;
}

/** Items that left or joined positions: matched by id into removed, added and moved (maybe edited). */
function pooledSentences(list: ListSubject, p: Person, left: Pooled[], right: Pooled[]): string[] {
  const rightByKey = new Map(right.map((r) => [keyOf(list, r.item), r] as const));
  const leftKeys = new Set(left.map((l) => keyOf(list, l.item)));
  const out: string[] = [];
  for (const l of left) {
    const key = keyOf(list, l.item);
    const moved = key === undefined ? undefined : rightByKey.get(key);
    if (!moved) out.push(wholeSentence(list, p, l, false));
    else {
      const [before, after] = [completed(l, moved.item), completed(moved, l.item)];
      const leaves = differingLeaves(before, after);
      const fields = fieldsOf(leaves, list.keyField);
      if (fields.length > 0) out.push(editSentence(list, p, { index: moved.index, before, after, fields, leaves }));
    }
  }
  for (const r of right) {
    const key = keyOf(list, r.item);
    if (key === undefined || !leftKeys.has(key)) out.push(wholeSentence(list, p, r, true));
  }
  if (out.length === 0 && left.length > 0)
    out.push(say(LIST_TEXT.reordered, p.locale, { who: p.who, all: say(list.all, p.locale) }));
  return out;
}

/** The sentences for every change made to one list in one audit entry. */
export function describeList(list: ListSubject, changes: ListChange[], p: Person): string[] {
  const inPlace: string[] = [];
  const left: Pooled[] = [];
  const right: Pooled[] = [];
  for (const slot of slotsOf(changes)) {
    const omitted = slot.whole?.omitted ?? false;
    const { index } = slot;
    if (slot.whole) {
      if (slot.whole.before) left.push({ index, item: slot.before, omitted, complete: !omitted });
      if (slot.whole.after) right.push({ index, item: slot.after, omitted, complete: !omitted });
    } else if (slot.fields.includes(list.keyField)) {
      left.push({ index, item: slot.before, omitted, complete: false });
      right.push({ index, item: slot.after, omitted, complete: false });
    } else {
      inPlace.push(editSentence(list, p, { ...slot, leaves: knownLeaves(slot.before, slot.after) }));
    }
  }
  return [...inPlace, ...pooledSentences(list, p, left, right)];
}
