/**
 * Teams table: the Teams teams where Balises is installed, their staff rosters, and the index member → teams.
 *
 *   PK = tenant|team|<groupId>      RK = team                 the team: thread id, name, service URL, install, last roster sync
 *   PK = tenant|team|<groupId>      RK = member|<oid>         one staff member of its roster (object id, display name)
 *   PK = tenant|member|<oid>        RK = team|<groupId>       index: the teams of one person (one partition read)
 *   PK = tenant|member|<oid>        RK = preferred            the team this person picked last (remembered)
 *   PK = tenant|thread|<threadId>   RK = team                 the bot's team thread (19:…@thread.tacv2) → group id
 *   PK = tenant|meeting|<meetingId> RK = team                 a team chosen for a meeting before it started (meeting tab)
 *
 * The roster rows are the truth for "is X a member of team G"; the member index is rewritten with them and
 * read only to list a person's teams, each checked against the team row (a removed team is not returned).
 * Staff only: guests and anonymous users never reach this table (domain/teams.ts staffOf).
 */
import { CARD_READ_TTL_MS, RecentReads } from "./recentReads.js";
import { z } from "zod";
import { optionalColumn } from "./columns.js";
import type { StaffMember } from "../domain/teams.js";
import { compositeKey } from "./keys.js";
import type { Row, TableGateway } from "./tableGateway.js";
import { textOf } from "./columns.js";

export interface TeamRecord {
  groupId: string;
  /** The team's thread (its General channel), as the bot sees it: 19:…@thread.tacv2. */
  threadId: string;
  name: string;
  /** Where the bot reaches this team (roster fetches). */
  serviceUrl: string;
  installedAt: string;
  installedBy?: string;
  removedAt?: string;
  rosterSyncedAt?: string;
  memberCount?: number;
}

export interface StoredTeam {
  team: TeamRecord;
  etag: string;
}

const TEAM_ROW = "team";
const PREFERRED_ROW = "preferred";
const MEMBER_PREFIX = "member|";
const TEAM_PREFIX = "team|";
/** A roster is read whole to compare it with Teams; larger teams are refused by the sync (logged). */
export const MAX_ROSTER = 10_000;

const teamSchema = z.object({
  groupId: z.string(),
  threadId: z.string(),
  name: z.string(),
  serviceUrl: z.string(),
  installedAt: z.string(),
  installedBy: optionalColumn(z.string()),
  removedAt: optionalColumn(z.string()),
  rosterSyncedAt: optionalColumn(z.string()),
  memberCount: optionalColumn(z.number().int()),
});

export function teamPartition(tenantId: string, groupId: string): string {
  return compositeKey(tenantId, "team", groupId);
}

function memberPartition(tenantId: string, oid: string): string {
  return compositeKey(tenantId, "member", oid);
}

export class TeamRepository {
  private readonly recent = new RecentReads<StoredTeam | undefined>(CARD_READ_TTL_MS);

  constructor(private readonly table: TableGateway) {}

  async get(tenantId: string, groupId: string): Promise<StoredTeam | undefined> {
    const row = await this.table.get(teamPartition(tenantId, groupId), TEAM_ROW);
    return row ? { team: teamSchema.parse(row.value), etag: row.etag } : undefined;
  }

  /** For rendering cards (the team's name): a copy read in the last seconds will do (recentReads.ts). */
  getRecent(tenantId: string, groupId: string): Promise<StoredTeam | undefined> {
    return this.recent.get(teamPartition(tenantId, groupId), () => this.get(tenantId, groupId));
  }

  /** An installed team (not removed), or undefined. */
  async installed(tenantId: string, groupId: string): Promise<TeamRecord | undefined> {
    const stored = await this.get(tenantId, groupId);
    return stored && !stored.team.removedAt ? stored.team : undefined;
  }

  /** Records the team as installed (again); keeps its first install's time and installer. */
  async saveInstalled(tenantId: string, team: TeamRecord): Promise<TeamRecord> {
    const current = await this.get(tenantId, team.groupId);
    const merged: TeamRecord = current
      ? {
          ...current.team,
          threadId: team.threadId,
          name: team.name || current.team.name,
          serviceUrl: team.serviceUrl,
          removedAt: undefined,
        }
      : team;
    await this.table.upsert({ partitionKey: teamPartition(tenantId, team.groupId), rowKey: TEAM_ROW, ...merged });
    this.recent.forget(teamPartition(tenantId, team.groupId));
    await this.table.upsert({
      partitionKey: compositeKey(tenantId, "thread", team.threadId),
      rowKey: TEAM_ROW,
      groupId: team.groupId,
    });
    return merged;
  }

