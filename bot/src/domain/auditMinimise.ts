/**
 * What the append-only audit trail may keep of a change (DESIGN, "Privacy by construction"; Québec Law 25:
 * collect only what the purpose needs). The trail says who changed which field and when; for that it keeps
 * codes (enumerations, ids, durations, dates), numbers, yes/no, and people as Entra object ids (named at read
 * time from the People table) — and of free text only its size, `{ chars: 14 }`, never the text: a trail that
 * cannot be corrected must not keep what someone typed, even a value the rules let through.
 * Strings are free text unless their path is one of the codes below, so a field added later is minimised
 * until someone decides otherwise. Pure and idempotent.
 */
import type { FieldChange } from "./configDiff.js";
import { textSize } from "./freeText.js";

/** The size of a free-text value, in place of the text. */
export interface TextSize {
  chars: number;
}

export function isTextSize(value: unknown): value is TextSize {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as { chars?: unknown }).chars === "number"
  );
}

/**
 * Paths whose strings are codes, not text (`#` a position in a list, `*` any one segment: a learner's id).
 * Team configuration (003 §2.3, §3, §4, §1.1/§8.8, §11), pilots, learners and supervision (§9), consent (§1.3).
 */
const CODE_PATHS = [
  "pilots.#",
  "matrix.cells.#.situationId",
  "matrix.cells.#.modality",
  "matrix.cells.#.rating",
  "matrix.localSituations.#.id",
  "matrix.localSituations.#.ratings.*",
  "corridors.#.id",
  "corridors.#.kind",
  "contingency.crisisResources.#.id",
  "contingency.defaultRegionCode",
  "interpreters.#.id",
  "checklistProfile",
  "reminderPolicy.offsets.#",
  "reminderPolicy.deadline",
  "annualEvaluationDate",
  "learners.*.role",
  "learners.*.supervisors.#",
  "learners.*.designation.at",
  "learners.*.designation.by",
  "learners.*.designation.withdrawnAt",
  "learners.*.designation.withdrawnBy",
  "consent.method",
  "consent.identityDocumentKind",
  "consent.inPersonAnswer",
  "consent.caregivers",
  "consent.supportStaff",
  "consent.withdrawnAt",
].map((p) => p.split("."));

/** An Entra object id: a person, named from the People table when the trail is read. */
const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function segmentMatches(pattern: string, segment: string): boolean {
  if (pattern === "*") return true;
  if (pattern === "#") return /^\d+$/.test(segment);
  return pattern === segment;
}

/** Whether the string at this path is a code the trail may keep. */
export function isCodePath(path: readonly string[]): boolean {
  return CODE_PATHS.some((p) => p.length === path.length && p.every((s, i) => segmentMatches(s, path[i] ?? "")));
}

function minimiseValue(path: string[], value: unknown): unknown {
  if (typeof value === "string") {
    return isCodePath(path) || OBJECT_ID.test(value) ? value : ({ chars: textSize(value) } satisfies TextSize);
  }
  if (Array.isArray(value)) return value.map((v, i) => minimiseValue([...path, String(i)], v));
  if (typeof value === "object" && value !== null && !isTextSize(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, minimiseValue([...path, k], v)]));
  }
  return value;
}

/** The changes as the trail keeps them: free text replaced by its size, everything else as it was. */
export function minimiseChanges(changes: readonly FieldChange[]): FieldChange[] {
  return changes.map((change) => {
    const path = change.path === "" ? [] : change.path.split(".");
    return {
      path: change.path,
      before: minimiseValue(path, change.before),
      after: minimiseValue(path, change.after),
    };
  });
}
