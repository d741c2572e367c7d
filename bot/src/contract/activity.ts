/**
 * The activity view (seed 003 §1.1, §2.3, §9, §11) and the share of telehealth (§5, §7):
 *   GET /teams/{teamKey}/activity?view=&subject=&from=&to=&pageSize=&continuationToken=   rows, paged
 *   GET /teams/{teamKey}/activity/summary?…                                                 totals, rates, chart
 *   GET /teams/{teamKey}/activity/export.csv?…                                              CSV (no JSON body)
 *   POST /teams/{teamKey}/activity/reconcile { view, subject, month }                       recount a month
 *   GET/PUT /activity/share/{period} { inPerson }                                           the caller's own share
 */
import { z } from "zod";
import type { ActivityRow, EvaluationState } from "../domain/activityStats.js";
import type { ActivityBucket, ActivityRates, ActivityTotals, BucketSize } from "../domain/activityTotals.js";
import { ACTIVITY_VIEWS } from "../domain/supervisionActivity.js";
import { MAX_IN_PERSON_COUNT, type ShareStatus } from "../domain/telehealthShare.js";
import { domainValue, peopleSchema } from "./common.js";

export { ACTIVITY_VIEWS };
export type { ActivityBucket, ActivityRates, ActivityRow, ActivityTotals, BucketSize, EvaluationState, ShareStatus };

/** `from` and `to` are Québec dates, both included; `subject` names the person of the clinician and learner views. */
export const activityQuerySchema = z.object({
  view: z.enum(ACTIVITY_VIEWS).default("mine"),
  subject: z.string().max(64).optional(),
  from: z.iso.date(),
  to: z.iso.date(),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  continuationToken: z.string().min(1).max(2000).optional(),
});
export type ActivityQuery = z.input<typeof activityQuerySchema>;
export type ActivityViewName = z.output<typeof activityQuerySchema>["view"];

const viewHeader = {
  view: z.enum(ACTIVITY_VIEWS),
  subject: z.string().optional(),
  from: z.string(),
  to: z.string(),
};

/** `people` names the clinicians and learners of the items. */
export const activityPageSchema = z.object({
  ...viewHeader,
  items: z.array(domainValue<ActivityRow>()),
  people: peopleSchema,
  continuationToken: z.string().optional(),
});
export type ActivityPage = z.infer<typeof activityPageSchema>;

/** §11: the team view says when the quality of virtual care was last evaluated. */
export const evaluationSchema = z.object({
  lastEvaluationDate: z.string().nullable(),
  state: z.custom<EvaluationState>((v) => typeof v === "string"),
  nextDue: z.string().optional(),
  source: z.string(),
});

export const activitySummarySchema = z.object({
  ...viewHeader,
  totals: domainValue<ActivityTotals>(),
  rates: domainValue<ActivityRates>(),
  bucketSize: z.custom<BucketSize>((v) => typeof v === "string"),
  buckets: z.array(domainValue<ActivityBucket>()),
  evaluation: evaluationSchema.optional(),
});
export type ActivitySummary = z.infer<typeof activitySummarySchema>;

/** Recounts a view's month from its encounters (the monthly aggregates, issue 14): the view's sources, one month. */
export const reconcileBodySchema = z.strictObject({
  view: z.enum(ACTIVITY_VIEWS).default("mine"),
  subject: z.string().max(64).optional(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
});

export const reconcileAnswerSchema = z.object({
  month: z.string(),
  /** Aggregate rows that were wrong and were rewritten. */
  fixed: z.number().int(),
});
export type ReconcileAnswer = z.infer<typeof reconcileAnswerSchema>;

export const shareBodySchema = z.strictObject({ inPerson: z.number().int().min(0).max(MAX_IN_PERSON_COUNT) });
export type ShareBody = z.input<typeof shareBodySchema>;

export const shareViewSchema = z.object({
  period: z.string(),
  telehealth: z.number().int(),
  inPerson: z.number().int().nullable(),
  share: z.number().nullable(),
  status: z.custom<ShareStatus>((v) => typeof v === "string").nullable(),
  unacceptable: z.boolean(),
  reference: z.object({ min: z.number(), max: z.number(), unacceptableAbove: z.number(), source: z.string() }),
  etag: z.string().nullable(),
});
export type ShareView = z.infer<typeof shareViewSchema>;
