import { CardFactory } from "botbuilder";
import { buildHelpCard } from "../../cards/help/helpCard.js";
import type { BotCommand } from "./botCommand.js";

export const helpCommand: BotCommand = {
  names: { "fr-CA": ["aide"], en: ["help"], either: ["?"] },
  async handle(context, _services, locale) {
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(buildHelpCard(locale))] });
  },
};
