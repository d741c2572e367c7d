/**
 * The regulation's four conditions (S-4.2, r. 23.1, art. 1) as counts in the activity view. An encounter's index
 * row keeps the states the encounter decides by itself, condition 4 read as if its team had a valid corridor; the
 * activity view, which knows the team, then applies the team's corridor. Balises keeps no history of a team's
 * corridors, so that is the team's configuration as it is when the view is read — for the monthly aggregates too,
 * which count condition 4 before the corridor and apply it when read (addRegulationCounter).
 */
import {
  CONDITION_IDS,
  regulationConditions,
  type ConditionId,
  type ConditionState,
  type RegulationCondition,
} from "./regulation2024.js";
import type { Encounter } from "./encounter.js";

export type ConditionStates = Record<ConditionId, ConditionState>;

function statesOf(conditions: readonly RegulationCondition[]): ConditionStates {
  return Object.fromEntries(conditions.map((c) => [c.id, c.state])) as ConditionStates;
}

/** What the encounter alone says of each condition (its team's corridor is checked by withTeamCorridor). */
export function encounterConditionStates(e: Encounter): ConditionStates {
  return statesOf(regulationConditions(e, { missingCorridor: false, teamUnknown: e.teamKey === undefined }));
}

/** 003 §4: without a valid corridor in its team, no in-person follow-up can be offered. */
export function withTeamCorridor(states: ConditionStates, missingCorridor: boolean): ConditionStates {
  return missingCorridor && states.inPersonFollowUp === "met" ? { ...states, inPersonFollowUp: "notMet" } : states;
}

export interface RegulationCounts {
  /** Encounters whose row holds the conditions (rows written before they were kept hold none). */
  encounters: number;
  met: Record<ConditionId, number>;
  /** Activities organised by the establishment: condition 4 does not apply (art. 1, last paragraph). */
  notApplicable: number;
}

export function emptyRegulationCounts(): RegulationCounts {
  return {
    encounters: 0,
    met: { consent: 0, noPhysicalPresence: 0, contingencyPlan: 0, inPersonFollowUp: 0 },
    notApplicable: 0,
  };
}

/** Adds `more` into `into`, in place (a view's totals add up day by day: activityTotals.ts). */
export function addRegulationCounts(into: RegulationCounts, more: RegulationCounts): void {
  into.encounters += more.encounters;
  for (const id of CONDITION_IDS) into.met[id] += more.met[id];
  into.notApplicable += more.notApplicable;
}

// Written out, not built from CONDITION_IDS: encounter.ts imports this module while regulation2024.ts is loading.
const ALL_MET: ConditionStates = {
  consent: "met",
  noPhysicalPresence: "met",
  contingencyPlan: "met",
  inPersonFollowUp: "met",
};
const isConditionId = (name: string): name is ConditionId => (CONDITION_IDS as readonly string[]).includes(name);

/**
 * Adds a regulation counter of the monthly aggregates (activityContribution.ts: rg:n, rg:<condition>, rg:na), the
 * team's corridor applied as withTeamCorridor does: without one, condition 4 counts as met nowhere.
 */
export function addRegulationCounter(counts: RegulationCounts, name: string, n: number, missingCorridor: boolean) {
  if (name === "n") counts.encounters += n;
  else if (name === "na") counts.notApplicable += n;
  else if (isConditionId(name) && withTeamCorridor(ALL_MET, missingCorridor)[name] === "met") counts.met[name] += n;
}

export function countConditions(counts: RegulationCounts, states: ConditionStates | undefined): void {
  if (!states) return;
  counts.encounters++;
  for (const id of CONDITION_IDS) if (states[id] === "met") counts.met[id]++;
  if (states.inPersonFollowUp === "notApplicable") counts.notApplicable++;
}
