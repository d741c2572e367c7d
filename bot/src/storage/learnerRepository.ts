/**
 * Learners table (issue 4, seed 003 §9).
 *   PK = tenant|<teamKey>                  RK = <learner oid>            one row per learner (ETag on every update)
 *   PK = tenant|supervisor|<supervisorOid> RK = <teamKey>|<learner oid>  index: "my learners" is one partition read
 *   PK = tenant|settings|<teamKey>         RK = supervision              the team's §9.3 observation threshold
 * The learner row is the truth: index rows are written after it and every read through the index is checked
 * against the row, so a stale index row never grants anything; `update` re-writes the index (repair).
 * Columns: oids, a role code, a training site's name, dates, a number. No patient data.
 */
import { z } from "zod";
import { isoInstant as iso } from "./columns.js";
import { EtagConflictError } from "../errors.js";
import { checkTableToken } from "./continuationToken.js";
import {
  DEFAULT_OBSERVATION_THRESHOLD,
  LEARNER_ROLES,
  MAX_DESIGNATIONS,
  MAX_SUPERVISORS,
  type Learner,
} from "../domain/learners.js";
import { compositeKey, escapeKeyPart } from "./keys.js";
import type { Page, Row, TableGateway } from "./tableGateway.js";

export interface StoredLearner {
  learner: Learner;
  etag: string;
}

export interface TeamSupervisionSettings {
  observationThreshold: number;
  etag?: string;
}

export interface LearnerUpdate {
  /** The learner the change was applied to. */
  before: Learner;
  stored: StoredLearner;
  changed: boolean;
}

const MAX_ATTEMPTS = 5;

/** A team's learners are read whole for the activity view; keep the partition small. */
export const MAX_LEARNERS_PER_TEAM = 500;

const oid = z.string().min(1).max(64);
const json = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .transform((t) => JSON.parse(t) as unknown)
    .pipe(schema);

const learnerRowSchema = z.object({
  teamKey: z.string(),
  oid,
  role: z.enum(LEARNER_ROLES),
  supervisors: json(z.array(oid).min(1).max(MAX_SUPERVISORS)),
  trainingSite: z.string().max(200),
  designations: json(
    z
      .array(z.object({ at: iso, by: oid, withdrawnAt: iso.optional(), withdrawnBy: oid.optional() }).strict())
      .max(MAX_DESIGNATIONS),
  ),
  observationThreshold: z
    .number()
    .int()
    .optional()
    .nullable()
    .transform((v) => v ?? undefined),
  registeredAt: iso,
  registeredBy: oid,
});

export class LearnerRepository {
  constructor(private readonly table: TableGateway) {}

  static teamPartition(tenantId: string, teamKey: string): string {
    return compositeKey(tenantId, teamKey);
  }

  static supervisorPartition(tenantId: string, supervisorOid: string): string {
    return compositeKey(tenantId, "supervisor", supervisorOid);
  }

  private toRow(tenantId: string, l: Learner): Row & { partitionKey: string; rowKey: string } {
    return {
      partitionKey: LearnerRepository.teamPartition(tenantId, l.teamKey),
      rowKey: escapeKeyPart(l.oid),
      teamKey: l.teamKey,
      oid: l.oid,
      role: l.role,
      supervisors: JSON.stringify(l.supervisors),
      trainingSite: l.trainingSite,
      designations: JSON.stringify(l.designations),
      observationThreshold: l.observationThreshold,
      registeredAt: l.registeredAt,
      registeredBy: l.registeredBy,
    };
  }

  private fromRow(row: Row): Learner {
    const { observationThreshold, ...rest } = learnerRowSchema.parse(row);
    return { ...rest, ...(observationThreshold !== undefined ? { observationThreshold } : {}) };
  }

  async get(tenantId: string, teamKey: string, learnerOid: string): Promise<StoredLearner | undefined> {
    const row = await this.table.get(LearnerRepository.teamPartition(tenantId, teamKey), escapeKeyPart(learnerOid));
    return row ? { learner: this.fromRow(row.value), etag: row.etag } : undefined;
  }

  /** One page of the team's learners, by oid. */
  async pageTeam(
    tenantId: string,
    teamKey: string,
    pageSize: number,
    continuationToken?: string,
  ): Promise<Page<StoredLearner>> {
    checkTableToken(continuationToken);
    const page = await this.table.page(
      LearnerRepository.teamPartition(tenantId, teamKey),
      {},
      pageSize,
      continuationToken,
    );
    return {
      items: page.items.map((r) => ({ learner: this.fromRow(r.value), etag: r.etag })),
      ...(page.continuationToken ? { continuationToken: page.continuationToken } : {}),
    };
  }

  /** Every learner of the team (bounded by MAX_LEARNERS_PER_TEAM). */
  async listTeam(tenantId: string, teamKey: string): Promise<Learner[]> {
    const out: Learner[] = [];
    for await (const row of this.table.list(LearnerRepository.teamPartition(tenantId, teamKey))) {
      out.push(this.fromRow(row.value));
      if (out.length >= MAX_LEARNERS_PER_TEAM) break;
    }
    return out;
  }

  /** Creates the learner (AlreadyExistsError if registered already), then its supervisor index rows. */
  async create(tenantId: string, learner: Learner): Promise<StoredLearner> {
    const etag = await this.table.create(this.toRow(tenantId, learner));
    await this.syncIndex(tenantId, learner, []);
    return { learner, etag };
  }

