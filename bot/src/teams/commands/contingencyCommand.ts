import type { BotCommand } from "./botCommand.js";
import { encounterForCommand } from "../meeting/encounterForCommand.js";
import { postEncounterCards } from "../meeting/encounterCards.js";
import type { BotPorts } from "../turn/botPorts.js";

/** Posts the contingency-plan card in the meeting chat on demand (003 §3). */
export const contingencyCommand: BotCommand = {
  names: ["contingence", "contingency", "plan de contingence", "contingency plan"],
  async handle(
    context,
    services: Pick<
      BotPorts,
      | "logger"
      | "now"
      | "devMeetingOrganizer"
      | "encounters"
      | "encounterLifecycle"
      | "teamConfigs"
      | "teams"
      | "teamResolver"
    >,
    locale,
  ) {
    const found = await encounterForCommand(context, services, locale);
    if (found) await postEncounterCards(context, services, found.encounter, ["contingency"], locale, found.team);
  },
};
