/**
 * A day of the monthly activity aggregates read back into totals (seed 003 §1.1, §2.3, §9.3, §9.4), with what
 * the counters leave open (activityContribution.ts) settled at the time of reading: a note past its deadline is
 * overdue, a follow-up past its due date is past due, a flag holds if its learner was not designated at the
 * time or the student had not observed enough. When that hangs on the exact time of an encounter — a deadline
 * in the hour now falls in, a designation given that very day — the day is undefined and its rows are read
 * instead (api/activitySummary.ts). Pure; the same rules as a row's (activityStats.ts, supervision.ts).
 */
import { FLAG_ATOM } from "./activityContribution.js";
import { emptyTotals, type ActivityAccumulator, type ActivityTotals } from "./activityTotals.js";
import { NOTE_STATES, type NoteState } from "./activityStats.js";
import type { Counters } from "./counters.js";
import { quebecPeriodInstants } from "./clock.js";
import type { Learner } from "./learners.js";
import { conditionRaises, observationsBefore, type StudentEncounter } from "./supervision.js";
import { addRegulationCounter } from "./regulationActivity.js";

/** What the view knows of its team's learners (§9.3, §9.4). */
export interface SupervisionFacts {
  /** The registered learner (absent: no designation known). */
  learner: (oid: string) => Pick<Learner, "designations"> | undefined;
  /** The §9.3 threshold that applies to the student. */
  threshold: (oid: string) => number;
  /** The student's encounters in the view's team. */
  history: (oid: string) => readonly StudentEncounter[];
}

export interface Reading {
  now: Date;
  /** Québec's today (yyyy-mm-dd). */
  today: string;
  supervision: SupervisionFacts;
  /** 003 §4: the view's team has no valid corridor now; condition 4 is then met nowhere (withTeamCorridor). */
  missingCorridor: boolean;
}

const HOUR_MS = 3_600_000;

interface DayBounds {
  start: number;
  end: number;
}

function quebecDayBounds(date: string): DayBounds {
  const { from, to } = quebecPeriodInstants(date);
  return { start: Date.parse(from), end: Date.parse(to) };
}
const NOTE_STATE_NAMES = new Set<string>(NOTE_STATES);

/** An instant in a Québec day, as ISO. */
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * A flag atom's value over the day: true, false, or undefined when it changes during the day. The day's instants
 * are computed only for a learner with designations or observations (a time zone is slow to compute).
 */
function atomOverDay(atom: string, day: () => DayBounds, facts: SupervisionFacts): boolean | undefined {
  const oid = atom.slice(2);
  if (atom.startsWith(FLAG_ATOM.designation)) {
    const learner = facts.learner(oid);
    if (!learner?.designations.length)
      return conditionRaises("designation", { startedAt: "", observationsBefore: 0, threshold: 0 });
    const { start, end } = day();
    const changes = learner.designations.flatMap((d) => [d.at, ...(d.withdrawnAt ? [d.withdrawnAt] : [])]);
    if (changes.some((at) => Date.parse(at) > start && Date.parse(at) < end)) return undefined;
    return conditionRaises("designation", { startedAt: iso(start), learner, observationsBefore: 0, threshold: 0 });
  }
  const history = facts.history(oid);
  const raisesAt = (ms: number) =>
    conditionRaises("observations", {
      startedAt: iso(ms),
      observationsBefore: observationsBefore(history, iso(ms)),
      threshold: facts.threshold(oid),
    });
  if (history.length === 0) return raisesAt(0);
  // Observations only grow: the same answer at both ends holds all day.
  const { start, end } = day();
  const first = raisesAt(start);
  return first === raisesAt(end) ? first : undefined;
}

/** The encounters a day's counters count, every facet together (facets of a clinician's source never overlap). */
export function encountersCounted(counters: Counters): number {
  return Object.entries(counters).reduce((sum, [key, n]) => (key.endsWith("|n") ? sum + n : sum), 0);
}

