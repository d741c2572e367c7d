/**
 * The Teams activity handler: it routes, the commands and card actions do the work, the domain decides.
 */
import {
  CardFactory,
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
} from "botbuilder";
import { BalisesError } from "../errors.js";
import { buildWelcomeCard } from "../cards/welcome/welcomeCard.js";
import { turnLocale } from "./turn/turnLocale.js";
import { normalizeCommand } from "./turn/commandText.js";
import { findCommand } from "./commands/index.js";
import { findCardAction } from "./actions/index.js";
import { errorResponse } from "./actions/invokeResponses.js";
import { errorText } from "./turn/errorText.js";
import { rememberConversation } from "./turn/rememberConversation.js";
import { registerMeetingHandlers } from "./meeting/registerMeetingHandlers.js";
import type { BotPorts } from "./turn/botPorts.js";
import { activityConversation, activityRecipientId } from "./turn/conversationScope.js";

const NOT_UNDERSTOOD = {
  "fr-CA": "Je n'ai pas compris. Écrivez « aide » pour voir ce que Balises peut faire.",
  en: 'I did not understand. Type "help" to see what Balises can do.',
};
const UNKNOWN_ACTION = { "fr-CA": "Action de carte inconnue.", en: "Unknown card action." };
const INVALID_ACTION_DATA = { "fr-CA": "Les données de la carte sont invalides : ", en: "The card data is invalid: " };

export class BalisesBot extends TeamsActivityHandler {
  constructor(private readonly services: BotPorts) {
    super();

    this.onMembersAdded(async (context, next) => {
      const botId = activityRecipientId(context.activity);
      if (context.activity.membersAdded?.some((m) => m.id === botId)) {
        await rememberConversation(context, this.services);
        await context.sendActivity({
          attachments: [CardFactory.adaptiveCard(buildWelcomeCard(turnLocale(context.activity)))],
        });
      }
      await next();
    });

    registerMeetingHandlers(this, this.services);

    this.onInstallationUpdateAdd(async (context, next) => {
      await rememberConversation(context, this.services);
      await next();
    });

    this.onMessage(async (context, next) => {
      const locale = turnLocale(context.activity);
      if (activityConversation(context.activity)?.conversationType === "personal")
        await rememberConversation(context, this.services);
      const command = findCommand(normalizeCommand(context.activity.text));
      if (command) await command.handle(context, this.services, locale);
      else if (context.activity.text) await context.sendActivity(NOT_UNDERSTOOD[locale]);
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const locale = turnLocale(context.activity);
    // Teams sends `action`; a malformed invoke may not: it gets a clear refusal, not a crash.
    const value: { action?: Partial<AdaptiveCardInvokeValue["action"]> } = invokeValue;
    const action = findCardAction(value.action?.verb);
    if (!action) return errorResponse("unknown_action", UNKNOWN_ACTION[locale]);
    const parsed = action.schema.safeParse(value.action?.data ?? {});
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => i.path.join(".") || "data").join(", ");
      return errorResponse("invalid_data", INVALID_ACTION_DATA[locale] + fields);
    }
    try {
      return await action.handle(context, parsed.data, this.services, locale);
    } catch (error) {
      if (error instanceof BalisesError) {
        return errorResponse(error.code, errorText(error, locale));
      }
      this.services.logger.error(
        { err: { name: (error as Error).name, message: (error as Error).message }, verb: action.verb },
        "card action failed",
      );
      return errorResponse("internal_error", errorText(error, locale));
    }
  }
}
