/**
 * What one encounter adds to the monthly activity aggregates of a source it is indexed under (seed 003 §1.1 notes,
 * §2.3 follow-ups, §9.3/§9.4 flags; the figures: activityTotals.ts), as counters keyed `facet|name` on the Québec
 * date it started (facets: activityFacets.ts). A source's month is the sum of its encounters' contributions, and a
 * change of an encounter moves the month by (new contribution − old). Pure.
 *
 * What depends on when it is read stays open, so the sum never goes stale (activityDayTotals.ts reads it back):
 * a note not yet filed is counted by the UTC hour of its deadline, a follow-up by its due date, a flag that hangs
 * on a designation or on a student's observations by the learners it hangs on. The regulation's condition 4 is
 * counted as the encounter decides it, as if its team had a valid corridor: whether it has one is the team's
 * configuration when the view is read (regulationActivity.ts keeps no history of it), so the reading applies it
 * to the sum — exactly, since every slice of a view lies in the view's team and a missing corridor only turns
 * condition 4's "met" into "not met". Storing it here would leave every month stale after a corridor change.
 *
 * Counter names (stored: never rename):
 *   n encounters · min minutes · m:<modality> · cr consent recorded · ck:<kind> its kind · pa plan agreed
 *   inc incidents · incE encounters with incidents · note:<state> a settled note (or open with no end yet)
 *   due:<yyyy-mm-ddThh> an open note's deadline hour · fu:<yyyy-mm-dd> a follow-up's due date · fuo a follow-up
 *   recorded as offered (never past due)
 *   fl:1 flagged whatever the context · fl:<atoms> flagged if one holds: d.<oid> (§9.4 not designated at the time),
 *   o.<oid> (§9.3 observed too early), joined by "+"
 *   rg:n encounters whose row holds the regulation's conditions · rg:<condition> met (condition 4 before the team's
 *   corridor) · rg:na condition 4 not applicable (the establishment's activity)
 */
import { consentCountedKind, consentFacts, localDate, settledNote } from "./activityStats.js";
import { facetsOf } from "./activityFacets.js";
import type { Counters } from "./counters.js";
import type { EncounterSummary } from "./encounter.js";
import { CONDITION_IDS } from "./regulation2024.js";
import { countConditions, emptyRegulationCounts } from "./regulationActivity.js";
import { flagCondition } from "./supervision.js";
import type { ActivitySource } from "./supervisionActivity.js";

/**
 * The version of what an encounter contributes, raised with every change to it: months checked under the previous
 * counting are read from their rows until reconciled (storage/activityAggregates.ts). 2: a student's part with no
 * training site stated.
 */
export const COUNTING = 2;

export interface Contribution {
  /** The Québec date the encounter started (yyyy-mm-dd): its day in the aggregates. */
  date: string;
  /** `facet|name` → count. */
  counters: Counters;
}

type Part = NonNullable<EncounterSummary["learners"]>[number];

/** "d." designation, "o." observations: the learner a flag hangs on. */
export const FLAG_ATOM = { designation: "d.", observations: "o." } as const;

/** The encounter's flag key: "1", the atoms it hangs on, or undefined when no part can raise one. */
function flagKey(parts: readonly Part[]): string | undefined {
  const atoms = new Set<string>();
  for (const p of parts) {
    const condition = flagCondition(p);
    if (condition === "certain") return "1";
    if (condition !== "none") atoms.add(FLAG_ATOM[condition] + p.learnerId);
  }
  return atoms.size > 0 ? [...atoms].sort().join("+") : undefined;
}

/** The UTC hour an instant falls in, yyyy-mm-ddThh. */
function utcHour(ms: number): string {
  return new Date(ms).toISOString().slice(0, 13);
}

/** The regulation's counts of one encounter (the view's rule: countConditions), condition 4 before the corridor. */
function regulationCounters(states: EncounterSummary["regulation"], count: (name: string, n: number) => void) {
  const counts = emptyRegulationCounts();
  countConditions(counts, states);
  count("rg:n", counts.encounters);
  for (const id of CONDITION_IDS) count(`rg:${id}`, counts.met[id]);
  count("rg:na", counts.notApplicable);
}

/** The counts of one encounter as a view shows it, with the learners' parts it shows. */
function encounterCounters(s: EncounterSummary, parts: readonly Part[]): Counters {
  const c: Counters = {};
  const count = (name: string, n = 1) => {
    if (n !== 0) c[name] = (c[name] ?? 0) + n;
  };
  count("n");
  count(`m:${s.modality}`);
  count("min", s.durationMinutes ?? 0);
  const consent = consentFacts(s);
  if (consent.recorded) {
    count("cr");
    count(`ck:${consentCountedKind(consent)}`);
  }
  if (s.planAgreed) count("pa");
  count("inc", s.incidentsCount);
  if (s.incidentsCount > 0) count("incE");
  const note = settledNote(s);
  count(note.openUntil !== undefined ? `due:${utcHour(note.openUntil)}` : `note:${note.state}`);
  if (s.inPersonFollowUpDue) count(s.inPersonFollowUpOffered ? "fuo" : `fu:${s.inPersonFollowUpDue}`);
  const flag = flagKey(parts);
  if (flag) count(`fl:${flag}`);
  regulationCounters(s.regulation, count);
  return c;
}

/** The encounter's contribution to `source` (nothing when its index row there counts in no view). */
export function contributionOf(s: EncounterSummary, source: ActivitySource): Contribution {
  const date = localDate(s.startedAt);
  const facets = facetsOf(s, source);
  if (facets.length === 0) return { date, counters: {} };
  // A learner's source shows only their own part (supervisionActivity.ts showsPart); the others show every part.
  const parts = (s.learners ?? []).filter((p) => source.by !== "learner" || p.learnerId === source.oid);
  const counts = Object.entries(encounterCounters(s, parts));
  const counters: Counters = {};
  for (const facet of facets) for (const [name, n] of counts) counters[`${facet}|${name}`] = n;
  return { date, counters };
}
