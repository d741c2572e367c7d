/**
 * What Teams tells the bot about a team where Balises is installed: the bot added or removed, members
 * added or removed, the team renamed. Each keeps the stored team and its roster in step (rosters/). The
 * members' names and roles are looked up one by one for a few additions; a larger batch refreshes the roster.
 */
import type { ChannelAccount, TeamsActivityHandler, TurnContext } from "botbuilder";
import { loggedError, type Logger } from "../logger.js";
import type { RosterSource } from "../rosters/ports.js";
import type { RosterSync } from "../rosters/rosterSync.js";
import type { TeamInstallation } from "../rosters/teamInstallation.js";
import type { TeamRepository } from "../storage/teamRepository.js";
import { activityFrom, activityRecipientId, activityTeam } from "./turn/conversationScope.js";

export interface TeamEventPorts {
  installation: TeamInstallation;
  sync: RosterSync;
  source: RosterSource;
  teams: TeamRepository;
  logger: Logger;
}

/** Past this many members added at once, the whole roster is read again rather than each member. */
const LOOKUP_ONE_BY_ONE = 5;

const isBot = (context: TurnContext, member: ChannelAccount) => member.id === activityRecipientId(context.activity);

async function membersAdded(context: TurnContext, ports: TeamEventPorts): Promise<void> {
  const team = activityTeam(context.activity);
  if (!team) return;
  const added = (context.activity.membersAdded ?? []).filter((m) => !isBot(context, m));
  if ((context.activity.membersAdded ?? []).some((m) => isBot(context, m))) {
    await ports.installation.installed(team, activityFrom(context.activity)?.aadObjectId);
    return;
  }
  const groupId = await ports.installation.groupIdOf(team);
  if (!groupId || added.length === 0) return;
  if (added.length > LOOKUP_ONE_BY_ONE) {
    await ports.sync.refresh(team.tenantId, groupId);
    return;
  }
  const accounts = await Promise.all(added.map((m) => ports.source.member(team, m.id)));
  await ports.sync.add(
    team.tenantId,
    groupId,
    accounts.flatMap((a) => (a ? [a] : [])),
  );
}

async function membersRemoved(context: TurnContext, ports: TeamEventPorts): Promise<void> {
  const team = activityTeam(context.activity);
  if (!team) return;
  const removed = context.activity.membersRemoved ?? [];
  if (removed.some((m) => isBot(context, m))) {
    await ports.installation.removed(team);
    return;
  }
  const groupId = await ports.installation.groupIdOf(team);
  if (!groupId) return;
  const oids = removed.flatMap((m) => (m.aadObjectId ? [m.aadObjectId] : []));
  if (oids.length === removed.length) await ports.sync.remove(team.tenantId, groupId, oids);
  else await ports.sync.refresh(team.tenantId, groupId);
}

/** A roster change must never cost the turn: failures are logged, the scheduled refresh repairs. */
function guarded(ports: TeamEventPorts, what: string, run: (context: TurnContext) => Promise<void>) {
  return async (context: TurnContext, next: () => Promise<void>) => {
    try {
      await run(context);
    } catch (error) {
      ports.logger.warn({ err: loggedError(error), event: what }, "team event not applied");
    }
    await next();
  };
}

export function registerTeamEvents(bot: TeamsActivityHandler, ports: TeamEventPorts): void {
  bot.onMembersAdded(guarded(ports, "membersAdded", (context) => membersAdded(context, ports)));
  bot.onMembersRemoved(guarded(ports, "membersRemoved", (context) => membersRemoved(context, ports)));
  bot.onInstallationUpdateAdd(
    guarded(ports, "installationUpdate.add", async (context) => {
      const team = activityTeam(context.activity);
      if (team) await ports.installation.installed(team, activityFrom(context.activity)?.aadObjectId);
    }),
  );
  bot.onInstallationUpdateRemove(
    guarded(ports, "installationUpdate.remove", async (context) => {
      const team = activityTeam(context.activity);
      if (team) await ports.installation.removed(team);
    }),
  );
  bot.onTeamsTeamRenamedEvent(async (teamInfo, context, next) => {
    const team = activityTeam(context.activity);
    const groupId = team ? await ports.installation.groupIdOf(team).catch(() => undefined) : undefined;
    if (team && groupId && teamInfo.name)
      await ports.teams.patch(team.tenantId, groupId, { name: teamInfo.name }).catch(() => undefined);
    await next();
  });
}
