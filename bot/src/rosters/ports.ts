/**
 * What the roster work needs from Teams, implemented with botbuilder in bot/src/teams/roster/. Every call
 * counts against the per-tenant budget shared with proactive sends (Teams: 50 requests/s per app per tenant)
 * and has a deadline.
 */
import type { RosterAccount } from "../domain/teams.js";

/** Where the bot reaches a team: its thread (19:…@thread.tacv2) on a service URL, in a tenant. */
export interface TeamAddress {
  tenantId: string;
  threadId: string;
  serviceUrl: string;
}

export interface TeamDetails {
  groupId?: string;
  name?: string;
}

export interface RosterSource {
  teamDetails: (team: TeamAddress) => Promise<TeamDetails>;
  /** The roster, a page at a time (TeamsInfo.getPagedTeamMembers). */
  rosterPages: (team: TeamAddress) => AsyncIterable<RosterAccount[]>;
  /** One member by Teams user id (29:…), or undefined when Teams does not know them in this team. */
  member: (team: TeamAddress, userId: string) => Promise<RosterAccount | undefined>;
}
