import type { BotCommand } from "./botCommand.js";
import { postCardsForCommand, type CommandEncounterPorts } from "../meeting/encounterForCommand.js";

/** Posts the consent card in the meeting chat on demand (003 §1.1, §1.3). */
export const consentCommand: BotCommand = {
  names: { "fr-CA": ["consentement"], en: ["consent"] },
  handle: (context, services: CommandEncounterPorts, locale) =>
    postCardsForCommand(context, services, ["consent"], locale),
};
