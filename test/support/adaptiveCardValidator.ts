/**
 * The official Adaptive Cards renderer (`adaptivecards`) validating a card in Node under jsdom:
 * parse events and validateProperties() events both count as failures.
 */
import { createRequire } from "node:module";
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><html><body></body></html>");
const g = globalThis as Record<string, unknown>;
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (
    (key === "window" || key === "document" || key.startsWith("HTML") || key === "Node" || key === "navigator") &&
    !(key in g && key !== "window")
  ) {
    try {
      g[key] = (dom.window as unknown as Record<string, unknown>)[key];
    } catch {
      // some jsdom getters refuse to be copied; the renderer does not need them
    }
  }
}
g.window ??= dom.window;
g.document ??= dom.window.document;

const require = createRequire(import.meta.url);

const AC = require("adaptivecards/dist/adaptivecards.js") as typeof import("adaptivecards");

export interface CardValidation {
  errors: string[];
  bytes: number;
}

export function validateCard(card: object): CardValidation {
  const errors: string[] = [];
  const serializationContext = new AC.SerializationContext();
  serializationContext.targetVersion = AC.Versions.v1_5;
  const adaptiveCard = new AC.AdaptiveCard();
  adaptiveCard.parse(card, serializationContext);
  for (let i = 0; i < serializationContext.eventCount; i++) {
    const event = serializationContext.getEventAt(i);
    errors.push(`parse: ${event.message}`);
  }
  for (const event of adaptiveCard.validateProperties().validationEvents) {
    errors.push(`validate: ${event.message}`);
  }
  const text = JSON.stringify(card);
  if (/\$\{[^}]*\}/.test(text)) errors.push("unresolved template expression");
  return { errors, bytes: Buffer.byteLength(text) };
}
