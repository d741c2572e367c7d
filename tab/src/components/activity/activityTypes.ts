/** What the activity API answers (notes/API.md, issue 4). Row and totals types come from the pure domain. */
import type {
  ActivityBucket,
  ActivityRates,
  ActivityRow,
  ActivityTotals,
  BucketSize,
  EvaluationState,
} from "../../../../bot/src/domain/activityStats.js";
import type { People } from "../../api/types.js";
import type { ShareStatus } from "../../../../bot/src/domain/telehealthShare.js";

export type { ActivityRow };

export type ActivityViewName = "mine" | "team" | "clinician" | "learners" | "learner";

export interface ActivityQuery {
  view: ActivityViewName;
  subject?: string;
  from: string;
  to: string;
}

/** `people` names the clinicians and learners of the items (the API client also hands it to the people registry). */
export interface ActivityPage {
  items: ActivityRow[];
  continuationToken?: string;
  people: People;
}

export interface ActivitySummary {
  totals: ActivityTotals;
  rates: ActivityRates;
  bucketSize: BucketSize;
  buckets: ActivityBucket[];
  evaluation?: { lastEvaluationDate: string | null; state: EvaluationState; nextDue?: string; source: string };
}

export interface ShareView {
  period: string;
  telehealth: number;
  inPerson: number | null;
  share: number | null;
  status: ShareStatus | null;
  unacceptable: boolean;
  reference: { min: number; max: number; unacceptableAbove: number; source: string };
  etag: string | null;
}

export function activityQueryString(q: ActivityQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ view: q.view, from: q.from, to: q.to, ...extra });
  if (q.subject) params.set("subject", q.subject);
  return params.toString();
}
