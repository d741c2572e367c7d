/**
 * Activity rows as one caller may see them: only the learners' parts the rules show them
 * (domain/supervisionActivity.ts), each part with its §9.3/§9.4 flags. A student's history (their earlier
 * observations) is read once per answer, when one of their parts is shown — or when a flag of the monthly
 * aggregates hangs on it (the same §9 facts settle those: domain/activityDayTotals.ts).
 */
import { toActivityRow, type ActivityRow } from "../domain/activityStats.js";
import type { EncounterSummary } from "../domain/encounter.js";
import { observationThreshold, type Learner } from "../domain/learners.js";
import {
  observationsBefore,
  participationFlags,
  type StudentEncounter,
  type SupervisionFlag,
} from "../domain/supervision.js";
import type { ActivityAccess, LearnerPart } from "../domain/supervisionActivity.js";
import type { SupervisionFacts } from "../domain/activityDayTotals.js";
import { studentHistory, type EncounterHistory } from "./learnerViews.js";
import { withTeamCorridor } from "../domain/regulationActivity.js";

export interface RowContext {
  encounters: EncounterHistory;
  tenantId: string;
  teamKey: string;
  teamLearners: readonly Learner[];
  teamThreshold: number;
  /** 003 §4: the team has no valid in-person corridor (the regulation's condition 4). */
  missingCorridor: boolean;
  now: () => Date;
}

export interface ViewRows {
  row: (s: EncounterSummary) => Promise<ActivityRow>;
  /** The team's §9 facts, with the histories of `students` read. */
  supervision: (students: Iterable<string>) => Promise<SupervisionFacts>;
  /** 003 §4: the team has no valid in-person corridor now (the regulation's condition 4, applied when read). */
  missingCorridor: boolean;
}

export function activityRows(ctx: RowContext, access: ActivityAccess): ViewRows {
  const byOid = new Map<string, Learner>(ctx.teamLearners.map((l) => [l.oid, l]));
  const thresholdOf = (oid: string) => {
    const learner = byOid.get(oid);
    return learner ? observationThreshold(learner, ctx.teamThreshold) : ctx.teamThreshold;
  };
  const histories = new Map<string, Promise<StudentEncounter[]>>();
  const historyOf = (oid: string) => {
    let h = histories.get(oid);
    if (!h) histories.set(oid, (h = studentHistory(ctx.encounters, ctx.tenantId, ctx.teamKey, oid)));
    return h;
  };

  async function flagsFor(p: LearnerPart, startedAt: string): Promise<SupervisionFlag[]> {
    const learner = byOid.get(p.learnerId);
    const threshold = thresholdOf(p.learnerId);
    const before = p.role === "medicalStudent" ? observationsBefore(await historyOf(p.learnerId), startedAt) : 0;
    return participationFlags(p, { startedAt, ...(learner ? { learner } : {}), observationsBefore: before, threshold });
  }

  return {
    row: async (s) => {
      const parts = (s.learners ?? []).filter((p) => access.showsPart(p, s));
      const flags = new Map<string, SupervisionFlag[]>();
      await Promise.all(parts.map(async (p) => flags.set(p.learnerId, await flagsFor(p, s.startedAt))));
      const regulation = s.regulation && withTeamCorridor(s.regulation, ctx.missingCorridor);
      return toActivityRow({ ...s, learners: parts, regulation }, ctx.now(), (p) => flags.get(p.learnerId) ?? []);
    },
    supervision: async (students) => {
      const histories = new Map(
        await Promise.all([...students].map(async (oid) => [oid, await historyOf(oid)] as const)),
      );
      return { learner: (oid) => byOid.get(oid), threshold: thresholdOf, history: (oid) => histories.get(oid) ?? [] };
    },
    missingCorridor: ctx.missingCorridor,
  };
}
