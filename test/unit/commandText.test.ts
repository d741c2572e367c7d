import { describe, expect, it } from "vitest";
import { normalizeCommand } from "../../bot/src/teams/turn/commandText.js";
import { findCommand } from "../../bot/src/teams/commands/index.js";
import { resolveLocale } from "../../bot/src/i18n/locale.js";

describe("commands are case- and accent-insensitive, French and English", () => {
  it.each(["Matrice", "MATRICE", "<at>Balises</at> matrice", "  matrix ", "Modalité"])(
    "'%s' opens the matrix",
    (text) => {
      expect(findCommand(normalizeCommand(text))?.command.names["fr-CA"]).toContain("matrice");
    },
  );
  it.each(["Aide", "HELP", "aidé"])("'%s' is help", (text) => {
    expect(findCommand(normalizeCommand(text))?.command.names["fr-CA"]).toContain("aide");
  });
  it("does not match a word that merely starts like a command", () => {
    expect(findCommand(normalizeCommand("matriceX"))).toBeUndefined();
  });
});

describe("a command is answered in the language it was typed in", () => {
  it.each([
    ["matrice", "fr-CA"],
    ["Modalité", "fr-CA"],
    ["matrix", "en"],
    ["<at>Balises</at> help", "en"],
    ["aide", "fr-CA"],
    ["plan de contingence", "fr-CA"],
    ["contingency plan", "en"],
    ["équipe", "fr-CA"],
    ["team", "en"],
    ["terminer", "fr-CA"],
    ["end", "en"],
  ])("'%s' → %s", (text, locale) => {
    expect(findCommand(normalizeCommand(text))?.locale).toBe(locale);
  });
  it.each(["note", "?"])("'%s' is the same word in both: the client's language decides", (text) => {
    const found = findCommand(normalizeCommand(text));
    expect(found).toBeDefined();
    expect(found?.locale).toBeUndefined();
  });
});

describe("locale", () => {
  it.each([
    [undefined, "fr-CA"],
    ["fr-CA", "fr-CA"],
    ["fr-FR", "fr-CA"],
    ["en-US", "en"],
    ["EN-gb", "en"],
    ["es-MX", "fr-CA"],
  ])("%s → %s", (raw, expected) => {
    expect(resolveLocale(raw)).toBe(expected);
  });
});
