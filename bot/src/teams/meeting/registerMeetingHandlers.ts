import type { TeamsActivityHandler } from "botbuilder";
import { handleMeetingStart, type MeetingStartPorts } from "./meetingStart.js";
import { handleMeetingEnd } from "./meetingEnd.js";

/** Meeting start/end events (they need the meeting RSC permissions; every flow also has a manual trigger). */
export function registerMeetingHandlers(bot: TeamsActivityHandler, services: MeetingStartPorts): void {
  bot.onTeamsMeetingStartEvent(async (details, context, next) => {
    await handleMeetingStart(context, details, services);
    await next();
  });
  bot.onTeamsMeetingEndEvent(async (details, context, next) => {
    await handleMeetingEnd(context, details, services);
    await next();
  });
}
