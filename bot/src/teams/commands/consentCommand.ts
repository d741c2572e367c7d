import type { BotCommand } from "./botCommand.js";
import { encounterForCommand } from "../meeting/encounterForCommand.js";
import { postEncounterCards } from "../meeting/encounterCards.js";
import type { BotPorts } from "../turn/botPorts.js";

/** Posts the consent card in the meeting chat on demand (003 §1.1, §1.3). */
export const consentCommand: BotCommand = {
  names: ["consentement", "consent"],
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
    if (found) await postEncounterCards(context, services, found.encounter, ["consent"], locale, found.team);
  },
};
