/**
 * Which activity views an encounter counts in, as facets of the source it is indexed under (seed 003 §9, §11;
 * who sees what: supervisionActivity.ts). A source's monthly aggregates keep one set of counters per facet:
 *   team source       all (the team's encounters) · learners (those with learners: a pilot's learners view)
 *   clinician source  team:<teamKey> (the clinician's encounters in one team; "" for none)
 *   learner source    team:<teamKey> (the learner's encounters in one team) · self:<teamKey> (those where the
 *                     learner was also the clinician: "mine" counts them once, from the clinician source)
 * A view's totals are the sum of its slices (source and facet), which never overlap.
 */
import type { EncounterSummary } from "./encounter.js";
import type { ActivitySource } from "./supervisionActivity.js";

export interface ActivitySlice {
  source: ActivitySource;
  facet: string;
}

export const ALL_FACET = "all";
export const LEARNERS_FACET = "learners";
export const teamFacet = (teamKey: string | undefined) => `team:${teamKey ?? ""}`;
export const selfFacet = (teamKey: string | undefined) => `self:${teamKey ?? ""}`;

/** The facets of `source` the encounter counts in (none when its index row there is stale). */
export function facetsOf(
  s: Pick<EncounterSummary, "teamKey" | "clinicianId" | "learners">,
  source: ActivitySource,
): string[] {
  switch (source.by) {
    case "team":
      if (s.teamKey !== source.teamKey) return [];
      return s.learners?.length ? [ALL_FACET, LEARNERS_FACET] : [ALL_FACET];
    case "clinician":
      return [teamFacet(s.teamKey)];
    case "learner":
      if (!s.learners?.some((p) => p.learnerId === source.oid)) return [];
      return [s.clinicianId === source.oid ? selfFacet(s.teamKey) : teamFacet(s.teamKey)];
  }
}

/** A learner's encounters in a team, whoever their clinician. */
export function learnerSlices(oid: string, teamKey: string): ActivitySlice[] {
  const source: ActivitySource = { by: "learner", oid };
  return [
    { source, facet: teamFacet(teamKey) },
    { source, facet: selfFacet(teamKey) },
  ];
}
