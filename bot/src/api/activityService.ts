/**
 * The activity view (seed 003 §1.1 notes within 24 h, §2.3 follow-ups, §9 learners, §11 evaluation), as the
 * API reads it: the domain decides what the caller may see (domain/supervisionActivity.ts), storage reads
 * and merges the sources it names (storage/encounterIndexReader.ts), rows carry the caller's view of
 * the learners' parts (activityRows.ts), and totals come from the monthly aggregates (activitySummary.ts).
 */
import type { Identity } from "../auth/tokenValidator.js";
import type { ActivitySummary } from "../contract/index.js";
import type { ActivitySlice } from "../domain/activityFacets.js";
import { evaluationStatus, localDate, type ActivityRow } from "../domain/activityStats.js";
import { ActivityAccumulator } from "../domain/activityTotals.js";
import { isPilot } from "../domain/roles.js";
import { hasValidCorridor } from "../domain/corridor.js";
import { DEFAULT_TEAM_CONFIGURATION } from "../domain/teamConfig.js";
import { activityAccess, type ActivityRequest } from "../domain/supervisionActivity.js";
import type { EncounterIndexReads } from "../storage/encounterIndexReads.js";
import { forEachRow, readPage, type IndexReader, type RowSource } from "../storage/encounterIndexReader.js";
import type { LearnerRepository } from "../storage/learnerRepository.js";
import type { TeamConfigRepository } from "../storage/teamConfigRepository.js";
import type { ActivityQuery } from "./activityQuery.js";
import { activityRows, type ViewRows } from "./activityRows.js";
import { addAggregates, addRows } from "./activitySummary.js";
import type { EncounterHistory } from "./learnerViews.js";
import { granted } from "./teamAccess.js";

export interface ActivityServicePorts {
  encounters: IndexReader & EncounterHistory & Pick<EncounterIndexReads, "readAggregates" | "reconcileMonth">;
  learners: Pick<LearnerRepository, "listTeam" | "settings">;
  teamConfigs: Pick<TeamConfigRepository, "get">;
  now: () => Date;
}

/** What one caller may read of one view: its sources and rows as they see them. */
export interface ActivityScope extends RowSource {
  teamKey: string;
  request: ActivityRequest;
  rows: ViewRows;
  /** The view as slices of the monthly aggregates; absent: its totals are read from its rows. */
  slices?: readonly ActivitySlice[];
}

export const subjectOf = (request: ActivityRequest) => ("subject" in request ? { subject: request.subject } : {});

export class ActivityService {
  constructor(private readonly ports: ActivityServicePorts) {}

  /** Refused (403, 404) when the rules say so; ids in the request only narrow what the caller may see. */
  async scope(who: Identity, teamKey: string, request: ActivityRequest): Promise<ActivityScope> {
    const tenantId = who.tenantId;
    const [config, teamLearners, settings] = await Promise.all([
      this.ports.teamConfigs.get(tenantId, teamKey),
      this.ports.learners.listTeam(tenantId, teamKey),
      this.ports.learners.settings(tenantId, teamKey),
    ]);
    const pilot = config ? isPilot(config.pilots, who.userId) : false;
    const viewer = { userId: who.userId, pilot, teamKey, learners: teamLearners };
    const access = granted(activityAccess(viewer, request));
    const rowContext = {
      tenantId,
      teamKey,
      teamLearners,
      teamThreshold: settings.observationThreshold,
      missingCorridor: !hasValidCorridor(config?.configuration ?? DEFAULT_TEAM_CONFIGURATION),
    };
    return {
      tenantId,
      teamKey,
      request,
      sources: access.sources,
      keep: access.keep,
      rows: activityRows({ ...rowContext, encounters: this.ports.encounters, now: this.ports.now }, access),
      ...(access.slices ? { slices: access.slices } : {}),
    };
  }

  /** One page of rows, oldest first. */
  async page(scope: ActivityScope, q: ActivityQuery): Promise<{ items: ActivityRow[]; continuationToken?: string }> {
    const page = await readPage(this.ports.encounters, scope, q.start, q.end, q.pageSize, q.continuationToken);
    const items = await Promise.all(page.items.map((s) => scope.rows.row(s)));
    return { items, ...(page.continuationToken ? { continuationToken: page.continuationToken } : {}) };
  }

  /** Totals, rates and chart buckets of the range; the team view adds the §11 evaluation. */
  async summary(scope: ActivityScope, q: ActivityQuery): Promise<ActivitySummary> {
    const acc = new ActivityAccumulator(q.from, q.endExclusive);
    if (scope.slices) await addAggregates(this.ports, scope, scope.slices, q, acc);
    else await addRows(this.ports, scope, q, acc);
    const evaluation = scope.request.view === "team" ? await this.evaluation(scope) : undefined;
    return {
      view: scope.request.view,
      ...subjectOf(scope.request),
      from: q.from,
      to: q.to,
      ...acc.result(),
      ...(evaluation ? { evaluation } : {}),
    };
  }

  /**
   * On demand, the nightly job's recount of the view's sources for one month (yyyy-mm); resolves to the aggregate
   * shards it fixed.
   */
  async reconcile(scope: ActivityScope, month: string): Promise<number> {
    const fixed = await Promise.all(
      scope.sources.map((s) => this.ports.encounters.reconcileMonth(scope.tenantId, s, month)),
    );
    return fixed.reduce((a, b) => a + b, 0);
  }

  /**
   * Every row of the range in order, as the caller sees it (the CSV export): all of them, however many — a file is
   * complete or is an error, never cut at a count (the caller writes as it reads, at the reader's pace). Resolves to
   * how many rows there were.
   */
  async forEach(scope: ActivityScope, q: ActivityQuery, onRow: (row: ActivityRow) => Promise<void>): Promise<number> {
    const every = Number.POSITIVE_INFINITY;
    return forEachRow(this.ports.encounters, scope, q.start, q.end, async (s) => onRow(await scope.rows.row(s)), every);
  }

  /** §11: an evaluation recommended at least once a year (coordinated by the pilots). */
  private async evaluation(scope: ActivityScope): Promise<NonNullable<ActivitySummary["evaluation"]>> {
    const stored = await this.ports.teamConfigs.get(scope.tenantId, scope.teamKey);
    const last = stored?.configuration.annualEvaluationDate ?? null;
    return {
      lastEvaluationDate: last,
      ...evaluationStatus(last, localDate(this.ports.now().toISOString())),
      source: "003 §11",
    };
  }
}
