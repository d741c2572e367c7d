/**
 * Changes to a team's configuration, as the API performs them: only pilots change anything, every
 * write is ETag-conditional (no lost update), and every change leaves one audit entry with its diff.
 */
import { EtagConflictError, AlreadyExistsError, ForbiddenError, NotFoundError, ValidationError } from "../errors.js";
import type { Identity } from "../auth/tokenValidator.js";
import { diffValues } from "../domain/configDiff.js";
import {
  LAST_PILOT,
  NOT_A_PILOT,
  TOO_MANY_PILOTS,
  addPilot,
  isPilot,
  removePilot,
  type PilotChange,
} from "../domain/roles.js";
import { DEFAULT_TEAM_CONFIGURATION, type TeamConfiguration } from "../domain/teamConfig.js";
import { evaluationDateIssues, validateTeamConfiguration } from "../domain/teamConfigSchema.js";
import { todayInQuebec } from "../domain/clock.js";
import { loggedError, type Logger } from "../logger.js";
import type { AuditEntry } from "../storage/auditRepository.js";
import type { StoredTeamConfig, TeamConfigRepository } from "../storage/teamConfigRepository.js";
import type { AuditLog } from "./auditTrail.js";
import { configView, type ConfigView } from "./configView.js";
import type { Precondition } from "./preconditions.js";

const TEAM_CONFIGURATION = {
  "fr-CA": "configuration de l'équipe (installez Balises dans l'équipe d'abord)",
  en: "team configuration (install Balises in the team first)",
};

/** Where team configurations are stored (TeamConfigRepository): read, create, replace. */
export type TeamConfigStore = Pick<TeamConfigRepository, "get" | "create" | "replace">;

export class TeamConfigService {
  constructor(
    private readonly repo: TeamConfigStore,
    private readonly audit: AuditLog,
    private readonly now: () => Date,
    private readonly logger: Pick<Logger, "error">,
  ) {}

  async view(tenantId: string, teamKey: string): Promise<ConfigView> {
    return configView(teamKey, await this.repo.get(tenantId, teamKey));
  }

  /** Creates Balises' defaults with the caller as first pilot; never overwrites. */
  async install(who: Identity, teamKey: string): Promise<{ created: boolean; view: ConfigView }> {
    const existing = await this.repo.get(who.tenantId, teamKey);
    if (existing) return { created: false, view: configView(teamKey, existing) };
    try {
      const stored = await this.repo.create(
        who.tenantId,
        teamKey,
        this.write(DEFAULT_TEAM_CONFIGURATION, [who.userId], who),
      );
      await this.record(who, teamKey, "config.install", [{ path: "pilots", before: [], after: stored.pilots }]);
      return { created: true, view: configView(teamKey, stored) };
    } catch (error) {
      if (!(error instanceof AlreadyExistsError)) throw error;
      return { created: false, view: await this.view(who.tenantId, teamKey) };
    }
  }

  async update(who: Identity, teamKey: string, input: unknown, precondition: Precondition): Promise<ConfigView> {
    const current = await this.repo.get(who.tenantId, teamKey);
    if ("ifNoneMatchAny" in precondition) return this.createWith(who, teamKey, input, current);
    if (!current) throw new EtagConflictError();
    if (!isPilot(current.pilots, who.userId)) throw new ForbiddenError(NOT_A_PILOT);
    const configuration = this.validated(input, current.configuration);
    const etag = precondition.ifMatch === "*" ? current.etag : precondition.ifMatch;
    const changes = diffValues(current.configuration, configuration);
    if (changes.length === 0) {
      if (etag !== current.etag) throw new EtagConflictError();
      return configView(teamKey, current);
    }
    const stored = await this.repo.replace(
      who.tenantId,
      teamKey,
      this.write(configuration, current.pilots, who),
      etag,
      current.version,
    );
    await this.record(who, teamKey, "config.update", changes);
    return configView(teamKey, stored);
  }

  async addPilot(who: Identity, teamKey: string, userId: string, ifMatch?: string): Promise<ConfigView> {
    return this.changePilots(who, teamKey, ifMatch, "pilot.add", (pilots) => addPilot(pilots, userId));
  }

  async removePilot(who: Identity, teamKey: string, userId: string, ifMatch?: string): Promise<ConfigView> {
    return this.changePilots(who, teamKey, ifMatch, "pilot.remove", (pilots) => removePilot(pilots, userId));
  }

  private async changePilots(
    who: Identity,
    teamKey: string,
    ifMatch: string | undefined,
    action: string,
    change: (pilots: string[]) => PilotChange,
  ): Promise<ConfigView> {
    const current = await this.repo.get(who.tenantId, teamKey);
    if (!current) throw new NotFoundError(TEAM_CONFIGURATION);
    if (!isPilot(current.pilots, who.userId)) throw new ForbiddenError(NOT_A_PILOT);
    const result = change(current.pilots);
    if (!result.ok) {
      const message = result.reason === "lastPilot" ? LAST_PILOT : TOO_MANY_PILOTS;
      throw new ValidationError([{ path: "pilots", message }], message);
    }
    if (!result.changed) {
      if (ifMatch !== undefined && ifMatch !== "*" && ifMatch !== current.etag) throw new EtagConflictError();
      return configView(teamKey, current);
    }
    const etag = ifMatch === undefined || ifMatch === "*" ? current.etag : ifMatch;
    const stored = await this.repo.replace(
      who.tenantId,
      teamKey,
      this.write(current.configuration, result.pilots, who),
      etag,
      current.version,
    );
    await this.record(who, teamKey, action, [{ path: "pilots", before: current.pilots, after: result.pilots }]);
    return configView(teamKey, stored);
  }

  private async createWith(
    who: Identity,
    teamKey: string,
    input: unknown,
    current: StoredTeamConfig | undefined,
  ): Promise<ConfigView> {
    if (current) throw new EtagConflictError();
    const configuration = this.validated(input);
    try {
      const stored = await this.repo.create(who.tenantId, teamKey, this.write(configuration, [who.userId], who));
      const changes = [
        ...diffValues(DEFAULT_TEAM_CONFIGURATION, configuration),
        { path: "pilots", before: [], after: stored.pilots },
      ];
      await this.record(who, teamKey, "config.install", changes);
      return configView(teamKey, stored);
    } catch (error) {
      throw error instanceof AlreadyExistsError ? new EtagConflictError() : error;
    }
  }

  /** The pilot's configuration, checked against the schema, then against today and what `current` already holds. */
  private validated(input: unknown, current?: TeamConfiguration): TeamConfiguration {
    const result = validateTeamConfiguration(input);
    if (!result.ok) throw new ValidationError(result.issues);
    const issues = evaluationDateIssues(result.value, todayInQuebec(this.now()), current);
    if (issues.length > 0) throw new ValidationError(issues);
    return result.value;
  }

  private write(configuration: TeamConfiguration, pilots: string[], who: Identity) {
    return { configuration, pilots, at: this.now().toISOString(), by: who.userId };
  }

  /** The change is already stored: a failed audit write is retried once, then logged loudly. */
  private async record(who: Identity, teamKey: string, action: string, changes: AuditEntry["changes"]): Promise<void> {
    const entry: AuditEntry = { at: this.now().toISOString(), by: who.userId, action, changes };
    try {
      await this.audit.append(who.tenantId, teamKey, entry);
    } catch {
      try {
        await this.audit.append(who.tenantId, teamKey, entry);
      } catch (error) {
        this.logger.error(
          { action, err: loggedError(error) },
          "AUDIT ENTRY NOT WRITTEN after a stored configuration change",
        );
      }
    }
  }
}
