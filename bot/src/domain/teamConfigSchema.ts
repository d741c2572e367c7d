/**
 * The zod schema of a team configuration: its shape (teamConfigShape.ts: every list and string bounded, each
 * free-text field checked for its purpose on write — DESIGN, privacy) plus the rules of seed 003 checked on
 * write: §4 corridors, §1.1/§8.8 reminder policy, §2.3 matrix, §3 callback delay. Issues carry dotted paths
 * and bilingual messages. Pure.
 */
import { z } from "zod";
import { Duration } from "luxon";
import type { FieldIssue } from "../errors.js";
import { BASELINE_SITUATION_IDS } from "./matrix.js";
import type { TeamConfiguration } from "./teamConfig.js";
import { corridorProblem, corridorProblemMessage } from "./corridor.js";
import { customIssue, fieldIssues } from "./zodIssues.js";
import { LIMITS, teamConfigurationShape, writtenShape } from "./teamConfigShape.js";

export { LIMITS, teamConfigurationShape };

type Shape = z.infer<typeof teamConfigurationShape>;
type Ctx = z.core.$RefinementCtx<Shape>;

const MAX_DEADLINE_MS = Duration.fromISO(LIMITS.maxDeadline).toMillis();

function durationMs(value: string): number | undefined {
  const d = Duration.fromISO(value);
  return d.isValid ? d.toMillis() : undefined;
}

/** 003 §1.1, §8.8: the note is due within 24 h at the latest; a team may shorten, never lengthen. */
function checkReminderPolicy(config: Shape, ctx: Ctx): void {
  const deadline = durationMs(config.reminderPolicy.deadline);
  if (deadline === undefined || deadline <= 0) {
    ctx.addIssue({
      ...customIssue({
        "fr-CA": "Le délai doit être une durée ISO-8601 positive, par exemple PT24H.",
        en: "The deadline must be a positive ISO-8601 duration, e.g. PT24H.",
      }),
      path: ["reminderPolicy", "deadline"],
    });
  } else if (deadline > MAX_DEADLINE_MS) {
    ctx.addIssue({
      ...customIssue({
        "fr-CA":
          "Le délai pour déposer la note ne peut dépasser 24 heures (Orientations MSSS §1.1 et §8.8) : une équipe peut le raccourcir, jamais l'allonger.",
        en: "The deadline to file the note cannot exceed 24 hours (MSSS guidelines §1.1 and §8.8): a team may shorten it, never lengthen it.",
      }),
      path: ["reminderPolicy", "deadline"],
    });
  }
  const limit = deadline !== undefined && deadline > 0 ? Math.min(deadline, MAX_DEADLINE_MS) : MAX_DEADLINE_MS;
  const seen = new Set<number>();
  config.reminderPolicy.offsets.forEach((offset, i) => {
    const ms = durationMs(offset);
    const path = ["reminderPolicy", "offsets", i];
    if (ms === undefined || ms <= 0) {
      ctx.addIssue({
        ...customIssue({
          "fr-CA": "Chaque rappel doit être une durée ISO-8601 positive, par exemple PT2H.",
          en: "Each reminder must be a positive ISO-8601 duration, e.g. PT2H.",
        }),
        path,
      });
    } else if (ms >= limit) {
      ctx.addIssue({
        ...customIssue({
          "fr-CA": "Chaque rappel doit tomber avant l'échéance de la note.",
          en: "Each reminder must fall before the note deadline.",
        }),
        path,
      });
    } else if (seen.has(ms)) {
      ctx.addIssue({
        ...customIssue({ "fr-CA": "Ce rappel est en double.", en: "This reminder is a duplicate." }),
        path,
      });
    }
    if (ms !== undefined) seen.add(ms);
  });
}

