import { describe, expect, it } from "vitest";
import { validateCard } from "../support/adaptiveCardValidator.js";
import { CARD_CATALOG } from "./cardCatalog.js";
import type { Locale } from "../../bot/src/i18n/locale.js";

/** Teams historically refused payloads of 25–40 KB (413 MessageSizeTooBig): keep well under the lowest. */
const MAX_CARD_BYTES = 20_000;
const LOCALES: Locale[] = ["fr-CA", "en"];

describe.each(LOCALES)("every card the bot can send (%s)", (locale) => {
  it.each(CARD_CATALOG.map((entry) => [entry.name, entry] as const))(
    "%s is valid for the official renderer",
    (_name, entry) => {
      const card = entry.build(locale);
      expect(card.version).toBe("1.5");
      const result = validateCard(card);
      expect(result.errors).toEqual([]);
      expect(result.bytes).toBeLessThan(MAX_CARD_BYTES);
    },
  );
});

describe("the validator itself", () => {
  it("reports an unknown element and an unresolved expression", () => {
    const result = validateCard({
      type: "AdaptiveCard",
      version: "1.5",
      body: [{ type: "TextBlock", text: "${oops}" }, { type: "Nope" }],
    });
    expect(result.errors.length).toBeGreaterThanOrEqual(2);
  });
});

describe("French and English cards differ", () => {
  it.each(CARD_CATALOG.map((entry) => [entry.name, entry] as const))("%s is translated", (_name, entry) => {
    expect(JSON.stringify(entry.build("fr-CA"))).not.toEqual(JSON.stringify(entry.build("en")));
  });
});
