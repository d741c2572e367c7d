/**
 * The team configuration that applies where the bot is: for an encounter, its team (the organiser's, see
 * domain/teams.ts assignTeam); in a channel, the channel's team (its Entra group id); elsewhere, the
 * person's own team when it is one (their only team, or the one they picked). The stored configuration or
 * Balises' defaults, the matrix with its adjustments, and whether the §4 notice applies. If storage fails,
 * Balises' defaults apply and the failure is logged: cards keep working.
 *
 * Read for every card: a copy of the configuration, and of the meeting's encounter, read in the last seconds will do
 * (storage/recentReads.ts).
 *
 * §4 (missingCorridor): shown when the team is known and has no valid in-person referral corridor —
 * configured or not, since a team that never configured Balises has none either. When no team is known
 * (Balises is in none of the person's teams, or they still have to choose) nothing is claimed about a
 * corridor: the regulation's condition 4 is "to confirm" and the team notice says why.
 */
import type { TurnContext } from "botbuilder";
import { hasValidCorridor } from "../../domain/corridor.js";
import type { Encounter } from "../../domain/encounter.js";
import type { Matrix } from "../../domain/matrix.js";
import { applyAdjustments } from "../../domain/matrixAdjustments.js";
import { DEFAULT_TEAM_CONFIGURATION, type TeamConfiguration } from "../../domain/teamConfig.js";
import { assignTeam, type TeamSource } from "../../domain/teams.js";
import type { ActivityTeam } from "../../rosters/teamInstallation.js";
import { activityFrom, activityMeetingId, activityTeam, activityTenantId } from "./conversationScope.js";
import { currentOccurrence } from "../../encounters/currentEncounter.js";
import type { BotPorts } from "./botPorts.js";
import { loggedError } from "../../logger.js";

/** Finds the Entra group id of the activity's team (TeamInstallation.groupIdOf). */
export interface TeamResolver {
  groupIdOf: (team: ActivityTeam) => Promise<string | undefined>;
}

export interface ConversationTeamContext {
  /** The team's Entra group id; undefined when no team applies. */
  teamKey?: string;
  teamName?: string;
  /** How the team was found; "none" or "pending" when there is none yet. */
  source: TeamSource;
  configuration: TeamConfiguration;
  /** The baseline with the team's adjustments applied. */
  matrix: Matrix;
  /** True when the team is known and has no valid in-person referral corridor (§4). */
  missingCorridor: boolean;
  /** True when no team is known: nothing can be said of its corridor. */
  teamUnknown: boolean;
  /** True when the team has a stored configuration (false: Balises' defaults, or storage unreachable). */
  configured: boolean;
}

type Deps = Pick<BotPorts, "teamConfigs" | "teams" | "logger">;

/** The configuration of a known team, or Balises' defaults (no team, nothing stored, storage down). */
export async function teamContextOf(
  services: Deps,
  tenantId: string,
  teamKey: string | undefined,
  source: TeamSource,
): Promise<ConversationTeamContext> {
  let configuration = DEFAULT_TEAM_CONFIGURATION;
  let configured = false;
  let teamName: string | undefined;
  if (teamKey) {
    try {
      const [stored, team] = await Promise.all([
        services.teamConfigs.getRecent(tenantId, teamKey),
        services.teams.getRecent(tenantId, teamKey),
      ]);
      if (stored) {
        configuration = stored.configuration;
        configured = true;
      }
      teamName = team?.team.name || undefined;
    } catch (error) {
      services.logger.warn({ err: loggedError(error) }, "team configuration unavailable: Balises defaults apply");
    }
  }
  return {
    ...(teamKey ? { teamKey } : {}),
    ...(teamName ? { teamName } : {}),
    source: teamKey ? source : source === "pending" ? "pending" : "none",
    configuration,
    matrix: applyAdjustments(configuration.matrix),
    missingCorridor: teamKey !== undefined && !hasValidCorridor(configuration),
    teamUnknown: teamKey === undefined,
    configured,
  };
}

export function teamContextForEncounter(services: Deps, encounter: Encounter): Promise<ConversationTeamContext> {
  return teamContextOf(
    services,
    encounter.tenantId,
    encounter.teamKey,
    encounter.teamSource ?? (encounter.teamKey ? "chosen" : "none"),
  );
}

/** The side panel shows the encounter's team as the cards do (its configuration, or Balises' defaults). */
export async function encounterTeamFacts(services: Deps, encounter: Encounter) {
  const team = await teamContextForEncounter(services, encounter);
  const { teamKey, teamName, missingCorridor, teamUnknown } = team;
  const { callbackDelayMinutes, crisisResources, defaultRegionCode } = team.configuration.contingency;
  return {
    team: teamKey ? { groupId: teamKey, name: teamName ?? "" } : null,
    ...{ callbackDelayMinutes, crisisResources, defaultRegionCode, missingCorridor, teamUnknown },
  };
}

/** A person's own team outside any channel: their only team, or the one they picked. */
export async function personalTeam(
  services: Pick<BotPorts, "logger" | "now" | "encounters" | "teamConfigs" | "teams">,
  tenantId: string,
  oid: string | undefined,
): Promise<{ teamKey?: string; source: TeamSource }> {
  if (!oid) return { source: "none" };
  const [teams, preferred] = await Promise.all([
    services.teams.teamsOf(tenantId, oid.toLowerCase()),
    services.teams.preferredTeam(tenantId, oid.toLowerCase()),
  ]);
  const assignment = assignTeam({ organizerTeams: teams.map((t) => t.groupId), preferred });
  return assignment.teamKey
    ? { teamKey: assignment.teamKey, source: assignment.source }
    : { source: assignment.source };
}

/** Where no encounter is concerned (the matrix): the channel's team, the meeting's encounter's, or the person's own. */
export async function teamContextForTurn(
  context: TurnContext,
  services: Pick<BotPorts, "logger" | "now" | "encounters" | "teamConfigs" | "teams">,
  resolver: TeamResolver,
): Promise<ConversationTeamContext> {
  const activity = context.activity;
  const tenantId = activityTenantId(activity);
  if (!tenantId) return teamContextOf(services, "", undefined, "none");
  try {
    const team = activityTeam(activity);
    if (team) return await teamContextOf(services, tenantId, await resolver.groupIdOf(team), "channel");
    const meetingId = activityMeetingId(activity);
    const latest = meetingId ? await services.encounters.recentLatestForMeeting(tenantId, meetingId) : undefined;
    const current = currentOccurrence(latest, services.now());
    if (current) return await teamContextForEncounter(services, current.encounter);
    const own = await personalTeam(services, tenantId, activityFrom(activity)?.aadObjectId);
    return await teamContextOf(services, tenantId, own.teamKey, own.source);
  } catch (error) {
    services.logger.warn({ err: loggedError(error) }, "team unavailable: Balises defaults apply");
    return teamContextOf(services, tenantId, undefined, "none");
  }
}
