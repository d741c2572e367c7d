import type { TeamsActivityHandler } from "botbuilder";
import type { BotPorts } from "../turn/botPorts.js";
import { handleMeetingStart } from "./meetingStart.js";
import { handleMeetingEnd } from "./meetingEnd.js";

/** Meeting start/end events (they need the meeting RSC permissions; every flow also has a manual trigger). */
export function registerMeetingHandlers(
  bot: TeamsActivityHandler,
  services: Pick<
    BotPorts,
    | "logger"
    | "now"
    | "devMeetingOrganizer"
    | "encounters"
    | "encounterLifecycle"
    | "conversations"
    | "teamConfigs"
    | "teams"
    | "teamResolver"
  >,
): void {
  bot.onTeamsMeetingStartEvent(async (details, context, next) => {
    await handleMeetingStart(context, details, services);
    await next();
  });
  bot.onTeamsMeetingEndEvent(async (details, context, next) => {
    await handleMeetingEnd(context, details, services);
    await next();
  });
}
