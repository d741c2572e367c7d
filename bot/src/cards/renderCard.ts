/**
 * Binds a JSON card template (Adaptive Cards 1.5) to typed data with adaptivecards-templating.
 * Templates are never mutated: templating works on a copy. A `${...}` left unresolved is a bug in
 * the builder (the library leaves it verbatim), so it fails here rather than reaching a patient.
 */
import * as ACData from "adaptivecards-templating";
import { BoundedMap } from "../boundedMap.js";

export interface AdaptiveCard {
  type: "AdaptiveCard";
  version: string;
  [key: string]: unknown;
}

export class UnresolvedTemplateError extends Error {}

/**
 * One prepared Template per JSON template: preparing (parsing every `${…}`) costs ~30× the binding, and
 * the library documents an instance as reusable across data objects. It holds its own copy of the JSON.
 */
const prepared = new WeakMap<object, { compiled: ACData.Template; id: number }>();
let templates = 0;

/**
 * Cards recently bound, by template and data (as JSON): binding costs ~150 µs, the same card asked again (a
 * clinician trying the matrix's options, everyone's copy of a shared card) only its key. Safe because binding is a
 * pure function of the data's JSON — the templates call no functions and read plain JSON values — and the card
 * handed out is deeply frozen, shared by every caller: one that needs another card builds a new object around it
 * (withRefresh), and a change made in place throws. Bounded: the least recently used go first.
 */
const BOUND_MAX = 256;
const bound = new BoundedMap<string, AdaptiveCard>(BOUND_MAX);

function compiledOf(template: object): { compiled: ACData.Template; id: number } {
  let known = prepared.get(template);
  if (!known)
    prepared.set(template, (known = { compiled: new ACData.Template(structuredClone(template)), id: ++templates }));
  return known;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export function renderCard(template: object, data: object): AdaptiveCard {
  const { compiled, id } = compiledOf(template);
  const key = `${id}\n${JSON.stringify(data)}`;
  const known = bound.get(key);
  if (known !== undefined) {
    bound.set(key, known);
    return known;
  }
  const text = JSON.stringify(compiled.expand({ $root: data }));
  const unresolved = text.match(/\$\{[^}]*\}/);
  if (unresolved) throw new UnresolvedTemplateError(`Unresolved template expression ${unresolved[0]}`);
  // A copy of plain values: a bound array may be the caller's own, which freezing must not reach.
  const card = deepFreeze(JSON.parse(text) as AdaptiveCard);
  bound.set(key, card);
  return card;
}

export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

export function cardAttachment(card: AdaptiveCard): { contentType: string; content: AdaptiveCard } {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}
