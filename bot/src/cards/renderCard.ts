/**
 * Binds a JSON card template (Adaptive Cards 1.5) to typed data with adaptivecards-templating.
 * Templates are never mutated: templating works on a copy. A `${...}` left unresolved is a bug in
 * the builder (the library leaves it verbatim), so it fails here rather than reaching a patient.
 */
import * as ACData from "adaptivecards-templating";

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
const prepared = new WeakMap<object, ACData.Template>();

export function renderCard(template: object, data: object): AdaptiveCard {
  let compiled = prepared.get(template);
  if (!compiled) prepared.set(template, (compiled = new ACData.Template(structuredClone(template))));
  const card = compiled.expand({ $root: data }) as AdaptiveCard;
  const text = JSON.stringify(card);
  const unresolved = text.match(/\$\{[^}]*\}/);
  if (unresolved) throw new UnresolvedTemplateError(`Unresolved template expression ${unresolved[0]}`);
  return card;
}

export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

export function cardAttachment(card: AdaptiveCard): { contentType: string; content: AdaptiveCard } {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}
