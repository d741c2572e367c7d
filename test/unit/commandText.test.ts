import { describe, expect, it } from "vitest";
import { normalizeCommand } from "../../bot/src/teams/turn/commandText.js";
import { findCommand } from "../../bot/src/teams/commands/index.js";
import { resolveLocale } from "../../bot/src/i18n/locale.js";

describe("commands are case- and accent-insensitive, French and English", () => {
  it.each(["Matrice", "MATRICE", "<at>Balises</at> matrice", "  matrix ", "Modalité"])(
    "'%s' opens the matrix",
    (text) => {
      expect(findCommand(normalizeCommand(text))?.names).toContain("matrice");
    },
  );
  it.each(["Aide", "HELP", "aidé"])("'%s' is help", (text) => {
    expect(findCommand(normalizeCommand(text))?.names).toContain("aide");
  });
  it("does not match a word that merely starts like a command", () => {
    expect(findCommand(normalizeCommand("matriceX"))).toBeUndefined();
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
