/**
 * Team configurations (table TeamConfig): one row per team, partition = tenant id, row = escaped team key
 * (the Teams team's group id, or the chat id for group and meeting chats). JSON columns are checked by
 * the zod schema on write (every rule) and on read (shape and limits). Every update is ETag-conditional:
 * a stale ETag is an EtagConflictError, never a lost update.
 */
import { CARD_READ_TTL_MS, RecentReads } from "./recentReads.js";
import { BalisesError, ValidationError } from "../errors.js";
import type { TeamConfiguration } from "../domain/teamConfig.js";
import { parseStoredTeamConfiguration, pilotsSchema, validateTeamConfiguration } from "../domain/teamConfigSchema.js";
import { fieldIssues } from "../domain/zodIssues.js";
import { escapeKeyPart } from "./keys.js";
import { MAX_ENTITY_CHARS, readJsonColumn, rowChars, writeJsonColumn } from "./jsonColumns.js";
import type { Row, TableGateway } from "./tableGateway.js";
import { textOf } from "./columns.js";

export interface StoredTeamConfig {
  teamKey: string;
  configuration: TeamConfiguration;
  pilots: string[];
  /** +1 on every write. */
  version: number;
  updatedAt: string;
  updatedBy: string;
  etag: string;
}

export interface TeamConfigWrite {
  configuration: TeamConfiguration;
  pilots: string[];
  at: string;
  by: string;
}

/** A stored row that no longer fits the schema: a server-side problem, not the caller's. */
export class StoredConfigurationInvalidError extends BalisesError {
  constructor(details: unknown) {
    super(
      "config_invalid",
      {
        "fr-CA": "La configuration enregistrée de cette équipe est illisible. Avisez votre pilote technologique.",
        en: "This team's stored configuration cannot be read. Tell your technology pilot.",
      },
      details,
    );
  }
}

const JSON_COLUMNS = ["matrix", "corridors", "contingency", "interpreters", "reminderPolicy", "pilots"] as const;

const TOO_LARGE = {
  "fr-CA":
    "La configuration est trop volumineuse pour être enregistrée : raccourcissez des textes ou retirez des éléments.",
  en: "The configuration is too large to store: shorten some texts or remove items.",
};

export class TeamConfigRepository {
  private readonly recent = new RecentReads<StoredTeamConfig | undefined>(CARD_READ_TTL_MS);

  constructor(private readonly table: TableGateway) {}

  async get(tenantId: string, teamKey: string): Promise<StoredTeamConfig | undefined> {
    const row = await this.table.get(tenantId, escapeKeyPart(teamKey));
    return row ? this.fromRow(teamKey, row.value, row.etag) : undefined;
  }

  /** For rendering cards: a copy read in the last seconds will do (recentReads.ts). */
  getRecent(tenantId: string, teamKey: string): Promise<StoredTeamConfig | undefined> {
    return this.recent.get(`${tenantId}|${teamKey}`, () => this.get(tenantId, teamKey));
  }

  /** Creates the row; AlreadyExistsError when the team already has one (never overwrites). */
  async create(tenantId: string, teamKey: string, write: TeamConfigWrite): Promise<StoredTeamConfig> {
    const row = this.toRow(tenantId, teamKey, write, 1);
    this.recent.forget(`${tenantId}|${teamKey}`);
    const etag = await this.table.create(row);
    this.recent.forget(`${tenantId}|${teamKey}`);
    return this.fromRow(teamKey, row, etag);
  }

  /** Replaces the row only if it still carries `etag`; EtagConflictError otherwise. */
  async replace(
    tenantId: string,
    teamKey: string,
    write: TeamConfigWrite,
    etag: string,
    previousVersion: number,
  ): Promise<StoredTeamConfig> {
    const row = this.toRow(tenantId, teamKey, write, previousVersion + 1);
    this.recent.forget(`${tenantId}|${teamKey}`);
    const newEtag = await this.table.replace(row, etag);
    this.recent.forget(`${tenantId}|${teamKey}`);
    return this.fromRow(teamKey, row, newEtag);
  }

  private toRow(
    tenantId: string,
    teamKey: string,
    write: TeamConfigWrite,
    version: number,
  ): Row & { partitionKey: string; rowKey: string } {
    const checked = validateTeamConfiguration(write.configuration);
    if (!checked.ok) throw new ValidationError(checked.issues);
    const pilots = pilotsSchema.safeParse(write.pilots);
    if (!pilots.success) throw new ValidationError(fieldIssues(pilots.error, ["pilots"]));
    const c = checked.value;
    const row: Row & { partitionKey: string; rowKey: string } = {
      partitionKey: tenantId,
      rowKey: escapeKeyPart(teamKey),
      teamKey,
      checklistProfile: c.checklistProfile,
      annualEvaluationDate: c.annualEvaluationDate ?? "",
      version,
      updatedAt: write.at,
      updatedBy: write.by,
    };
    writeJsonColumn(row, "matrix", c.matrix);
    writeJsonColumn(row, "corridors", c.corridors);
    writeJsonColumn(row, "contingency", c.contingency);
    writeJsonColumn(row, "interpreters", c.interpreters);
    writeJsonColumn(row, "reminderPolicy", c.reminderPolicy);
    writeJsonColumn(row, "pilots", pilots.data);
    if (rowChars(row) > MAX_ENTITY_CHARS) throw new ValidationError([{ path: "", message: TOO_LARGE }], TOO_LARGE);
    return row;
  }

  private fromRow(teamKey: string, row: Row, etag: string): StoredTeamConfig {
    let columns: Record<string, unknown>;
    try {
      columns = Object.fromEntries(JSON_COLUMNS.map((name) => [name, readJsonColumn(row, name)]));
    } catch (error) {
      throw new StoredConfigurationInvalidError((error as Error).message);
    }
    const parsed = parseStoredTeamConfiguration({
      matrix: columns.matrix,
      corridors: columns.corridors,
      contingency: columns.contingency,
      interpreters: columns.interpreters,
      checklistProfile: row.checklistProfile,
      reminderPolicy: columns.reminderPolicy,
      annualEvaluationDate:
        typeof row.annualEvaluationDate === "string" && row.annualEvaluationDate !== ""
          ? row.annualEvaluationDate
          : null,
    });
    const pilots = pilotsSchema.safeParse(columns.pilots);
    if (!parsed.ok || !pilots.success)
      throw new StoredConfigurationInvalidError(parsed.ok ? "pilots" : parsed.issues.map((i) => i.path));
    return {
      teamKey,
      configuration: parsed.value,
      pilots: pilots.data,
      version: typeof row.version === "number" ? row.version : 0,
      updatedAt: textOf(row.updatedAt),
      updatedBy: textOf(row.updatedBy),
      etag,
    };
  }
}
