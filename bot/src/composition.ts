/**
 * The composition root: the whole service is assembled here, and nowhere else. Read it top to bottom —
 * storage, then the work (roles, team configuration, the durable job queue, note obligations, retention),
 * then what reacts to an encounter opening or closing, then Microsoft Teams (the bot, its rosters, the job
 * kinds that call Teams), then the HTTP routes, then the job scheduler. Every piece receives only the ports it uses.
 * Microsoft Teams is imported on first use, not at start (composeTeams).
 */
import type { RequestListener } from "node:http";
import express from "express";
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
import { ConsentPreferenceRepository } from "./storage/consentPreferenceRepository.js";
import { tabDistDir } from "./tabDist.js";
import { RoleResolver } from "./auth/roleResolver.js";
import { createIdentity, type IdentityServices } from "./auth/identity.js";
import { EncounterLifecycle } from "./encounters/encounterLifecycle.js";
import { autoCloseJob, autoCloseOnOpened, scheduledEndGraceMs } from "./encounters/autoClose.js";
import { EncounterPurge, purgeEncounterJob } from "./encounters/encounterPurge.js";
import { EncounterRetention, purgeOnOpened, retentionMs } from "./encounters/retention.js";
import { followUpJob, followUpOnOpened } from "./encounters/encounterFollowUp.js";
import { moveEncounterFromTab } from "./encounters/encounterTeamChange.js";
import { createJobServices, schedulerOptions, type JobServices } from "./jobs/jobServices.js";
import type { JobKind } from "./jobs/job.js";
import { createJobKinds, deferredJobKinds } from "./jobs/jobKinds.js";
import { activityReconcileJob, scheduleNightlyReconcile } from "./encounters/activityReconcileJob.js";
import { createJobScheduler, type JobScheduler, type SchedulerOptions } from "./jobs/jobScheduler.js";
import { SharedSendBudget } from "./jobs/sharedSendBudget.js";
import { preciseNow, preciseSleep } from "./outbound/preciseClock.js";
import { SEND_BUDGET_DEADLINES, SendBudgetRepository } from "./storage/sendBudgetRepository.js";
import { openObligationOnClosed } from "./reminders/noteObligations.js";
import { createReminderServices, type ReminderServices } from "./reminders/reminderServices.js";
import { NOTE_JOB_KINDS } from "./reminders/noteJobKinds.js";
import { RosterSync } from "./rosters/rosterSync.js";
import { TeamInstallation } from "./rosters/teamInstallation.js";
import { ROSTER_REFRESH, rosterRefreshJob, scheduleRosterRefresh } from "./rosters/rosterRefreshJob.js";
import { MEETING_CHAT_JOB_KINDS, sharedCards, type SharedCards } from "./encounters/sharedCardRefresh.js";
import { ConsentAuditTrail } from "./encounters/consentAudit.js";
import { encounterTeamFacts } from "./teams/turn/teamContext.js";
import { TeamConfigService } from "./api/teamConfigService.js";
import { apiRouter } from "./api/apiRouter.js";
import { apiServices } from "./api/apiServices.js";
import { botEndpoint } from "./http/botEndpoint.js";
import { botRouter, type ActivityHandler } from "./http/botRoute.js";
import { healthRouter } from "./http/healthRoute.js";
import { tabRouter } from "./http/tabStatic.js";
import { securityHeaders } from "./http/securityHeaders.js";
import { apiNotFound, errorMiddleware, notFound } from "./http/errorMiddleware.js";
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
  consentPreferences: ConsentPreferenceRepository;
  /** The per-tenant budget of calls to Teams, shared by every instance. */
  sendBudgets: SendBudgetRepository;
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

export interface Composition {
  ports: AppPorts;
  scheduler: JobScheduler;
  /** The HTTP surface: the bot endpoint's plain posts without Express, the rest through it. */
  listener: RequestListener;
}