/** 003 §2.3: adjustments refer to situations that exist; local situations never shadow the MSSS ones. */
function checkMatrix(config: Shape, ctx: Ctx): void {
  const baseline = new Set<string>(BASELINE_SITUATION_IDS);
  const local = new Set<string>();
  config.matrix.localSituations.forEach((s, i) => {
    if (baseline.has(s.id)) {
      ctx.addIssue({
        ...customIssue({
          "fr-CA": "Cet identifiant est celui d'une situation de la matrice du MSSS : ajustez plutôt ses cases.",
          en: "This id belongs to an MSSS matrix situation: adjust its cells instead.",
        }),
        path: ["matrix", "localSituations", i, "id"],
      });
    } else if (local.has(s.id)) {
      ctx.addIssue({
        ...customIssue({ "fr-CA": "Identifiant de situation en double.", en: "Duplicate situation id." }),
        path: ["matrix", "localSituations", i, "id"],
      });
    }
    local.add(s.id);
  });
  const cells = new Set<string>();
  config.matrix.cells.forEach((cell, i) => {
    if (!baseline.has(cell.situationId) && !local.has(cell.situationId)) {
      ctx.addIssue({
        ...customIssue({
          "fr-CA": "Situation inconnue : ni dans la matrice du MSSS ni parmi vos situations locales.",
          en: "Unknown situation: neither in the MSSS matrix nor among your local situations.",
        }),
        path: ["matrix", "cells", i, "situationId"],
      });
    }
    const key = `${cell.situationId}\u0000${cell.modality}`;
    if (cells.has(key)) {
      ctx.addIssue({
        ...customIssue({ "fr-CA": "Cette case est ajustée deux fois.", en: "This cell is adjusted twice." }),
        path: ["matrix", "cells", i],
      });
    }
    cells.add(key);
  });
}

function checkUniqueIds(items: Array<{ id: string }>, path: string, ctx: Ctx): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      ctx.addIssue({
        ...customIssue({ "fr-CA": "Identifiant en double.", en: "Duplicate id." }),
        path: [...path.split("."), i, "id"],
      });
    seen.add(item.id);
  });
}

export const teamConfigurationSchema = writtenShape.superRefine((config, ctx) => {
  config.corridors.forEach((corridor, i) => {
    const problem = corridorProblem(corridor); // 003 §4
    if (problem)
      ctx.addIssue({ ...customIssue(corridorProblemMessage(problem)), path: ["corridors", i, problem.field] });
  });
  checkUniqueIds(config.corridors, "corridors", ctx);
  checkUniqueIds(config.interpreters, "interpreters", ctx);
  checkUniqueIds(config.contingency.crisisResources, "contingency.crisisResources", ctx);
  checkReminderPolicy(config, ctx);
  checkMatrix(config, ctx);
});

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Everything checked: used on every write. */
export function validateTeamConfiguration(input: unknown): ValidationResult<TeamConfiguration> {
  const parsed = teamConfigurationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: fieldIssues(parsed.error) };
  const value: TeamConfiguration = parsed.data;
  return { ok: true, value };
}

const EVALUATION_IN_FUTURE = {
  "fr-CA": "La date de la dernière évaluation ne peut pas être dans le futur (§11).",
  en: "The date of the last evaluation cannot be in the future (§11).",
};

/**
 * §11: the date a pilot enters is when the last evaluation was held (the next is recommended a year later), so it cannot be
 * after Québec's today. Only a date the pilot enters is checked, not the one `stored` already holds: a date once
 * valid stays readable, and never blocks the save of another section.
 */
export function evaluationDateIssues(
  configuration: TeamConfiguration,
  today: string,
  stored?: TeamConfiguration,
): FieldIssue[] {
  const date = configuration.annualEvaluationDate;
  if (!date || date === stored?.annualEvaluationDate || date <= today) return [];
  return [{ path: "annualEvaluationDate", message: EVALUATION_IN_FUTURE }];
}

/**
 * Shape and limits only: used when reading a stored row, so a rule tightened later never makes a
 * team's configuration unreadable (the pilot sees it and fixes it on the next save).
 */
export function parseStoredTeamConfiguration(input: unknown): ValidationResult<TeamConfiguration> {
  const parsed = teamConfigurationShape.safeParse(input);
  if (!parsed.success) return { ok: false, issues: fieldIssues(parsed.error) };
  const value: TeamConfiguration = parsed.data;
  return { ok: true, value };
}

/** Entra object ids (GUIDs), lower-cased. */
export const objectIdSchema = z
  .string()
  .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/)
  .transform((v) => v.toLowerCase());
export const pilotsSchema = z.array(objectIdSchema).max(50);
