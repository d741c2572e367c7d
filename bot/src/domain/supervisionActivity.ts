/**
 * What an activity view may show (seed 003 §9, §11), pure:
 *   mine                 the caller's own encounters in the team (as clinician, or as a learner)
 *   team                 pilots: the team's encounters
 *   clinician, subject   pilots: one clinician's encounters in the team
 *   learners             pilots: encounters with learners; a supervisor: their learners' encounters
 *   learner, subject     a pilot, one of the learner's supervisors, or the learner: their encounters
 * On each row, a caller sees only the learners' parts they may see (a supervisor: their learners; a learner:
 * their own part). The answer names *sources* (the team's, a clinician's or a learner's encounters): storage
 * turns them into its own keys; nothing here knows how encounters are stored.
 */
import { ALL_FACET, LEARNERS_FACET, learnerSlices, teamFacet, type ActivitySlice } from "./activityFacets.js";
import type { EncounterSummary } from "./encounter.js";
import type { Learner } from "./learners.js";
import type { StudentEncounter } from "./supervision.js";
import { readableLearner, type Access, type Viewer } from "./supervisionAccess.js";

export const ACTIVITY_VIEWS = ["mine", "team", "clinician", "learners", "learner"] as const;
export type ActivityViewName = (typeof ACTIVITY_VIEWS)[number];

/** Where a view's encounters are read from. */
export type ActivitySource =
  { by: "team"; teamKey: string } | { by: "clinician"; oid: string } | { by: "learner"; oid: string };

export type ActivityRequest =
  { view: "mine" | "team" | "learners" } | { view: "clinician" | "learner"; subject: string };

/** The caller in one team, with the team's learners (their supervisors decide who sees whom). */
export interface TeamViewer extends Viewer {
  teamKey: string;
  learners: readonly Pick<Learner, "oid" | "supervisors">[];
}

export type ActivityFacts = Pick<EncounterSummary, "teamKey" | "clinicianId" | "learners">;
export type LearnerPart = NonNullable<EncounterSummary["learners"]>[number];

export interface ActivityAccess {
  sources: ActivitySource[];
  /** Rows of the view (e.g. of this team only). */
  keep: (s: ActivityFacts) => boolean;
  /** Whether the caller sees this learner's part of a row. */
  showsPart: (p: LearnerPart, s: ActivityFacts) => boolean;
  /**
   * The view as slices of the monthly aggregates (activityFacets.ts), which never overlap: its totals are their
   * sum. Absent when the view's sources may share encounters (a supervisor's several learners): its rows are read.
   */
  slices?: ActivitySlice[];
}

const everyPart = () => true;

function pilotView(viewer: TeamViewer, slice: ActivitySlice): Access<ActivityAccess> {
  if (!viewer.pilot) return { ok: false, reason: "teamActivityPilotsOnly" };
  return { ok: true, value: { sources: [slice.source], keep: inTeam(viewer), showsPart: everyPart, slices: [slice] } };
}

const inTeam = (viewer: TeamViewer) => (s: ActivityFacts) => s.teamKey === viewer.teamKey;

/** §9: a pilot sees the team's encounters with learners; a supervisor, those of the learners they supervise. */
function learnersView(viewer: TeamViewer): Access<ActivityAccess> {
  if (viewer.pilot) {
    return {
      ok: true,
      value: {
        sources: [{ by: "team", teamKey: viewer.teamKey }],
        keep: (s) => (s.learners?.length ?? 0) > 0,
        showsPart: everyPart,
        slices: [{ source: { by: "team", teamKey: viewer.teamKey }, facet: LEARNERS_FACET }],
      },
    };
  }
  const mine = new Set(viewer.learners.filter((l) => l.supervisors.includes(viewer.userId)).map((l) => l.oid));
  if (mine.size === 0) return { ok: false, reason: "notYours" };
  const team = inTeam(viewer);
  return {
    ok: true,
    value: {
      sources: [...mine].map((oid) => ({ by: "learner", oid })),
      keep: (s) => team(s) && (s.learners ?? []).some((p) => mine.has(p.learnerId)),
      showsPart: (p) => mine.has(p.learnerId),
      ...(mine.size === 1 ? { slices: learnerSlices([...mine][0] ?? "", viewer.teamKey) } : {}),
    },
  };
}

/** §9: one learner's encounters, for whoever may read that learner; only that learner's part is shown. */
function learnerView(viewer: TeamViewer, subject: string): Access<ActivityAccess> {
  const readable = readableLearner(
    viewer,
    viewer.learners.find((l) => l.oid === subject),
  );
  if (!readable.ok) return readable;
  const team = inTeam(viewer);
  return {
    ok: true,
    value: {
      sources: [{ by: "learner", oid: subject }],
      keep: (s) => team(s) && (s.learners ?? []).some((p) => p.learnerId === subject),
      showsPart: (p) => p.learnerId === subject,
      slices: learnerSlices(subject, viewer.teamKey),
    },
  };
}

/**
 * The caller's own encounters: as their clinician (every part shown) or as a learner (their own part); those where
 * they were both count once, as the clinician's (the learner's self facet is left out).
 */
function mineView(viewer: TeamViewer): ActivityAccess {
  const me = viewer.userId;
  const sources: ActivitySource[] = [
    { by: "clinician", oid: me },
    { by: "learner", oid: me },
  ];
  return {
    sources,
    keep: inTeam(viewer),
    showsPart: (p, s) => s.clinicianId === me || p.learnerId === me,
    slices: sources.map((source) => ({ source, facet: teamFacet(viewer.teamKey) })),
  };
}

export function activityAccess(viewer: TeamViewer, request: ActivityRequest): Access<ActivityAccess> {
  switch (request.view) {
    case "team":
      return pilotView(viewer, { source: { by: "team", teamKey: viewer.teamKey }, facet: ALL_FACET });
    case "clinician":
      return pilotView(viewer, { source: { by: "clinician", oid: request.subject }, facet: teamFacet(viewer.teamKey) });
    case "learners":
      return learnersView(viewer);
    case "learner":
      return learnerView(viewer, request.subject);
    case "mine":
      return { ok: true, value: mineView(viewer) };
  }
}

/** §5, §7: the share of telehealth counts the caller's own encounters as clinician, every team included. */
export function ownTelehealthSource(userId: string): ActivitySource {
  return { by: "clinician", oid: userId };
}

/** §9.3: a student's parts in this team's encounters (from the encounters of the student as a source). */
export function studentEncounters(
  rows: readonly Pick<EncounterSummary, "teamKey" | "startedAt" | "learners">[],
  teamKey: string,
  learnerOid: string,
): StudentEncounter[] {
  return rows.flatMap((s) => {
    const part = s.teamKey === teamKey ? s.learners?.find((l) => l.learnerId === learnerOid) : undefined;
    return part ? [{ startedAt: s.startedAt, participation: part.participation }] : [];
  });
}
