/**
 * Turns zod issues into field-level issues a person can read (fr-CA and en), with dotted paths such as
 * "corridors.0.kind". Rules that need their own words pass them as `params.message` on a custom issue.
 */
import type { z } from "zod";
import type { FieldIssue } from "../errors.js";
import type { Localized } from "../i18n/locale.js";

type Issue = z.core.$ZodIssue;

/** A required field left out or empty: the same words either way, as the tab's forms say it. */
export const REQUIRED_FIELD: Localized = { "fr-CA": "Champ requis.", en: "Required field." };

export function customIssue(message: Localized): { code: "custom"; message: string; params: { message: Localized } } {
  return { code: "custom", message: message.en, params: { message } };
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

function sizeWord(origin: string): { fr: string; en: string } {
  if (origin === "string") return { fr: "caractères", en: "characters" };
  if (origin === "array" || origin === "set") return { fr: "éléments", en: "items" };
  return { fr: "", en: "" };
}

function localize(issue: Issue): Localized {
  switch (issue.code) {
    case "custom": {
      const m = (issue.params as { message?: Localized } | undefined)?.message;
      return m ?? { "fr-CA": "Valeur invalide.", en: "Invalid value." };
    }
    case "invalid_type":
      return issue.input === undefined
        ? REQUIRED_FIELD
        : {
            "fr-CA": `Type invalide (attendu : ${issue.expected}).`,
            en: `Invalid type (expected: ${issue.expected}).`,
          };
    case "too_big": {
      const w = sizeWord(issue.origin);
      return {
        "fr-CA": `Au plus ${String(issue.maximum)} ${w.fr}.`.replace(" .", "."),
        en: `At most ${String(issue.maximum)} ${w.en}.`.replace(" .", "."),
      };
    }
    case "too_small": {
      if (issue.origin === "string" && Number(issue.minimum) === 1) return REQUIRED_FIELD;
      const w = sizeWord(issue.origin);
      return {
        "fr-CA": `Au moins ${String(issue.minimum)} ${w.fr}.`.replace(" .", "."),
        en: `At least ${String(issue.minimum)} ${w.en}.`.replace(" .", "."),
      };
    }
    case "invalid_value": {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(", ");
      return {
        "fr-CA": `Valeur invalide; valeurs permises : ${allowed}.`,
        en: `Invalid value; allowed values: ${allowed}.`,
      };
    }
    case "unrecognized_keys":
      return { "fr-CA": "Champ inconnu.", en: "Unknown field." };
    case "invalid_format":
      return { "fr-CA": "Format invalide.", en: "Invalid format." };
    default:
      return { "fr-CA": "Valeur invalide.", en: "Invalid value." };
  }
}

/** One field issue per zod issue; an unknown key gets its own path ("corridors.0.colour"). */
export function fieldIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    const base = [...prefix, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) out.push({ path: joinPath([...base, key]), message: localize(issue) });
    } else {
      out.push({ path: joinPath(base), message: localize(issue) });
    }
  }
  return out;
}
