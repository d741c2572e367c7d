import type { CardAction } from "./cardAction.js";
import { matrixOpenAction } from "./matrixOpenAction.js";
import { matrixRecommendAction } from "./matrixRecommendAction.js";

/** Every Action.Execute verb the bot handles. Add a verb by adding a file and listing it here. */
export const CARD_ACTIONS: CardAction[] = [matrixOpenAction, matrixRecommendAction];

export function findCardAction(verb: string | undefined, actions: CardAction[] = CARD_ACTIONS): CardAction | undefined {
  return actions.find((a) => a.verb === verb);
}
