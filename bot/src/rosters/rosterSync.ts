/**
 * Keeps a team's stored roster equal to Teams': a full refresh (after install, then on a schedule) and the
 * changes Teams announces (members added or removed). Staff only (domain/teams.ts staffOf); names also go to
 * the People table so former members keep their name in the history.
 */
import { staffOf, type RosterAccount, type StaffMember } from "../domain/teams.js";
import type { Logger } from "../logger.js";
import type { PeopleRepository } from "../storage/peopleRepository.js";
import { MAX_ROSTER, type TeamRecord, type TeamRepository } from "../storage/teamRepository.js";
import type { RosterSource } from "./ports.js";

export interface RosterSyncDeps {
  teams: TeamRepository;
  people: PeopleRepository;
  source: RosterSource;
  now: () => Date;
  logger: Logger;
}

export type RefreshOutcome =
  { kind: "synced"; members: number; added: number; removed: number } | { kind: "notInstalled" } | { kind: "tooLarge" };

export class RosterSync {
  constructor(private readonly deps: RosterSyncDeps) {}

  /** Reads the whole roster from Teams and makes the stored one equal to it. */
  async refresh(tenantId: string, groupId: string): Promise<RefreshOutcome> {
    const team = await this.deps.teams.installed(tenantId, groupId);
    if (!team) return { kind: "notInstalled" };
    const accounts: RosterAccount[] = [];
    for await (const page of this.deps.source.rosterPages({
      tenantId,
      threadId: team.threadId,
      serviceUrl: team.serviceUrl,
    })) {
      accounts.push(...page);
      if (accounts.length > MAX_ROSTER) {
        this.deps.logger.error({ groupId, max: MAX_ROSTER }, "team roster too large: not synchronised");
        return { kind: "tooLarge" };
      }
    }
    const staff = staffOf(accounts);
    const stored = new Map((await this.deps.teams.members(tenantId, groupId)).map((m) => [m.oid, m.name]));
    const changed = staff.filter((m) => stored.get(m.oid) !== m.name);
    const current = new Set(staff.map((m) => m.oid));
    const gone = [...stored.keys()].filter((oid) => !current.has(oid));
    await this.write(tenantId, team, changed, gone);
    await this.deps.teams.patch(tenantId, groupId, {
      rosterSyncedAt: this.deps.now().toISOString(),
      memberCount: staff.length,
    });
    return { kind: "synced", members: staff.length, added: changed.length, removed: gone.length };
  }

  /** Members Teams announced as added (already looked up: name and role). */
  async add(tenantId: string, groupId: string, accounts: readonly RosterAccount[]): Promise<number> {
    const team = await this.deps.teams.installed(tenantId, groupId);
    if (!team) return 0;
    const staff = staffOf(accounts);
    await this.write(tenantId, team, staff, []);
    return staff.length;
  }

  /** Members Teams announced as removed (by Entra object id). */
  async remove(tenantId: string, groupId: string, oids: readonly string[]): Promise<void> {
    await this.deps.teams.removeMembers(
      tenantId,
      groupId,
      oids.map((o) => o.toLowerCase()),
    );
  }

  private async write(
    tenantId: string,
    team: TeamRecord,
    put: readonly StaffMember[],
    gone: readonly string[],
  ): Promise<void> {
    const at = this.deps.now().toISOString();
    await this.deps.teams.putMembers(tenantId, team.groupId, put, at);
    await this.deps.teams.removeMembers(tenantId, team.groupId, gone);
    await this.deps.people.save(tenantId, put, at);
  }
}
