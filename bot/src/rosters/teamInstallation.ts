/**
 * A team where Balises is installed, as the bot learns it: its Entra group id (from the activity's
 * `channelData.team.aadGroupId`, else remembered from an earlier activity, else asked of Teams), its roster,
 * and its first pilot — the member who added Balises, when the roster confirms they are staff of the team.
 */
import { normalizeGroupId } from "../domain/teams.js";
import { loggedError, type Logger } from "../logger.js";
import type { TeamRecord, TeamRepository } from "../storage/teamRepository.js";
import type { RosterSource, TeamAddress } from "./ports.js";
import type { RosterSync } from "./rosterSync.js";

/** A team as an activity shows it. */
export interface ActivityTeam extends TeamAddress {
  aadGroupId?: string;
  name?: string;
}

export interface TeamInstallationDeps {
  teams: TeamRepository;
  source: RosterSource;
  sync: RosterSync;
  now: () => Date;
  logger: Logger;
  /** Makes this member the team's first pilot if the team has no configuration yet (never overwrites). */
  claimFirstPilot: (tenantId: string, groupId: string, oid: string) => Promise<void>;
  /** Queues the next scheduled roster refresh of the team. */
  scheduleRefresh: (tenantId: string, groupId: string) => Promise<void>;
}

const RECENT_SYNC_MS = 60_000;

export class TeamInstallation {
  constructor(private readonly deps: TeamInstallationDeps) {}

  /** The group id of the activity's team; a team Balises did not know yet is registered on the way. */
  async groupIdOf(team: ActivityTeam): Promise<string | undefined> {
    const known =
      normalizeGroupId(team.aadGroupId) ?? (await this.deps.teams.groupOfThread(team.tenantId, team.threadId));
    if (known && (await this.deps.teams.installed(team.tenantId, known))) return known;
    return (await this.installed(team))?.groupId;
  }

  /** Balises was added to the team (or seen in it for the first time): record it, learn its roster, name its first pilot. */
  async installed(team: ActivityTeam, installedBy?: string): Promise<TeamRecord | undefined> {
    const details =
      normalizeGroupId(team.aadGroupId) && team.name
        ? {}
        : await this.deps.source.teamDetails(team).catch((error: unknown) => {
            this.deps.logger.warn({ err: loggedError(error) }, "team details unavailable");
            return {};
          });
    const groupId = normalizeGroupId(team.aadGroupId) ?? normalizeGroupId(details.groupId);
    if (!groupId) {
      this.deps.logger.warn({ threadId: team.threadId }, "team without a group id: not recorded");
      return undefined;
    }
    const before = await this.deps.teams.installed(team.tenantId, groupId);
    const record = await this.deps.teams.saveInstalled(team.tenantId, {
      groupId,
      threadId: team.threadId,
      name: team.name || details.name || "",
      serviceUrl: team.serviceUrl,
      installedAt: this.deps.now().toISOString(),
      ...(installedBy ? { installedBy: installedBy.toLowerCase() } : {}),
    });
    try {
      // Teams announces one install twice (conversationUpdate and installationUpdate): one roster read is enough.
      if (!this.syncedRecently(before)) await this.deps.sync.refresh(team.tenantId, groupId);
    } catch (error) {
      // The scheduled refresh tries again; meanwhile membership checks see no roster and refuse.
      this.deps.logger.warn({ groupId, err: loggedError(error) }, "roster not synchronised at install");
    }
    await this.deps.scheduleRefresh(team.tenantId, groupId);
    const installer = installedBy?.toLowerCase();
    if (installer && (await this.deps.teams.member(team.tenantId, groupId, installer)))
      await this.deps.claimFirstPilot(team.tenantId, groupId, installer);
    return record;
  }

  private syncedRecently(team: TeamRecord | undefined): boolean {
    const at = team?.rosterSyncedAt ? Date.parse(team.rosterSyncedAt) : NaN;
    return this.deps.now().getTime() - at < RECENT_SYNC_MS;
  }

  /** Balises was removed from the team: the team no longer takes encounters and its roster is forgotten. */
  async removed(team: ActivityTeam): Promise<void> {
    const groupId =
      normalizeGroupId(team.aadGroupId) ?? (await this.deps.teams.groupOfThread(team.tenantId, team.threadId));
    if (!groupId) return;
    const members = await this.deps.teams.members(team.tenantId, groupId);
    await this.deps.teams.removeMembers(
      team.tenantId,
      groupId,
      members.map((m) => m.oid),
    );
    await this.deps.teams.patch(team.tenantId, groupId, { removedAt: this.deps.now().toISOString(), memberCount: 0 });
  }

  /** The scheduled refresh: false when the team is gone (the schedule then stops). */
  async refreshScheduled(tenantId: string, groupId: string): Promise<boolean> {
    const outcome = await this.deps.sync.refresh(tenantId, groupId);
    if (outcome.kind === "notInstalled") return false;
    await this.deps.scheduleRefresh(tenantId, groupId);
    return true;
  }
}
