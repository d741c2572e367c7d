/**
 * The composition root: the whole service is assembled here, and nowhere else. Read it top to bottom —
 * storage, then the work (roles, team configuration, the durable job queue, note obligations, retention),
 * then what reacts to an encounter opening or closing, then Microsoft Teams (the bot, its rosters, the job
 * kinds and their scheduler), then the HTTP routes. Every piece receives only the ports it uses.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import express, { type Express } from "express";
import { Duration } from "luxon";
import type { AppConfig } from "./config.js";
import type { Logger } from "./logger.js";
import { createTableClientFactory, type TableName } from "./storage/tableClients.js";
import { TableGateway } from "./storage/tableGateway.js";
import { ConversationReferenceRepository } from "./storage/conversationReferenceRepository.js";
import { EncounterRepository } from "./storage/encounterRepository.js";
import { TeamConfigRepository } from "./storage/teamConfigRepository.js";
import { AuditRepository } from "./storage/auditRepository.js";
import { LearnerRepository } from "./storage/learnerRepository.js";
import { ActivityCountRepository } from "./storage/activityCountRepository.js";
import { TeamRepository } from "./storage/teamRepository.js";
import { PeopleRepository } from "./storage/peopleRepository.js";
import { RoleResolver } from "./auth/roleResolver.js";
import { createIdentity, type IdentityServices } from "./auth/identity.js";
import { EncounterLifecycle } from "./encounters/encounterLifecycle.js";
import { autoCloseJob, autoCloseOnOpened, scheduledEndGraceMs } from "./encounters/autoClose.js";
import { EncounterPurge, purgeEncounterJob } from "./encounters/encounterPurge.js";
import { EncounterRetention, purgeOnOpened, retentionMs } from "./encounters/retention.js";
import { moveEncounterToTeam } from "./encounters/encounterTeamChange.js";
import { createJobServices, type JobServices } from "./jobs/jobServices.js";
import { createJobKinds } from "./jobs/jobKinds.js";
import { createJobScheduler, type JobScheduler, type SchedulerOptions } from "./jobs/jobScheduler.js";
import { SlidingWindowLimiter } from "./jobs/rateLimiter.js";
import { openObligationOnClosed } from "./reminders/noteObligations.js";
import { createNoteJobKinds, createReminderServices, type ReminderServices } from "./reminders/reminderServices.js";
import { RosterSync } from "./rosters/rosterSync.js";
import { TeamInstallation } from "./rosters/teamInstallation.js";
import { rosterRefreshJob, scheduleRosterRefresh } from "./rosters/rosterRefreshJob.js";
import { createTeamsChannel, type ActivityHandler } from "./teams/teamsChannel.js";
import { sharedCards, type SharedCards } from "./encounters/sharedCardRefresh.js";
import { ConsentAuditTrail } from "./encounters/consentAudit.js";
import { SHARED_CARD_UPDATE_DEADLINE_MS, sharedCardRefreshJob } from "./teams/proactive/sharedCardRefreshJob.js";
import { connectionLostStepsJob } from "./teams/proactive/connectionLostStepsJob.js";
import { crisisResourcesJob } from "./teams/proactive/crisisResourcesJob.js";
import { teamContextForEncounter } from "./teams/turn/teamContext.js";
import { TeamConfigService } from "./api/teamConfigService.js";
import { apiRouter } from "./api/apiRouter.js";
import { apiServices } from "./api/apiServices.js";
import { botRouter } from "./http/botRoute.js";
import { healthRouter } from "./http/healthRoute.js";
import { tabRouter } from "./http/tabStatic.js";
import { securityHeaders } from "./http/securityHeaders.js";
import { apiNotFound, errorMiddleware } from "./http/errorMiddleware.js";
import { legalPagesRouter } from "./http/legalPages.js";
import { devIdentityRouter } from "./http/devIdentityRoutes.js";

/** Everything built, for the entry point, the demo seed and tests (no handler receives this whole set). */
export interface AppPorts {
  config: AppConfig;
  logger: Logger;
  now: () => Date;
  health: TableGateway;
  conversations: ConversationReferenceRepository;
  encounters: EncounterRepository;
  teamConfigs: TeamConfigRepository;
  audit: AuditRepository;
  learners: LearnerRepository;
  activityCounts: ActivityCountRepository;
  teams: TeamRepository;
  people: PeopleRepository;
  roles: RoleResolver;
  identity: IdentityServices;
  teamConfig: TeamConfigService;
  jobs: JobServices;
  reminders: ReminderServices;
  retention: EncounterRetention;
  purge: EncounterPurge;
  /** Opens and closes encounters; its reactions (auto-close, purge, note obligation) are wired below. */
  encounterLifecycle: EncounterLifecycle;
  /** Queues the update of the meeting chat's cards for everyone, after a change was saved. */
  sharedCards: SharedCards;
  consentAudit: ConsentAuditTrail;
}

