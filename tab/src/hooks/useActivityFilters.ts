/**
 * What the activity page shows: the views the caller's roles allow (the widest first until one is
 * picked), a learner among the supervisor's, and the period. An invalid period waits (its field says
 * why): the query keeps the last valid one.
 */
import { useMemo, useState } from "react";
import { DateTime } from "luxon";
import { isActivityPeriod } from "@shared/domain/activityPeriod.js";
import { CLINIC_ZONE } from "@shared/domain/followUp.js";
import type { ActivityQuery, ActivityViewName } from "./activityTypes.js";

const ISO_DATE = "yyyy-MM-dd";

export interface DateRange {
  from: string;
  to: string;
}

export function thisMonth(): DateRange {
  const today = DateTime.now().setZone(CLINIC_ZONE);
  return { from: today.startOf("month").toFormat(ISO_DATE), to: today.toFormat(ISO_DATE) };
}

export function thisYear(): DateRange {
  const today = DateTime.now().setZone(CLINIC_ZONE);
  return { from: today.startOf("year").toFormat(ISO_DATE), to: today.toFormat(ISO_DATE) };
}

/** What is wrong with a period, said at each field: a date missing, or the two out of order or too far apart. */
interface RangeProblem {
  from: "noDate" | undefined;
  to: "noDate" | "order" | undefined;
}

function rangeProblem({ from, to }: DateRange): RangeProblem | undefined {
  const noDate = (date: string) => (DateTime.fromISO(date).isValid ? undefined : "noDate");
  if (noDate(from) || noDate(to)) return { from: noDate(from), to: noDate(to) };
  return isActivityPeriod(from, to) ? undefined : { from: undefined, to: "order" };
}

export function useActivityFilters(views: readonly ActivityViewName[]) {
  const [picked, setView] = useState<ActivityViewName | undefined>();
  const [learner, setLearner] = useState("");
  const [range, setRange] = useState(thisMonth);
  const [applied, setApplied] = useState(range);
  // Roles arrive after the first render: until the user picks a view, the widest their roles allow.
  const view: ActivityViewName = picked && views.includes(picked) ? picked : (views[0] ?? "mine");
  const changeRange = (next: DateRange) => {
    setRange(next);
    if (!rangeProblem(next)) setApplied(next);
  };
  const query = useMemo<ActivityQuery>(
    () => (view === "learners" && learner ? { view: "learner", subject: learner, ...applied } : { view, ...applied }),
    [view, learner, applied],
  );
  const problem = rangeProblem(range);
  return { view, setView, learner, setLearner, range, changeRange, rangeOk: !problem, problem, applied, query };
}

export type ActivityFilters = ReturnType<typeof useActivityFilters>;
