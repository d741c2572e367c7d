/**
 * Microsoft Teams as the rest of the service sees it, with botbuilder kept inside bot/src/teams/ (the seam a
 * port to the Teams SDK v2 replaces): one CloudAdapter gives the proactive sender the job kinds use, the
 * roster reads, and the /api/messages handler running the bot built from its ports.
 */
import type { Activity } from "botbuilder";
import type { BotAuthConfig } from "../config.js";
import type { SendBudget } from "../jobs/sendBudget.js";
import type { ActivityHandler } from "../http/botRoute.js";
import type { Logger } from "../logger.js";
import type { ProactiveSender } from "../reminders/ports.js";
import type { RosterSource } from "../rosters/ports.js";
import { createAdapter } from "./adapter.js";
import { BalisesBot } from "./balisesBot.js";
import { CloudAdapterSender } from "./proactive/cloudAdapterSender.js";
import type { SharedCardUpdater } from "./proactive/sharedCardRefreshJob.js";
import { CloudAdapterRosterSource } from "./roster/cloudAdapterRosterSource.js";
import { registerTeamEvents, type TeamEventPorts } from "./teamEvents.js";
import type { BotPorts } from "./turn/botPorts.js";

export interface TeamsChannel {
  /** Proactive messages (note cards, reminders, install hints). */
  sender: ProactiveSender;
  /** In-place updates of the cards posted in a meeting chat (the shared-card refresh job). */
  cardUpdater: SharedCardUpdater;
  /** The teams' rosters, read under the per-tenant budget shared with proactive sends. */
  rosterSource: (budget: SendBudget) => RosterSource;
  /** The handler of /api/messages: the bot, its meeting and team events. */
  activityHandler: (ports: BotPorts, teamEvents: TeamEventPorts) => ActivityHandler;
}

export function createTeamsChannel(botAuth: BotAuthConfig | undefined, logger: Logger): TeamsChannel {
  const adapter = createAdapter(botAuth, logger);
  const appId = botAuth?.appId ?? "";
  const sender = new CloudAdapterSender(adapter, appId, logger);
  return {
    sender,
    cardUpdater: sender,
    rosterSource: (budget) => new CloudAdapterRosterSource({ adapter, appId, budget }),
    activityHandler: (ports, teamEvents) => {
      const bot = new BalisesBot(ports);
      registerTeamEvents(bot, teamEvents);
      // The route checked the least the bot relies on (http/botRoute.ts); botbuilder reads the rest as it comes.
      return (activity, authorization) =>
        adapter.answer(activity as unknown as Activity, authorization, (context) => bot.run(context));
    },
  };
}
