/** bot/src/cards/renderCard.ts: a JSON template bound to typed data, the same card shared by every caller. */
import { describe, expect, it } from "vitest";
import { renderCard, UnresolvedTemplateError, type AdaptiveCard } from "../../bot/src/cards/renderCard.js";

const TEMPLATE = {
  type: "AdaptiveCard",
  version: "1.5",
  body: [
    { type: "TextBlock", text: "${title}" },
    { type: "FactSet", facts: [{ title: "${label}", value: "${value}" }] },
  ],
};

describe("binding a card template", () => {
  it("binds the data, and hands the same card out again for the same data without binding it anew", () => {
    const first = renderCard(TEMPLATE, { title: "Consentement", label: "Mode", value: "verbal" });
    expect(first.body).toEqual([
      { type: "TextBlock", text: "Consentement" },
      { type: "FactSet", facts: [{ title: "Mode", value: "verbal" }] },
    ]);
    expect(renderCard(TEMPLATE, { title: "Consentement", label: "Mode", value: "verbal" })).toBe(first);
    expect(renderCard(TEMPLATE, { title: "Consent", label: "Method", value: "verbal" })).not.toBe(first);
    // The template itself is never changed.
    expect(TEMPLATE.body[0]).toEqual({ type: "TextBlock", text: "${title}" });
  });

  it("shares a card no caller can change in place: another card is a new object around it", () => {
    const card = renderCard(TEMPLATE, { title: "Plan", label: "Rappel", value: "5 min" });
    expect(() => {
      (card as { version: string }).version = "1.6";
    }).toThrow(TypeError);
    expect(() => (card.body as unknown[]).push({ type: "TextBlock", text: "x" })).toThrow(TypeError);
    const withRefresh: AdaptiveCard = { ...card, refresh: { action: { type: "Action.Execute", verb: "plan.open" } } };
    expect(withRefresh.body).toBe(card.body);
    expect(card).not.toHaveProperty("refresh");
  });

  it("freezes its own copy, never the caller's data bound whole into the card", () => {
    const choices = [{ title: "Verbal", value: "verbal" }];
    const card = renderCard({ type: "AdaptiveCard", version: "1.5", choices: "${choices}" }, { choices });
    expect(card["choices"]).toEqual(choices);
    expect(Object.isFrozen(card["choices"])).toBe(true);
    expect(Object.isFrozen(choices) || Object.isFrozen(choices[0])).toBe(false);
  });

  it("refuses a template expression the data leaves unresolved rather than showing it", () => {
    expect(() => renderCard(TEMPLATE, { title: "Plan", label: "Rappel" })).toThrow(UnresolvedTemplateError);
  });
});
