/**
 * The activity view's query (contract/activity.ts), checked: Québec dates `from` and `to`, both included, at
 * most MAX_PERIOD_DAYS (domain/activityPeriod.ts), turned into UTC instants; the clinician and learner views name
 * their `subject`.
 */
import type { Request } from "express";
import { DateTime } from "luxon";
import { ValidationError } from "../errors.js";
import { activityQuerySchema } from "../contract/index.js";
import { isActivityPeriod, MAX_PERIOD_DAYS } from "../domain/activityPeriod.js";
import { CLINIC_ZONE } from "../domain/followUp.js";
import { oidSchema } from "../domain/learners.js";
import type { ActivityRequest } from "../domain/supervisionActivity.js";
import { parseInput } from "./input.js";

const RANGE = {
  "fr-CA": `Période invalide : « du » doit précéder « au », ${MAX_PERIOD_DAYS} jours au plus.`,
  en: `Invalid range: "from" must not be after "to", ${MAX_PERIOD_DAYS} days at most.`,
};
const SUBJECT_REQUIRED = { "fr-CA": "Précisez la personne (subject).", en: "Say whose activity (subject)." };

export interface ActivityQuery {
  request: ActivityRequest;
  /** The Québec dates asked, as sent. */
  from: string;
  to: string;
  /** UTC instants of the range: [start, end). */
  start: string;
  end: string;
  /** The Québec date just after `to`. */
  endExclusive: string;
  pageSize: number;
  continuationToken?: string | undefined;
}

function isoOf(d: DateTime): string {
  const iso = d.toUTC().toISO();
  if (iso === null) throw new ValidationError([{ path: "to", message: RANGE }], RANGE);
  return iso;
}

/** The view asked for: the clinician and learner views name their subject. */
export function activityRequestOf(view: ActivityRequest["view"], rawSubject: string | undefined): ActivityRequest {
  if (view !== "clinician" && view !== "learner") return { view };
  const subject = oidSchema.safeParse(rawSubject);
  if (!subject.success) throw new ValidationError([{ path: "subject", message: SUBJECT_REQUIRED }], SUBJECT_REQUIRED);
  return { view, subject: subject.data };
}

export function parseActivityQuery(req: Request): ActivityQuery {
  const q = parseInput(activityQuerySchema, req.query);
  if (!isActivityPeriod(q.from, q.to)) throw new ValidationError([{ path: "to", message: RANGE }], RANGE);
  const from = DateTime.fromISO(q.from, { zone: CLINIC_ZONE });
  const to = DateTime.fromISO(q.to, { zone: CLINIC_ZONE }).plus({ days: 1 });
  return {
    request: activityRequestOf(q.view, q.subject),
    from: q.from,
    to: q.to,
    start: isoOf(from),
    end: isoOf(to),
    endExclusive: to.toISODate() ?? q.to,
    pageSize: q.pageSize,
    continuationToken: q.continuationToken,
  };
}
