/**
 * Learners of a team (seed 003 §9), under /teams/{teamKey}: the list, one learner, registration and
 * update bodies, §9.4 designations, and the team's §9.3 observation threshold (supervision-settings).
 */
import { z } from "zod";
import { LEARNER_ROLES, learnerInputSchema, oidSchema, thresholdSchema } from "../domain/learners.js";
import type { StudentProgress } from "../domain/supervision.js";
import { domainValue, pageQuerySchema, peopleSchema } from "./common.js";

/** A learner's Entra object id in the path. */
export const learnerOidSchema = oidSchema;

/** POST learners (PUT learners/{oid}: the same, the oid coming from the path). */
export const learnerBodySchema = learnerInputSchema;
export type LearnerBody = z.input<typeof learnerBodySchema>;

export const learnerListQuerySchema = pageQuerySchema(100, 50);

const designationSchema = z.object({
  at: z.string(),
  by: z.string(),
  withdrawnAt: z.string().optional(),
  withdrawnBy: z.string().optional(),
});

export const learnerViewSchema = z.object({
  oid: z.string(),
  teamKey: z.string(),
  role: z.enum(LEARNER_ROLES),
  supervisors: z.array(z.string()),
  trainingSite: z.string(),
  /** §9.4: the current designation, if any. */
  designation: z.object({ at: z.string(), by: z.string() }).nullable(),
  designations: z.array(designationSchema),
  /** The threshold that applies (the learner's override, else the team's). */
  observationThreshold: z.number().int(),
  observationThresholdOverride: z.number().int().nullable(),
  registeredAt: z.string(),
  registeredBy: z.string(),
  etag: z.string(),
  /** Students only (§9.3). */
  progress: domainValue<StudentProgress>().optional(),
});
export type LearnerView = z.infer<typeof learnerViewSchema>;

/** One learner as answered (GET, POST, PUT, designation), with the names of everyone it mentions. */
export const learnerAnswerSchema = learnerViewSchema.extend({ people: peopleSchema });
export type LearnerAnswer = z.infer<typeof learnerAnswerSchema>;

/** GET learners: pilots page through the team; supervisors get their learners; a learner, themselves. */
export const learnerListSchema = z.object({
  items: z.array(learnerViewSchema),
  continuationToken: z.string().optional(),
  observationThreshold: z.number().int(),
  canManage: z.boolean(),
  people: peopleSchema,
});
export type LearnerList = z.infer<typeof learnerListSchema>;

/** GET/PUT supervision-settings: the team's §9.3 threshold. */
export const supervisionSettingsSchema = z.object({
  observationThreshold: z.number().int(),
  etag: z.string().nullable(),
});
export type SupervisionSettings = z.infer<typeof supervisionSettingsSchema>;

export const supervisionSettingsBodySchema = z.strictObject({ observationThreshold: thresholdSchema });
export type SupervisionSettingsBody = z.input<typeof supervisionSettingsBodySchema>;
