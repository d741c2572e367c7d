/**
 * The bot as the HTTP layer sees it: a request handler, plus the proactive scheduler that shares its
 * adapter. Keeps botbuilder inside bot/src/teams/ (the seam a port to the Teams SDK v2 replaces).
 */
import type { Request, Response } from "express";
import type { Services } from "../services.js";
import type { SchedulerOptions } from "../reminders/scheduler.js";
import { createAdapter } from "./adapter.js";
import { BalisesBot } from "./balisesBot.js";
import { createReminderScheduler } from "./proactive/createReminderScheduler.js";

export function createBotEndpoint(services: Services, schedulerOverrides?: Partial<SchedulerOptions>) {
  const adapter = createAdapter(services.config.botAuth, services.logger);
  const bot = new BalisesBot(services);
  return {
    handle: (req: Request, res: Response) => adapter.process(req, res, (context) => bot.run(context)),
    scheduler: createReminderScheduler(services, adapter, schedulerOverrides),
  };
}
