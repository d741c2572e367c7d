/**
 * Words (issue 13), so they cannot regress: every card the bot can send (each state, as rendered, in both
 * languages) and every bilingual string of the tab's string tables, the cards and the domain. People read the
 * ministry's guidelines by name, never the seed's internal number; counts are written out, never "(s)"; a French
 * string holds no English word; the clinician's views never speak to the patient.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { Locale } from "../../bot/src/i18n/locale.js";
import { CARD_CATALOG } from "./cardCatalog.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

interface Text {
  where: string;
  locale: Locale;
  text: string;
}

/** The code's own references — a seed's number ("003 §2.3"), the design document — never what a person reads. */
const INTERNAL_REFERENCE = /\b00\d §|\bDESIGN\b/;
/** "patient(s)", "connecté(e)": counts are formatted (i18n/plural.ts), people named in full forms. */
const BRACKETED_ENDING = /\p{L}\((s|e|es|x|ne|nes)\)/u;
/**
 * English words that are never French (a short list), as whole words: "téléphone" holds no "phone", "Teams" the
 * product is no "team", and a placeholder such as {team} is not text.
 */
const ENGLISH_IN_FRENCH =
  /(?<![\p{L}{-])(the|and|with|your|please|emergency|crisis|meeting|call|phone|video|e-?mail|chat|save|cancel|loading|error|none|null|yes|team|fellow|follow-up|appointment)(?![\p{L}}-])/iu;
/** A sentence ends once, also where a value put in it ends with a period ("Dr.", "p.m."). */
const DOUBLED_STOP = /(?<!\.)\.\.(?!\.)/;
/** The patient's wording: the clinician is "you" in their own views. */
const PATIENT_WORDING = /avec vous|votre clinicien/i;

/** Card fields a person reads. */
const READ_KEYS = new Set(["text", "title", "label", "placeholder", "errorMessage", "fallbackText", "altText"]);

function cardTexts(node: unknown, where: string, locale: Locale, out: Text[], inFacts = false): Text[] {
  if (Array.isArray(node)) node.forEach((n) => cardTexts(n, where, locale, out, inFacts));
  else if (node && typeof node === "object")
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === "string" && (READ_KEYS.has(key) || (inFacts && key === "value")))
        out.push({ where, locale, text: value });
      else cardTexts(value, where, locale, out, key === "facts");
    }
  return out;
}

/** Every { "fr-CA", en } pair reachable from a module's exports (tables, records, schemas' messages). */
function localizedTexts(node: unknown, where: string, out: Text[], seen = new Set<unknown>()): Text[] {
  if (!node || typeof node !== "object" || seen.has(node)) return out;
  seen.add(node);
  const record = node as Record<string, unknown>;
  if (typeof record["fr-CA"] === "string" && typeof record.en === "string") {
    out.push({ where, locale: "fr-CA", text: record["fr-CA"] }, { where, locale: "en", text: record.en });
    return out;
  }
  for (const [key, value] of Object.entries(record)) localizedTexts(value, `${where}.${key}`, out, seen);
  return out;
}

function sourceFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true })
    .map(String)
    .filter((f) => pattern.test(f))
    .map((f) => path.join(dir, f));
}

const STRING_FILES = [
  ...sourceFiles("tab/src", /\.strings\.ts$/),
  ...sourceFiles("bot/src/cards", /\.ts$/),
  ...sourceFiles("bot/src/domain", /\.ts$/),
];

const cards: Text[] = CARD_CATALOG.flatMap((entry) =>
  (["fr-CA", "en"] as const).flatMap((locale) => cardTexts(entry.build(locale), entry.name, locale, [])),
);
const tables: Text[] = [];
for (const file of STRING_FILES) {
  const exports = (await import(pathToFileURL(path.join(ROOT, file)).href)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(exports)) localizedTexts(value, `${file}: ${name}`, tables);
}
const everything = [...cards, ...tables];

const offenders = (texts: Text[], pattern: RegExp) =>
  texts.filter((t) => pattern.test(t.text)).map((t) => `${t.where} (${t.locale}): ${t.text}`);

describe("the words people read", () => {
  it("walks the cards and the string tables (the walk itself finds them)", () => {
    expect(new Set(cards.map((t) => t.where)).size).toBe(CARD_CATALOG.length);
    expect(STRING_FILES.filter((f) => f.startsWith("tab/")).length).toBeGreaterThan(30);
    expect(tables.length).toBeGreaterThan(1000);
  });

  it("cite the ministry's guidelines by name, never the code's own references", () => {
    expect(offenders(everything, INTERNAL_REFERENCE)).toEqual([]);
  });

  it('write counts out and name people in full, never with "(s)" or "(e)"', () => {
    expect(offenders(everything, BRACKETED_ENDING)).toEqual([]);
  });

  it('end a sentence once, never with ".."', () => {
    expect(offenders(everything, DOUBLED_STOP)).toEqual([]);
  });

  it("hold no English in French", () => {
    expect(
      offenders(
        everything.filter((t) => t.locale === "fr-CA"),
        ENGLISH_IN_FRENCH,
      ),
    ).toEqual([]);
  });

  it("never speak to the patient in a clinician's view", () => {
    const clinicianCards = cards.filter((t) => /clinician view/.test(t.where) && t.locale === "fr-CA");
    expect(clinicianCards.length).toBeGreaterThan(0);
    expect(offenders(clinicianCards, PATIENT_WORDING)).toEqual([]);
  });

  it.each([
    ["003 §2.3 in a card", INTERNAL_REFERENCE, "Voir 003 §2.3."],
    ["the design document", INTERNAL_REFERENCE, "Aucun identifiant (DESIGN, confidentialité)."],
    ["a bracketed plural", BRACKETED_ENDING, "2 patient(s)"],
    ["English in French", ENGLISH_IN_FRENCH, "Urgence (Emergency)"],
    ["a doubled period", DOUBLED_STOP, "I will remind you around 3:46 p.m.."],
    ["the patient's wording", PATIENT_WORDING, "Votre clinicien reverra ce point avec vous."],
  ])("would catch %s", (_what, pattern, sample) => {
    expect(offenders([{ where: "sample", locale: "fr-CA", text: sample }], pattern)).toHaveLength(1);
  });
});