export interface ComposeOptions {
  now?: () => Date;
  /** Tests only: scheduler overrides (injected clock and sleep, backoff…). */
  scheduler?: Partial<SchedulerOptions>;
}

/** The built tab: TAB_DIST_DIR, else tab/dist beside package.json (bot/src/.. in development, dist/… once built). */
function tabDistDir(config: AppConfig): string {
  if (config.tabDistDir) return config.tabDistDir;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, "tab", "dist");
}

export interface Composition {
  ports: AppPorts;
  scheduler: JobScheduler;
  app: Express;
}

/** Storage, the work over it, and the reactions to an encounter's life. */
export function composePorts(config: AppConfig, logger: Logger, now: () => Date = () => new Date()): AppPorts {
  const tables = createTableClientFactory(config.storage);
  const gateway = (name: TableName) => new TableGateway(tables.client(name));
  const reminderTable = gateway("Reminders");
  const learnersTable = gateway("Learners");
  const jobs = createJobServices(reminderTable, now);
  const retention = new EncounterRetention({ jobs: jobs.queue, logger, retentionMs: retentionMs(config) });
  // An encounter written before retention existed gets its purge job when it is next read.
  const encounters = new EncounterRepository(gateway("Encounters"), {
    retentionHook: (e) => retention.scheduleQuietly(e),
  });
  const teamConfigs = new TeamConfigRepository(gateway("TeamConfig"));
  const learners = new LearnerRepository(learnersTable);
  const audit = new AuditRepository(gateway("Audit"));
  const teamPolicy = async (tenantId: string, teamKey: string) =>
    (await teamConfigs.get(tenantId, teamKey))?.configuration.reminderPolicy;
  const reminders = createReminderServices(
    { config, logger, now, jobs: jobs.queue, encounters, teamPolicy },
    reminderTable,
  );
  const encounterLifecycle = new EncounterLifecycle({
    encounters,
    logger,
    onOpened: [
      autoCloseOnOpened({ jobs: jobs.queue, graceMs: scheduledEndGraceMs(config), logger }),
      purgeOnOpened(retention, encounters),
    ],
    onClosed: [openObligationOnClosed(reminders.notes)],
  });
  return {
    config,
    logger,
    now,
    health: gateway("Health"),
    conversations: new ConversationReferenceRepository(gateway("Conversations")),
    encounters,
    teamConfigs,
    audit,
    learners,
    activityCounts: new ActivityCountRepository(learnersTable),
    teams: new TeamRepository(gateway("Teams")),
    people: new PeopleRepository(gateway("People")),
    roles: new RoleResolver(teamConfigs, [(query) => learners.roleFacts(query)]),
    identity: createIdentity(config, logger, now),
    teamConfig: new TeamConfigService(teamConfigs, audit, now, logger),
    jobs,
    reminders,
    retention,
    purge: new EncounterPurge({ encounters, obligations: reminders.obligations, queue: jobs.buckets, now, logger }),
    encounterLifecycle,
    sharedCards: sharedCards(jobs.queue, now),
    consentAudit: new ConsentAuditTrail({ audit, logger }),
  };
}

function schedulerOptions(config: AppConfig, now: () => Date, overrides: Partial<SchedulerOptions>): SchedulerOptions {
  const r = config.reminders;
  return {
    pollIntervalMs: Duration.fromISO(r.pollInterval).toMillis(),
    leaseMs: Duration.fromISO(r.claimLease).toMillis(),
    tenantRps: r.tenantRps,
    pauseAfterClaimMs: config.mode === "production" ? undefined : r.testPauseAfterClaimMs,
    now: () => now().getTime(),
    ...overrides,
  };
}

