/**
 * A team's configuration (GET/PUT /teams/{teamKey}/config, POST /teams/{teamKey}/install) and its pilots
 * (POST /teams/{teamKey}/pilots, DELETE /teams/{teamKey}/pilots/{userId}): every answer is the view.
 */
import { z } from "zod";
import type { ChecklistItem } from "../domain/checklists.js";
import type { Matrix } from "../domain/matrix.js";
import type { MatrixDifference } from "../domain/matrixAdjustments.js";
import type { TeamConfiguration } from "../domain/teamConfig.js";
import { objectIdSchema } from "../domain/teamConfigSchema.js";
import { REQUIRED_FIELD } from "../domain/zodIssues.js";
import { domainValue, peopleSchema } from "./common.js";

export type { ChecklistItem, MatrixDifference };

/**
 * What the tab reads about a team: its configuration (or Balises' defaults), the matrix with its adjustments,
 * where it differs from the MSSS baseline, whether a valid §4 corridor exists, the pre-session checklist.
 */
export const configViewSchema = z.object({
  teamKey: z.string(),
  configuration: domainValue<TeamConfiguration>(),
  /** Entra object ids of the team's pilots. */
  pilots: z.array(z.string()),
  /** Null while nothing is stored (Balises' defaults): the first save then sends `If-None-Match: *`. */
  etag: z.string().nullable(),
  version: z.number().int(),
  isDefault: z.boolean(),
  matrix: domainValue<Matrix>(),
  differences: z.array(domainValue<MatrixDifference>()),
  validCorridor: z.boolean(),
  checklist: z.array(domainValue<ChecklistItem>()),
});
export type ConfigView = z.infer<typeof configViewSchema>;

/** The view as answered, with the pilots' names. */
export const teamConfigViewSchema = configViewSchema.extend({ people: peopleSchema });
export type TeamConfigView = z.infer<typeof teamConfigViewSchema>;

/**
 * PUT config (If-Match, or If-None-Match: * to create); the configuration itself is checked by the domain
 * (teamConfigSchema.ts): each free-text field for its purpose (freeTextFields.ts — short, a phone number where
 * one is expected, no e-mail address outside contact details, nothing like a RAMQ or social insurance number),
 * refused with field-level details (`corridors.0.hours`, fr-CA then en).
 */
export const putConfigBodySchema = z.strictObject({
  configuration: z.unknown().refine((v) => v !== undefined, { params: { message: REQUIRED_FIELD } }),
});

const NOT_AN_OBJECT_ID = {
  "fr-CA": "Identifiant d'utilisateur Entra (GUID) attendu.",
  en: "Expected an Entra user object id (GUID).",
};

/** A pilot, by Entra object id (in the body to add, in the path to remove). */
export const pilotUserIdSchema = z
  .string()
  .refine((v) => objectIdSchema.safeParse(v).success, { params: { message: NOT_AN_OBJECT_ID } })
  .transform((v) => v.toLowerCase());

export const addPilotBodySchema = z.strictObject({ userId: pilotUserIdSchema });
export type AddPilotBody = z.input<typeof addPilotBodySchema>;