  /** Changes some of the team row's columns (name, sync time, removal). */
  async patch(
    tenantId: string,
    groupId: string,
    change: Partial<Pick<TeamRecord, "name" | "removedAt" | "rosterSyncedAt" | "memberCount">>,
  ): Promise<void> {
    const current = await this.get(tenantId, groupId);
    if (!current) return;
    await this.table.upsert({
      partitionKey: teamPartition(tenantId, groupId),
      rowKey: TEAM_ROW,
      ...current.team,
      ...change,
    });
    this.recent.forget(teamPartition(tenantId, groupId));
  }

  /** The group id of a team thread the bot has seen (undefined: ask Teams). */
  async groupOfThread(tenantId: string, threadId: string): Promise<string | undefined> {
    const row = await this.table.get(compositeKey(tenantId, "thread", threadId), TEAM_ROW);
    return typeof row?.value.groupId === "string" ? row.value.groupId : undefined;
  }

  async member(tenantId: string, groupId: string, oid: string): Promise<StaffMember | undefined> {
    const row = await this.table.get(teamPartition(tenantId, groupId), compositeKey("member", oid));
    return row ? { oid, name: textOf(row.value.name) } : undefined;
  }

  /** The team's roster as stored (at most MAX_ROSTER), in object-id order. */
  async members(tenantId: string, groupId: string): Promise<StaffMember[]> {
    const out: StaffMember[] = [];
    for await (const row of this.table.list(teamPartition(tenantId, groupId), { prefix: MEMBER_PREFIX })) {
      out.push({ oid: textOf(row.value.oid), name: textOf(row.value.name) });
      if (out.length >= MAX_ROSTER) break;
    }
    return out;
  }

  /** Adds or renames members: the roster row first, then the member's index row. */
  async putMembers(tenantId: string, groupId: string, members: readonly StaffMember[], at: string): Promise<void> {
    await Promise.all(
      members.map(async (m) => {
        await this.table.upsert({
          partitionKey: teamPartition(tenantId, groupId),
          rowKey: compositeKey("member", m.oid),
          oid: m.oid,
          name: m.name,
          syncedAt: at,
        });
        await this.table.upsert({
          partitionKey: memberPartition(tenantId, m.oid),
          rowKey: compositeKey("team", groupId),
          groupId,
          syncedAt: at,
        });
      }),
    );
  }

  /** Removes members from the roster and the index. */
  async removeMembers(tenantId: string, groupId: string, oids: readonly string[]): Promise<void> {
    await Promise.all(
      oids.map(async (oid) => {
        await this.table.delete(teamPartition(tenantId, groupId), compositeKey("member", oid));
        await this.table.delete(memberPartition(tenantId, oid), compositeKey("team", groupId));
      }),
    );
  }

  /** The installed teams whose roster lists this person (index rows checked against each team's roster). */
  async teamsOf(tenantId: string, oid: string): Promise<TeamRecord[]> {
    const groupIds: string[] = [];
    for await (const row of this.table.list(memberPartition(tenantId, oid), { prefix: TEAM_PREFIX })) {
      if (typeof row.value.groupId === "string") groupIds.push(row.value.groupId);
    }
    const checked = await Promise.all(
      groupIds.map(async (g) => {
        const [team, member] = await Promise.all([this.installed(tenantId, g), this.member(tenantId, g, oid)]);
        return team && member ? team : undefined;
      }),
    );
    return checked
      .filter((t): t is TeamRecord => t !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name, "fr-CA"));
  }

  async preferredTeam(tenantId: string, oid: string): Promise<string | undefined> {
    const row = await this.table.get(memberPartition(tenantId, oid), PREFERRED_ROW);
    return typeof row?.value.groupId === "string" ? row.value.groupId : undefined;
  }

  async setPreferredTeam(tenantId: string, oid: string, groupId: string, at: string): Promise<void> {
    await this.table.upsert({ partitionKey: memberPartition(tenantId, oid), rowKey: PREFERRED_ROW, groupId, at });
  }

  /** A team chosen for a meeting (by its id) before an encounter exists. */
  async meetingTeam(
    tenantId: string,
    meetingId: string,
  ): Promise<{ groupId: string; by: string; at: string } | undefined> {
    const row = await this.table.get(compositeKey(tenantId, "meeting", meetingId), TEAM_ROW);
    const v = row?.value;
    return v && typeof v.groupId === "string" ? { groupId: v.groupId, by: textOf(v.by), at: textOf(v.at) } : undefined;
  }

  async setMeetingTeam(tenantId: string, meetingId: string, groupId: string, by: string, at: string): Promise<void> {
    const row: Row = { partitionKey: compositeKey(tenantId, "meeting", meetingId), rowKey: TEAM_ROW, groupId, by, at };
    await this.table.upsert(row as Row & { partitionKey: string; rowKey: string });
  }
}
