/**
 * A Teams team in tests, two ways:
 * - `installInTeam`: as in a tenant — the connector stand-in knows the team and its roster, and the bot
 *   receives the "bot added to the team" conversationUpdate Teams sends (it then reads the roster);
 * - `seedTeam`: straight into storage through the real repositories, for API tests that only need a team
 *   whose members the service knows.
 */
import { BOT_ID, postActivity } from "./activities.js";
import type { FakeConnector } from "./fakeConnector.js";
import type { TestService } from "./service.js";
import { TENANT, type TeamIds, type TeamsUser } from "./teamsIds.js";

export function teamOnConnector(
  connector: FakeConnector,
  team: TeamIds,
  members: readonly TeamsUser[],
  guests: readonly TeamsUser[] = [],
): void {
  connector.teams.set(team.threadId, {
    aadGroupId: team.groupId,
    name: team.name,
    members: [
      ...members.map((m) => ({ id: m.id, aadObjectId: m.aadObjectId, name: m.name, userRole: "user" })),
      ...guests.map((g) => ({ id: g.id, aadObjectId: g.aadObjectId, name: g.name, userRole: "guest" })),
    ],
  });
}

/** The conversationUpdate Teams sends when a member adds the app to a team (channelData.team with its aadGroupId). */
export function botAddedToTeam(
  team: TeamIds,
  installer: TeamsUser,
  serviceUrl: string,
  options: { withGroupId?: boolean; tenantId?: string } = {},
) {
  const tenantId = options.tenantId ?? TENANT;
  return {
    type: "conversationUpdate",
    id: `f:${Date.now()}`,
    timestamp: new Date().toISOString(),
    channelId: "msteams",
    serviceUrl,
    from: { id: installer.id, aadObjectId: installer.aadObjectId },
    conversation: { isGroup: true, conversationType: "channel", tenantId, id: team.channelId },
    recipient: { id: BOT_ID, name: "Balises" },
    membersAdded: [{ id: BOT_ID }],
    channelData: {
      settings: { selectedChannel: { id: team.channelId } },
      team: {
        id: team.threadId,
        name: team.name,
        ...(options.withGroupId === false ? {} : { aadGroupId: team.groupId }),
      },
      eventType: "teamMemberAdded",
      tenant: { id: tenantId },
    },
  };
}

/** The bot is added to the team by `installer`; resolves once the bot has answered (roster read, first pilot named). */
export async function installInTeam(
  service: TestService,
  connector: FakeConnector,
  team: TeamIds,
  installer: TeamsUser,
  members: readonly TeamsUser[],
  guests: readonly TeamsUser[] = [],
): Promise<void> {
  teamOnConnector(connector, team, members, guests);
  const response = await postActivity(service.url, botAddedToTeam(team, installer, connector.serviceUrl));
  if (response.status !== 200) throw new Error(`bot install answered ${response.status}: ${response.text}`);
}

/** A team whose roster the service knows, written through the real repositories. */
export async function seedTeam(
  service: TestService,
  team: TeamIds,
  members: readonly TeamsUser[],
  tenantId = TENANT,
): Promise<void> {
  const at = new Date().toISOString();
  await service.services.teams.saveInstalled(tenantId, {
    groupId: team.groupId,
    threadId: team.threadId,
    name: team.name,
    serviceUrl: "https://smba.trafficmanager.net/amer/",
    installedAt: at,
  });
  const staff = members.map((m) => ({ oid: m.aadObjectId, name: m.name }));
  await service.services.teams.putMembers(tenantId, team.groupId, staff, at);
  await service.services.people.save(tenantId, staff, at);
}
