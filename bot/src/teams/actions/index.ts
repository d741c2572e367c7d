import type { CardAction } from "./cardAction.js";
import { matrixOpenAction } from "./matrixOpenAction.js";
import { matrixRecommendAction } from "./matrixRecommendAction.js";
import { consentRecordAction } from "./consentRecordAction.js";
import { consentWithdrawAction } from "./consentWithdrawAction.js";
import { contingencyAgreedWithNumberAction, contingencyRecordAction } from "./contingencyRecordAction.js";
import { contingencyConnectionLostAction } from "./contingencyConnectionLostAction.js";
import { contingencySwitchToPhoneAction } from "./contingencySwitchToPhoneAction.js";
import { contingencyLocationAction } from "./contingencyLocationAction.js";
import { contingencyCrisisAction } from "./contingencyCrisisAction.js";
import { contingencyCrisisResourcesAction } from "./contingencyCrisisResourcesAction.js";
import {
  consentOpenAction,
  consentRefreshAction,
  contingencyOpenAction,
  contingencyRefreshAction,
} from "./encounterViewActions.js";
import { noteFiledAction } from "./noteFiledAction.js";
import { noteRemindLaterAction } from "./noteRemindLaterAction.js";
import { teamOpenAction } from "./teamOpenAction.js";
import { teamSetAction } from "./teamSetAction.js";

/** Every Action.Execute verb the bot handles. Add a verb by defining it in this folder and listing it here. */
export const CARD_ACTIONS: CardAction[] = [
  matrixOpenAction,
  matrixRecommendAction,
  consentRecordAction,
  consentWithdrawAction,
  consentRefreshAction,
  consentOpenAction,
  contingencyRecordAction,
  contingencyAgreedWithNumberAction,
  contingencyConnectionLostAction,
  contingencySwitchToPhoneAction,
  contingencyLocationAction,
  contingencyCrisisAction,
  contingencyCrisisResourcesAction,
  contingencyRefreshAction,
  contingencyOpenAction,
  noteFiledAction,
  noteRemindLaterAction,
  teamOpenAction,
  teamSetAction,
];

export function findCardAction(verb: string | undefined, actions: CardAction[] = CARD_ACTIONS): CardAction | undefined {
  return actions.find((a) => a.verb === verb);
}
