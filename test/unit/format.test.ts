import { describe, expect, it } from "vitest";
import { format, MissingPlaceholderError } from "../../bot/src/i18n/format.js";

describe("format: bilingual strings with placeholders", () => {
  it("fills every placeholder, repeated or not", () => {
    expect(
      format("Rappel après {minutes} minutes ({minutes} min) au {phone}", { minutes: 5, phone: "numéro confirmé" }),
    ).toBe("Rappel après 5 minutes (5 min) au numéro confirmé");
  });

  it("refuses to leave a placeholder unfilled", () => {
    const template: string = "Le {when}";
    expect(() => format(template, {})).toThrow(MissingPlaceholderError);
  });

  it("types the placeholders of a literal string", () => {
    const t = { "fr-CA": "Équipe : {team}", en: "Team: {team}" } as const;
    expect(format(t.en, { team: "GMF" })).toBe("Team: GMF");
    // @ts-expect-error the placeholder is {team}, not {name}
    expect(() => format(t["fr-CA"], { name: "GMF" })).toThrow(MissingPlaceholderError);
  });
});