/** The students whose observations some flag of these counters hangs on (their histories are read first). */
export function flagStudents(days: Iterable<Counters>): Set<string> {
  const students = new Set<string>();
  for (const counters of days)
    for (const key of Object.keys(counters)) {
      const flag = key.split("|fl:")[1];
      for (const atom of flag?.split("+") ?? [])
        if (atom.startsWith(FLAG_ATOM.observations)) students.add(atom.slice(FLAG_ATOM.observations.length));
    }
  return students;
}

/** Whether an encounter with this flag key is flagged all day (undefined: it depends on its exact time). */
function flaggedOverDay(key: string, day: () => DayBounds, facts: SupervisionFacts): boolean | undefined {
  if (key === "1") return true;
  const values = key.split("+").map((atom) => atomOverDay(atom, day, facts));
  return values.includes(true) ? true : values.includes(undefined) ? undefined : false;
}

/** The counters that add straight into a total (names: activityContribution.ts). */
const PLAIN = {
  n: "encounters",
  min: "minutes",
  cr: "consentRecorded",
  pa: "planAgreed",
  inc: "incidents",
  incE: "encountersWithIncidents",
} as const satisfies Record<string, keyof ActivityTotals>;

const isPlain = (head: string): head is keyof typeof PLAIN => Object.hasOwn(PLAIN, head);

/** Adds one counter to the day's totals; false when it cannot be settled for the whole day. */
function addCounter(t: ActivityTotals, name: string, n: number, day: () => DayBounds, r: Reading) {
  const colon = name.indexOf(":");
  const [head, value] = colon < 0 ? [name, ""] : [name.slice(0, colon), name.slice(colon + 1)];
  if (isPlain(head)) t[PLAIN[head]] += n;
  else if (head === "m" && (value === "video" || value === "phone")) t[value] += n;
  else if (head === "ck") t.consentByKind[value] = (t.consentByKind[value] ?? 0) + n;
  else if (head === "note" && NOTE_STATE_NAMES.has(value)) t.notes[value as NoteState] += n;
  else if (head === "fu") {
    t.followUpsDue += n;
    if (r.today > value) t.followUpsPastDue += n;
  } else if (head === "fuo") t.followUpsDue += n;
  else if (head === "due") {
    const hour = Date.parse(`${value}:00:00.000Z`);
    if (r.now.getTime() >= hour + HOUR_MS) t.notes.overdue += n;
    else if (r.now.getTime() <= hour) t.notes.open += n;
    else return false;
  } else if (head === "rg") addRegulationCounter(t.regulation, value, n, r.missingCorridor);
  else if (head === "fl") {
    const flagged = flaggedOverDay(value, day, r.supervision);
    if (flagged === undefined) return false;
    if (flagged) t.flagged += n;
  }
  return true;
}

/** One facet's totals for a Québec date from that day's counters, or undefined when its rows must be read. */
function dayTotals(counters: Counters, facet: string, date: string, r: Reading): ActivityTotals | undefined {
  let bounds: DayBounds | undefined;
  const day = () => (bounds ??= quebecDayBounds(date));
  const t = emptyTotals();
  const prefix = `${facet}|`;
  for (const [key, n] of Object.entries(counters)) {
    if (key.startsWith(prefix) && !addCounter(t, key.slice(prefix.length), n, day, r)) return undefined;
  }
  return t;
}

/**
 * Folds one slice's days of [fromDate, toDate] (Québec dates, both included) into `acc` from their counters;
 * returns the dates that could not be settled, whose rows the caller adds instead.
 */
export function addCountedDays(
  acc: ActivityAccumulator,
  days: ReadonlyMap<string, Counters>,
  facet: string,
  range: { fromDate: string; toDate: string },
  r: Reading,
): string[] {
  const unsettled: string[] = [];
  for (const [date, counters] of days) {
    if (date < range.fromDate || date > range.toDate) continue;
    const totals = dayTotals(counters, facet, date, r);
    if (totals) acc.addDay(date, totals);
    else unsettled.push(date);
  }
  return unsettled.sort();
}
