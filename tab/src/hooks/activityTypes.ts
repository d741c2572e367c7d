/**
 * The activity page's query (view, subject, period) and its query string. The answers' shapes are the
 * API contract's (ActivityPage, ActivitySummary, ShareView, through ../api/types).
 */
import type { ActivityRow } from "@shared/domain/activityStats.js";

export type { ActivityRow };

export type ActivityViewName = "mine" | "team" | "clinician" | "learners" | "learner";

export interface ActivityQuery {
  view: ActivityViewName;
  subject?: string;
  from: string;
  to: string;
}

export function activityQueryString(q: ActivityQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ view: q.view, from: q.from, to: q.to, ...extra });
  if (q.subject) params.set("subject", q.subject);
  return params.toString();
}
