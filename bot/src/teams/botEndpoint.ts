/**
 * The bot as the HTTP layer sees it: a request handler, plus the proactive scheduler that shares its
 * adapter. Keeps botbuilder inside bot/src/teams/ (the seam a port to the Teams SDK v2 replaces).
 * The roster work (rosters/) reaches Teams through this adapter too, under the scheduler's rate limiter.
 */
import type { Request, Response } from "express";
import { Duration } from "luxon";
import type { Services } from "../services.js";
import type { SchedulerOptions } from "../jobs/jobScheduler.js";
import { scheduleRosterRefresh } from "../rosters/rosterRefreshJob.js";
import { RosterSync } from "../rosters/rosterSync.js";
import { TeamInstallation } from "../rosters/teamInstallation.js";
import { createAdapter } from "./adapter.js";
import { BalisesBot } from "./balisesBot.js";
import { createReminderScheduler } from "./proactive/createReminderScheduler.js";
import { CloudAdapterRosterSource } from "./roster/cloudAdapterRosterSource.js";
import { registerTeamEvents } from "./teamEvents.js";

function createTeamInstallation(
  services: Services,
  sync: RosterSync,
  source: CloudAdapterRosterSource,
): TeamInstallation {
  const intervalMs = Duration.fromISO(services.config.rosterRefreshInterval).toMillis();
  return new TeamInstallation({
    teams: services.teams,
    source,
    sync,
    now: services.now,
    logger: services.logger,
    claimFirstPilot: async (tenantId, groupId, oid) => {
      const { created } = await services.teamConfig.install({ tenantId, userId: oid, name: "" }, groupId);
      if (created) services.logger.info({ groupId }, "first pilot named: the member who added Balises to the team");
    },
    scheduleRefresh: scheduleRosterRefresh(services.jobs.queue, intervalMs, services.now),
  });
}

export function createBotEndpoint(services: Services, schedulerOverrides?: Partial<SchedulerOptions>) {
  const adapter = createAdapter(services.config.botAuth, services.logger);
  let installation: TeamInstallation | undefined;
  const scheduler = createReminderScheduler(services, adapter, schedulerOverrides, {
    refreshScheduled: async (tenantId, groupId) =>
      installation ? installation.refreshScheduled(tenantId, groupId) : false,
  });
  const source = new CloudAdapterRosterSource({
    adapter,
    appId: services.config.botAuth?.appId ?? "",
    limiter: scheduler.limiter,
    tenantRps: services.config.reminders.tenantRps,
  });
  const sync = new RosterSync({
    teams: services.teams,
    people: services.people,
    source,
    now: services.now,
    logger: services.logger,
  });
  installation = createTeamInstallation(services, sync, source);
  const bot = new BalisesBot(services, installation);
  registerTeamEvents(bot, { installation, sync, source, teams: services.teams, logger: services.logger });
  return {
    handle: (req: Request, res: Response) => adapter.process(req, res, (context) => bot.run(context)),
    scheduler,
  };
}
