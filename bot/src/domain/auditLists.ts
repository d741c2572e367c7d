/**
 * Sentences for the lists of a team configuration (corridors, crisis resources, interpreters, local
 * situations). configDiff walks arrays by position, so removing the second corridor of three shows as
 * « position 2 now holds another corridor, position 3 is gone ». Positions whose id changed are therefore
 * pooled and matched by id: what left the list was removed, what joined it was added, what only moved is
 * compared field by field. Positions whose id stayed are edits in place.
 */
import type { Locale, Localized } from "../i18n/locale.js";
import type { Flat, ListSubject } from "./auditSubjects.js";
import { flatten, headOf, isOmitted, omittedText, say } from "./auditValues.js";

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
  renamed: { "fr-CA": "{who} a renommé {item} en {name}", en: "{who} renamed {item} to {name}" },
  renamedAndChanged: {
    "fr-CA": "{who} a modifié {item}, anciennement {old} ({fields})",
    en: "{who} changed {item}, formerly {old} ({fields})",
  },
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

/** Top-level fields whose known values differ between two views of the same item. */
function differingFields(before: Flat, after: Flat, ignore: string): string[] {
  const fields: string[] = [];
  for (const [path, value] of before) {
    const field = headOf(path);
    if (field === ignore || !after.has(path) || fields.includes(field)) continue;
    if (JSON.stringify(value) !== JSON.stringify(after.get(path))) fields.push(field);
  }
  return fields;
}

function itemPhrase(list: ListSubject, item: Flat, locale: Locale, position?: number): string {
  const name = list.title(item, locale);
  if (name !== undefined) return say(list.named, locale, { name });
  return position === undefined ? say(list.some, locale) : say(list.numbered, locale, { n: position + 1 });
}

function editSentence(
  list: ListSubject,
  p: Person,
  before: Flat,
  after: Flat,
  fields: string[],
  position?: number,
): string {
  const { who, locale } = p;
  const names = fields.map((f) => list.fields[f]?.[locale] ?? f);
  const oldName = list.title(before, locale);
  const newName = list.title(after, locale);
  if (fields.includes(list.nameField) && oldName !== undefined && newName !== undefined && oldName !== newName) {
    const others = names.filter((_, i) => fields[i] !== list.nameField);
    if (others.length === 0)
      return say(LIST_TEXT.renamed, locale, { who, item: say(list.named, locale, { name: oldName }), name: newName });
    return say(LIST_TEXT.renamedAndChanged, locale, {
      who,
      item: say(list.named, locale, { name: newName }),
      old: oldName,
      fields: others.join(", "),
    });
  }
  const known = new Map([...before, ...after]);
  return say(LIST_TEXT.changed, locale, {
    who,
    item: itemPhrase(list, known, locale, position),
    fields: names.join(", "),
  });
}

function wholeSentence(list: ListSubject, p: Person, item: Flat, added: boolean, omitted: boolean): string {
  const phrase = itemPhrase(list, item, p.locale);
  const described = omitted && item.size === 0 ? `${phrase} ${omittedText(p.locale)}` : phrase;
  return say(added ? LIST_TEXT.added : LIST_TEXT.removed, p.locale, { who: p.who, item: described });
}

function keyOf(list: ListSubject, item: Flat): string | undefined {
  const key = item.get(list.keyField);
  return typeof key === "string" ? key : undefined;
}

interface Pooled {
  item: Flat;
  omitted: boolean;
}

/** Items that left or joined positions: matched by id into removed, added and moved (maybe edited). */
function pooledSentences(list: ListSubject, p: Person, left: Pooled[], right: Pooled[]): string[] {
  const rightByKey = new Map(right.map((r) => [keyOf(list, r.item), r] as const));
  const leftKeys = new Set(left.map((l) => keyOf(list, l.item)));
  const out: string[] = [];
  for (const l of left) {
    const key = keyOf(list, l.item);
    const moved = key === undefined ? undefined : rightByKey.get(key);
    if (!moved) out.push(wholeSentence(list, p, l.item, false, l.omitted));
    else {
      const fields = differingFields(l.item, moved.item, list.keyField);
      if (fields.length > 0) out.push(editSentence(list, p, l.item, moved.item, fields));
    }
  }
  for (const r of right) {
    const key = keyOf(list, r.item);
    if (key === undefined || !leftKeys.has(key)) out.push(wholeSentence(list, p, r.item, true, r.omitted));
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
    if (slot.whole) {
      if (slot.whole.before) left.push({ item: slot.before, omitted });
      if (slot.whole.after) right.push({ item: slot.after, omitted });
    } else if (slot.fields.includes(list.keyField)) {
      left.push({ item: slot.before, omitted });
      right.push({ item: slot.after, omitted });
    } else {
      inPlace.push(editSentence(list, p, slot.before, slot.after, slot.fields, slot.index));
    }
  }
  return [...inPlace, ...pooledSentences(list, p, left, right)];
}
