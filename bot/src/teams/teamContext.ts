/**
 * The team configuration that applies to a conversation. Until a team has configured Balises,
 * the MSSS baseline applies. (The configurable-tab work plugs the team's stored configuration in here.)
 */
import type { TurnContext } from "botbuilder";
import { BASELINE_MATRIX, type Matrix } from "../domain/matrix.js";
import { DEFAULT_TEAM_CONFIGURATION, type TeamConfiguration } from "../domain/teamConfig.js";
import type { Services } from "../services.js";

export interface ConversationTeamContext {
  /** Team key (team group id or chat id) when the conversation belongs to a configured team. */
  teamKey?: string;
  configuration: TeamConfiguration;
  /** The baseline with the team's adjustments applied. */
  matrix: Matrix;
  /** True when the team has no valid in-person referral corridor (§4). */
  missingCorridor: boolean;
}

export async function matrixForConversation(_context: TurnContext, _services: Services): Promise<ConversationTeamContext> {
  return { configuration: DEFAULT_TEAM_CONFIGURATION, matrix: BASELINE_MATRIX, missingCorridor: false };
}
