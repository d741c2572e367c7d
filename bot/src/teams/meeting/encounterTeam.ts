/**
 * Which team a new encounter belongs to (domain/teams.ts assignTeam): the channel's team for a channel
 * meeting; else a team chosen for this meeting beforehand; else the organiser's only team where Balises is
 * installed, or the one they picked last; else the organiser chooses ("pending"), or there is none.
 */
import type { TurnContext } from "botbuilder";
import { assignTeam, type TeamAssignment } from "../../domain/teams.js";
import type { BotPorts } from "../turn/botPorts.js";
import { activityTeam } from "../turn/conversationScope.js";
import { loggedError } from "../../logger.js";

export async function assignEncounterTeam(
  context: TurnContext,
  services: Pick<BotPorts, "logger" | "teams" | "teamResolver">,
  tenantId: string,
  meetingId: string,
  organizerId: string | undefined,
): Promise<TeamAssignment> {
  try {
    const team = activityTeam(context.activity);
    const channelTeam = team ? await services.teamResolver.groupIdOf(team) : undefined;
    if (channelTeam) return assignTeam({ channelTeam, organizerTeams: [] });
    const organizer = organizerId?.toLowerCase();
    const [teams, preferred, meetingChoice] = await Promise.all([
      organizer ? services.teams.teamsOf(tenantId, organizer) : Promise.resolve([]),
      organizer ? services.teams.preferredTeam(tenantId, organizer) : Promise.resolve(undefined),
      services.teams.meetingTeam(tenantId, meetingId),
    ]);
    return assignTeam({
      organizerTeams: teams.map((t) => t.groupId),
      preferred,
      meetingChoice: meetingChoice?.groupId,
    });
  } catch (error) {
    // The encounter still opens (Balises' defaults); the clinician can attach it to a team later.
    services.logger.warn({ err: loggedError(error) }, "encounter team unknown: storage or Teams unavailable");
    return { source: "none" };
  }
}