  /** Replaces the row only if it still carries `etag` (EtagConflictError otherwise), then syncs the index. */
  async replace(tenantId: string, learner: Learner, before: Learner, etag: string): Promise<StoredLearner> {
    const newEtag = await this.table.replace(this.toRow(tenantId, learner), etag);
    await this.syncIndex(tenantId, learner, before.supervisors);
    return { learner, etag: newEtag };
  }

  /**
   * Applies `change` to the stored learner and writes it with the ETag it was read with. With `ifMatch`, the
   * stored version must be that one (EtagConflictError otherwise; "*" matches any); without, a concurrent
   * write is retried on a fresh read. `change` returns the same object when nothing changes, and may throw.
   * Undefined when the learner does not exist.
   */
  async update(
    tenantId: string,
    teamKey: string,
    learnerOid: string,
    change: (learner: Learner) => Learner,
    ifMatch?: string,
  ): Promise<LearnerUpdate | undefined> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.get(tenantId, teamKey, learnerOid);
      if (!current) return undefined;
      const next = change(current.learner);
      if (ifMatch && ifMatch !== "*" && ifMatch !== current.etag) throw new EtagConflictError();
      if (next === current.learner) return { before: current.learner, stored: current, changed: false };
      try {
        const stored = await this.replace(tenantId, next, current.learner, current.etag);
        return { before: current.learner, stored, changed: true };
      } catch (error) {
        if (!(error instanceof EtagConflictError) || ifMatch || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  async delete(tenantId: string, learner: Learner, etag: string): Promise<void> {
    await this.table.delete(
      LearnerRepository.teamPartition(tenantId, learner.teamKey),
      escapeKeyPart(learner.oid),
      etag,
    );
    await this.syncIndex(tenantId, { ...learner, supervisors: [] }, learner.supervisors);
  }

  private async syncIndex(tenantId: string, learner: Learner, previousSupervisors: readonly string[]): Promise<void> {
    const rowKey = compositeKey(learner.teamKey, learner.oid);
    const removed = previousSupervisors.filter((s) => !learner.supervisors.includes(s));
    await Promise.all([
      ...learner.supervisors.map((s) =>
        this.table.upsert({
          partitionKey: LearnerRepository.supervisorPartition(tenantId, s),
          rowKey,
          teamKey: learner.teamKey,
          learnerOid: learner.oid,
        }),
      ),
      ...removed.map((s) => this.table.delete(LearnerRepository.supervisorPartition(tenantId, s), rowKey)),
    ]);
  }

  /** The learners this supervisor supervises in the team: one index partition range, each checked against its row. */
  async listForSupervisor(tenantId: string, teamKey: string, supervisorOid: string): Promise<StoredLearner[]> {
    const oids: string[] = [];
    const prefix = escapeKeyPart(teamKey) + "|";
    for await (const row of this.table.list(LearnerRepository.supervisorPartition(tenantId, supervisorOid), {
      prefix,
    })) {
      if (typeof row.value.learnerOid === "string") oids.push(row.value.learnerOid);
      if (oids.length >= MAX_LEARNERS_PER_TEAM) break;
    }
    const learners = await Promise.all(oids.map((o) => this.get(tenantId, teamKey, o)));
    return learners.flatMap((s) => (s && s.learner.supervisors.includes(supervisorOid) ? [s] : []));
  }

  async isSupervisorInTeam(tenantId: string, teamKey: string, supervisorOid: string): Promise<boolean> {
    return (await this.listForSupervisor(tenantId, teamKey, supervisorOid)).length > 0;
  }

  /** The role seam's source (auth/roleResolver.ts): supervisor of a learner of the team, or a learner of it. */
  async roleFacts(query: {
    tenantId: string;
    teamKey: string;
    userId: string;
  }): Promise<{ supervisor: boolean; learner: boolean }> {
    const [supervisor, self] = await Promise.all([
      this.isSupervisorInTeam(query.tenantId, query.teamKey, query.userId),
      this.get(query.tenantId, query.teamKey, query.userId),
    ]);
    return { supervisor, learner: self !== undefined };
  }

  static settingsPartition(tenantId: string, teamKey: string): string {
    return compositeKey(tenantId, "settings", teamKey);
  }

  async settings(tenantId: string, teamKey: string): Promise<TeamSupervisionSettings> {
    const row = await this.table.get(LearnerRepository.settingsPartition(tenantId, teamKey), "supervision");
    const threshold = z.number().int().min(1).safeParse(row?.value.observationThreshold);
    return {
      observationThreshold: threshold.success ? threshold.data : DEFAULT_OBSERVATION_THRESHOLD,
      ...(row ? { etag: row.etag } : {}),
    };
  }

  /** Writes the team's threshold: conditional on `etag` when given, create-only when not (AlreadyExistsError if present). */
  async saveSettings(
    tenantId: string,
    teamKey: string,
    observationThreshold: number,
    etag?: string,
  ): Promise<TeamSupervisionSettings> {
    const row = {
      partitionKey: LearnerRepository.settingsPartition(tenantId, teamKey),
      rowKey: "supervision",
      teamKey,
      observationThreshold,
    };
    const newEtag = etag ? await this.table.replace(row, etag) : await this.table.create(row);
    return { observationThreshold, etag: newEtag };
  }
}
