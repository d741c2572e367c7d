/**
 * Activity rows as one caller may see them: only the learners' parts the rules show them
 * (domain/supervisionActivity.ts), each part with its §9.3/§9.4 flags. A student's history (their earlier
 * observations) is read once per answer, when one of their parts is shown.
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

export function activityRows(ctx: RowContext, access: ActivityAccess): (s: EncounterSummary) => Promise<ActivityRow> {
  const byOid = new Map<string, Learner>(ctx.teamLearners.map((l) => [l.oid, l]));
  const histories = new Map<string, Promise<StudentEncounter[]>>();
  const historyOf = (oid: string) => {
    let h = histories.get(oid);
    if (!h) histories.set(oid, (h = studentHistory(ctx.encounters, ctx.tenantId, ctx.teamKey, oid)));
    return h;
  };

  async function flagsFor(p: LearnerPart, startedAt: string): Promise<SupervisionFlag[]> {
    const learner = byOid.get(p.learnerId);
    const threshold = learner ? observationThreshold(learner, ctx.teamThreshold) : ctx.teamThreshold;
    const before = p.role === "medicalStudent" ? observationsBefore(await historyOf(p.learnerId), startedAt) : 0;
    return participationFlags(p, { startedAt, ...(learner ? { learner } : {}), observationsBefore: before, threshold });
  }

  return async (s) => {
    const parts = (s.learners ?? []).filter((p) => access.showsPart(p, s));
    const flags = new Map<string, SupervisionFlag[]>();
    await Promise.all(parts.map(async (p) => flags.set(p.learnerId, await flagsFor(p, s.startedAt))));
    const regulation = s.regulation && withTeamCorridor(s.regulation, ctx.missingCorridor);
    return toActivityRow({ ...s, learners: parts, regulation }, ctx.now(), (p) => flags.get(p.learnerId) ?? []);
  };
}
