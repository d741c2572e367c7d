/** Request input checked against its contract schema (bot/src/contract): a mismatch is a 400 with field details. */
import type { z } from "zod";
import { ValidationError } from "../errors.js";
import { fieldIssues } from "../domain/zodIssues.js";

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, pathPrefix?: string[]): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ValidationError(fieldIssues(parsed.error, pathPrefix));
  return parsed.data;
}
