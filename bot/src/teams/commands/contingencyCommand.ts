import type { BotCommand } from "./botCommand.js";
import { postCardsForCommand, type CommandEncounterPorts } from "../meeting/encounterForCommand.js";

/** Posts the contingency-plan card in the meeting chat on demand (003 §3). */
export const contingencyCommand: BotCommand = {
  names: { "fr-CA": ["contingence", "plan de contingence"], en: ["contingency", "contingency plan"] },
  handle: (context, services: CommandEncounterPorts, locale) =>
    postCardsForCommand(context, services, ["contingency"], locale),
};
