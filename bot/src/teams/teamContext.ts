/**
 * The team configuration that applies to a conversation. Until a team has configured Balises,
 * the MSSS baseline applies. (The configurable-tab work plugs the team's stored configuration in here.)
 */
import type { TurnContext } from "botbuilder";
import { BASELINE_MATRIX, type Matrix } from "../domain/matrix.js";
import type { Services } from "../services.js";

export interface ConversationTeamContext {
  matrix: Matrix;
  /** True when the team has no valid in-person referral corridor (§4). */
  missingCorridor: boolean;
}

export async function matrixForConversation(_context: TurnContext, _services: Services): Promise<ConversationTeamContext> {
  return { matrix: BASELINE_MATRIX, missingCorridor: false };
}