/** Microsoft Teams: the bot and its handlers, the rosters, every job kind and the scheduler that runs them. */
function composeTeams(ports: AppPorts, overrides: Partial<SchedulerOptions>) {
  const { config, logger, now, teams, people, jobs, reminders, encounters, encounterLifecycle } = ports;
  const channel = createTeamsChannel(config.botAuth, logger);
  const options = schedulerOptions(config, now, overrides);
  // One per-tenant budget for proactive sends and roster reads alike (Teams: 50 requests/s per app per tenant).
  const limiter = new SlidingWindowLimiter(options.now, options.sleep);
  const source = channel.rosterSource(limiter, config.reminders.tenantRps);
  const sync = new RosterSync({ teams, people, source, now, logger });
  const installation = new TeamInstallation({
    teams,
    source,
    sync,
    now,
    logger,
    claimFirstPilot: async (tenantId, groupId, oid) => {
      const { created } = await ports.teamConfig.install({ tenantId, userId: oid, name: "" }, groupId);
      if (created) logger.info({ groupId }, "first pilot named: the member who added Balises to the team");
    },
    scheduleRefresh: scheduleRosterRefresh(jobs.queue, Duration.fromISO(config.rosterRefreshInterval).toMillis(), now),
  });
  // The meeting chat's cards, updated and posted after a card action's answer (each connector call within half a lease).
  const meetingChat = {
    ...{ encounters, conversations: ports.conversations, teamConfigs: ports.teamConfigs, teams, logger },
    consentAudit: ports.consentAudit,
    deadlineMs: Math.min(SHARED_CARD_UPDATE_DEADLINE_MS, options.leaseMs / 2),
  };
  const kinds = createJobKinds([
    ...createNoteJobKinds({
      ...{ notes: reminders.notes, obligations: reminders.obligations, jobs: jobs.queue },
      ...{ encounters, conversations: ports.conversations, sender: channel.sender, logger, now },
    }),
    autoCloseJob({ encounters, lifecycle: encounterLifecycle }),
    purgeEncounterJob(ports.purge),
    rosterRefreshJob(installation),
    sharedCardRefreshJob({ ...meetingChat, records: jobs.records, updater: channel.cardUpdater }),
    connectionLostStepsJob({ ...meetingChat, sender: channel.sender }),
    crisisResourcesJob({ ...meetingChat, sender: channel.sender }),
  ]);
  const scheduler = createJobScheduler(
    { queue: jobs.buckets, records: jobs.records, kinds, wake: jobs.wake, logger, now, limiter },
    options,
  );
  const handleActivity = channel.activityHandler(
    {
      ...{ logger, now, devMeetingOrganizer: config.devMeetingOrganizer, encounters, encounterLifecycle },
      ...{
        conversations: ports.conversations,
        teamConfigs: ports.teamConfigs,
        teams,
        consentAudit: ports.consentAudit,
      },
      ...{ notes: reminders.notes, teamResolver: installation, sharedCards: ports.sharedCards },
    },
    { installation, sync, source, teams, logger },
  );
  return { scheduler, handleActivity };
}

/** The HTTP surface: health, the bot endpoint, the tab's API, the dev identity doors, the tab itself. */
function composeHttp(ports: AppPorts, handleActivity: ActivityHandler): Express {
  const { config, logger } = ports;
  const api = apiServices({
    ...ports,
    // The side panel shows the encounter's team as the cards do (its configuration, or the MSSS defaults).
    teamFacts: async (encounter) => {
      const team = await teamContextForEncounter(ports, encounter);
      return {
        team: team.teamKey ? { groupId: team.teamKey, name: team.teamName ?? "" } : null,
        callbackDelayMinutes: team.configuration.contingency.callbackDelayMinutes,
        missingCorridor: team.missingCorridor,
        teamUnknown: team.teamUnknown,
      };
    },
    moveToTeam: async (stored, teamKey, actor) => {
      const change = await moveEncounterToTeam(ports, stored, teamKey, actor);
      // The meeting chat's team and contingency cards show the team: a change made in the tab reaches them too.
      if (change.kind === "changed")
        await ports.sharedCards
          .refresh(change.encounter, change.version, ["team", "contingency"])
          .catch((error: unknown) =>
            logger.error(
              { err: (error as Error).message, encounterId: change.encounter.id },
              "card refresh not queued",
            ),
          );
      return change;
    },
  });
  const app = express();
  app.disable("x-powered-by");
  // API ETags are storage concurrency tokens (If-Match); Express's automatic body hashes would be mistaken for them.
  app.set("etag", false);
  app.use(securityHeaders());
  // Each router reads its own JSON body with its own limit (the bot's 512 KB, the API's 256 KB, /dev's 16 KB).
  app.use(healthRouter({ storage: ports.health, mode: config.mode }));
  app.use(botRouter(handleActivity, logger));
  const apiDeps = { ...api, identity: ports.identity, logger, roles: ports.roles, teams: ports.teams };
  app.use(
    "/api",
    apiRouter({ ...apiDeps, people: ports.people, audit: ports.audit, teamConfig: ports.teamConfig }),
    apiNotFound,
  );
  app.use(devIdentityRouter({ dev: ports.identity.dev, seedDemo: config.seedDemo }));
  app.use(legalPagesRouter());
  app.use(tabRouter(tabDistDir(config)));
  app.use(errorMiddleware(logger));
  return app;
}

export function compose(config: AppConfig, logger: Logger, options: ComposeOptions = {}): Composition {
  const ports = composePorts(config, logger, options.now);
  if (!config.botAuth) {
    logger.warn(
      "BOT AUTHENTICATION IS OFF: MicrosoftAppId is not set, /api/messages accepts unauthenticated activities (local development only)",
    );
  }
  const { scheduler, handleActivity } = composeTeams(ports, options.scheduler ?? {});
  return { ports, scheduler, app: composeHttp(ports, handleActivity) };
}