/** Storage, the work over it, and the reactions to an encounter's life. */
export function composePorts(config: AppConfig, logger: Logger, now: () => Date = () => new Date()): AppPorts {
  const tables = createTableClientFactory(config.storage);
  const gateway = (name: TableName) => new TableGateway(tables.client(name));
  const reminderTable = gateway("Reminders");
  const learnersTable = gateway("Learners");
  const jobs = createJobServices(reminderTable, now);
  const retention = new EncounterRetention({ jobs: jobs.queue, logger, retentionMs: retentionMs(config) });
  // An encounter written before retention existed gets its purge job when it is next read; a month whose activity
  // aggregate moved is recounted the coming night.
  const encounters = new EncounterRepository(gateway("Encounters"), {
    retentionHook: (e) => retention.scheduleQuietly(e),
    aggregateTouched: scheduleNightlyReconcile(jobs.queue, now, logger),
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
      followUpOnOpened({ jobs: jobs.queue, encounters, now }),
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
    consentPreferences: new ConsentPreferenceRepository(gateway("Preferences")),
    sendBudgets: new SendBudgetRepository(new TableGateway(tables.client("SendBudget"), SEND_BUDGET_DEADLINES)),
    roles: new RoleResolver(teamConfigs, [(query) => learners.roleFacts(query)]),
    identity: createIdentity(config, logger, now),
    teamConfig: new TeamConfigService(teamConfigs, audit, now, logger),
    jobs,
    reminders,
    retention,
    purge: new EncounterPurge({ encounters, obligations: reminders.obligations, queue: jobs.buckets, now, logger }),
    encounterLifecycle,
    sharedCards: sharedCards(jobs.queue, now),
    consentAudit: new ConsentAuditTrail({ audit }),
  };
}

/** What Microsoft Teams adds once loaded: the handler of /api/messages and the job kinds that call Teams. */
interface TeamsSide {
  handleActivity: ActivityHandler;
  kinds: JobKind[];
}

/** The kinds composeTeams builds: registered by name at start, their handlers loaded when one of their jobs is due. */
const TEAMS_JOB_KINDS = [...NOTE_JOB_KINDS, ROSTER_REFRESH, ...MEETING_CHAT_JOB_KINDS];

/**
 * Microsoft Teams: the bot and its handlers, the rosters, and the job kinds that send to Teams or render cards.
 * Imported by the first /api/messages or the first of those jobs due, not at start: botbuilder, the Bot Framework
 * auth stack and the card templating were most of the start time and of the idle memory (issue 14).
 */
async function composeTeams(ports: AppPorts, budget: SharedSendBudget, leaseMs: number): Promise<TeamsSide> {
  const [channelModule, noteJobs, refreshJob, lostSteps, crisis] = await Promise.all([
    import("./teams/teamsChannel.js"),
    import("./reminders/noteJobHandlers.js"),
    import("./teams/proactive/sharedCardRefreshJob.js"),
    import("./teams/proactive/connectionLostStepsJob.js"),
    import("./teams/proactive/crisisResourcesJob.js"),
  ]);
  const { config, logger, now, teams, people, jobs, reminders, encounters, encounterLifecycle } = ports;
  const channel = channelModule.createTeamsChannel(config.botAuth, logger);
  const source = channel.rosterSource(budget);
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
    deadlineMs: Math.min(refreshJob.SHARED_CARD_UPDATE_DEADLINE_MS, leaseMs / 2),
  };
  const kinds = [
    ...noteJobs.createNoteJobKinds({
      ...{ notes: reminders.notes, obligations: reminders.obligations, jobs: jobs.queue },
      ...{ encounters, conversations: ports.conversations, sender: channel.sender, logger, now },
    }),
    rosterRefreshJob(installation),
    refreshJob.sharedCardRefreshJob({ ...meetingChat, records: jobs.records, updater: channel.cardUpdater }),
    lostSteps.connectionLostStepsJob({ ...meetingChat, sender: channel.sender }),
    crisis.crisisResourcesJob({ ...meetingChat, sender: channel.sender }),
  ];
  const { conversations, teamConfigs, consentAudit, sharedCards } = ports;
  const handleActivity = channel.activityHandler(
    {
      ...{ logger, now, devMeetingOrganizer: config.devMeetingOrganizer, encounters, encounterLifecycle },
      ...{ conversations, teamConfigs, teams, consentAudit, sharedCards },
      ...{ notes: reminders.notes, teamResolver: installation, consentPreferences: ports.consentPreferences },
    },
    { installation, sync, source, teams, logger },
  );
  return { handleActivity, kinds };
}

/** The HTTP surface: health, the bot endpoint, the tab's API, the dev identity doors, the tab itself. */
function composeHttp(ports: AppPorts, handleActivity: ActivityHandler): RequestListener {
  const { config, logger } = ports;
  const api = apiServices({
    ...ports,
    notes: ports.reminders.notes,
    moveToTeam: (stored, teamKey, actor) => moveEncounterFromTab(ports, stored, teamKey, actor),
    teamFacts: (encounter) => encounterTeamFacts(ports, encounter),
  });
  const app = express();
  app.disable("x-powered-by");
  // API ETags are storage concurrency tokens (If-Match); Express's automatic body hashes would be mistaken for them.
  app.set("etag", false);
  const headers = { httpsOnly: config.mode === "production" };
  app.use(securityHeaders(headers));
  // Each router reads its own JSON body with its own limit (the bot's 512 KB, the API's 256 KB, /dev's 16 KB).
  app.use(healthRouter({ storage: ports.health, mode: config.mode, logger }));
  app.use(botRouter(handleActivity, logger));
  const apiDeps = { ...api, identity: ports.identity, logger, roles: ports.roles, teams: ports.teams };
  app.use("/api", apiRouter({ ...apiDeps, people: ports.people, teamConfig: ports.teamConfig }), apiNotFound);
  app.use(devIdentityRouter({ dev: ports.identity.dev, seedDemo: config.seedDemo }));
  app.use(legalPagesRouter({ privacyContact: config.privacyContact }));
  app.use(tabRouter(tabDistDir(config)));
  app.use(notFound);
  app.use(errorMiddleware(logger));
  const activityPosts = botEndpoint(handleActivity, logger, headers);
  return (req, res) => {
    if (!activityPosts(req, res)) app(req, res);
  };
}

export function compose(config: AppConfig, logger: Logger, options: ComposeOptions = {}): Composition {
  const ports = composePorts(config, logger, options.now);
  if (!config.botAuth) {
    logger.warn(
      "BOT AUTHENTICATION IS OFF: MicrosoftAppId is not set, /api/messages accepts unauthenticated activities (local development only)",
    );
  }
  const schedule = schedulerOptions(config, ports.now, options.scheduler ?? {});
  // One per-tenant budget for sends and roster reads, all instances together (Teams: 50/s per app per tenant). Its
  // paced slots need time to pass: it runs on the real clock — also when a test holds the service's `now` still —
  // unless a test drives the scheduler's sleep, and with it the clock (jobs wait for slots with that sleep).
  const testSleep = options.scheduler?.sleep;
  const clock = testSleep ? { now: schedule.now, sleep: testSleep } : { now: preciseNow, sleep: preciseSleep };
  const budget = new SharedSendBudget({ store: ports.sendBudgets, ...clock, logger });
  let teams: Promise<TeamsSide> | undefined;
  const teamsSide = () => (teams ??= composeTeams(ports, budget, schedule.leaseMs));
  const { jobs, now } = ports;
  const kinds = createJobKinds([
    autoCloseJob({ encounters: ports.encounters, lifecycle: ports.encounterLifecycle }),
    purgeEncounterJob(ports.purge),
    activityReconcileJob(ports.encounters),
    followUpJob({ ...ports, jobs: jobs.queue, records: jobs.records }),
    ...deferredJobKinds(TEAMS_JOB_KINDS, async () => (await teamsSide()).kinds),
  ]);
  const scheduler = createJobScheduler(
    { queue: jobs.buckets, records: jobs.records, kinds, wake: jobs.wake, logger, now, budget },
    schedule,
  );
  const handleActivity: ActivityHandler = async (activity, authorization) =>
    (await teamsSide()).handleActivity(activity, authorization);
  return { ports, scheduler, listener: composeHttp(ports, handleActivity) };
}
