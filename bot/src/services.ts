/**
 * Everything the handlers and routes need, built once by the composition root (server.ts).
 * Nothing here holds per-user or per-conversation state: Azure Tables is the source of truth.
 */
import type { AppConfig } from "./config.js";
import type { Logger } from "./logger.js";
import { createTableClientFactory, type TableClientFactory } from "./storage/tableClients.js";
import { TableGateway } from "./storage/tableGateway.js";
import { ConversationReferenceRepository } from "./storage/conversationReferenceRepository.js";
import { EncounterRepository } from "./storage/encounterRepository.js";
import { TeamConfigRepository } from "./storage/teamConfigRepository.js";
import { AuditRepository } from "./storage/auditRepository.js";
import { RoleResolver } from "./auth/roleResolver.js";
import { createIdentity, type IdentityServices } from "./auth/identity.js";
import { EncounterLifecycle } from "./encounters/encounterLifecycle.js";
import { autoCloseOnOpened, scheduledEndGraceMs } from "./encounters/autoClose.js";
import { EncounterPurge } from "./encounters/encounterPurge.js";
import { EncounterRetention, purgeOnOpened, retentionMs } from "./encounters/retention.js";
import { createJobServices, type JobServices } from "./jobs/jobServices.js";
import { openObligationOnClosed } from "./reminders/noteObligations.js";
import { createReminderServices, type ReminderServices } from "./reminders/reminderServices.js";
import { LearnerRepository } from "./storage/learnerRepository.js";
import { ActivityCountRepository } from "./storage/activityCountRepository.js";
import { TeamRepository } from "./storage/teamRepository.js";
import { PeopleRepository } from "./storage/peopleRepository.js";
import { TeamConfigService } from "./api/teamConfigService.js";

export interface Services {
  config: AppConfig;
  logger: Logger;
  tables: TableClientFactory;
  health: TableGateway;
  conversations: ConversationReferenceRepository;
  encounters: EncounterRepository;
  /** Opens and closes encounters; its reactions (auto-close, purge, note obligation) are given below, at construction. */
  encounterLifecycle: EncounterLifecycle;
  /** Team configurations (TeamConfig table) and the append-only audit trail (Audit table). */
  teamConfigs: TeamConfigRepository;
  audit: AuditRepository;
  /** Roles of a user in a team: pilots from the team configuration, learner/supervisor facts from the Learners table. */
  roles: RoleResolver;
  /** Tab API identities: Entra SSO or the dev identity provider, one token validator. */
  identity: IdentityServices;
  /** The durable job queue (bot/src/jobs); its scheduler is built with the job kinds in teams/botEndpoint.ts. */
  jobs: JobServices;
  /** Note obligations (bot/src/reminders), their jobs in the job queue. */
  reminders: ReminderServices;
  /** Retention: each encounter's purge job, and the purge it runs (bot/src/encounters). */
  retention: EncounterRetention;
  purge: EncounterPurge;
  /** Issue 4 (supervision, 003 §9): learners, supervisors, designations; in-person counts for §5/§7 (Learners table). */
  learners: LearnerRepository;
  activityCounts: ActivityCountRepository;
  /** Teams where Balises is installed, their staff rosters and each person's teams (Teams table). */
  teams: TeamRepository;
  /** Staff display names (People table). */
  people: PeopleRepository;
  /** Changes to team configurations (pilots only, ETag, audited). */
  teamConfig: TeamConfigService;
  /** Injected clock, so tests can move time. */
  now: () => Date;
}

export function createServices(config: AppConfig, logger: Logger, now: () => Date = () => new Date()): Services {
  const tables = createTableClientFactory(config.storage);
  const gateway = (name: Parameters<TableClientFactory["client"]>[0]) => new TableGateway(tables.client(name));
  const teamConfigs = new TeamConfigRepository(gateway("TeamConfig"));
  const reminderTable = gateway("Reminders");
  const jobs = createJobServices(reminderTable, now);
  const retention = new EncounterRetention({ jobs: jobs.queue, logger, retentionMs: retentionMs(config) });
  const encounters = new EncounterRepository(gateway("Encounters"), {
    retentionHook: (e) => retention.scheduleQuietly(e),
  });
  const supervision = gateway("Learners");
  const learners = new LearnerRepository(supervision);
  const roles = new RoleResolver(teamConfigs, [(query) => learners.roleFacts(query)]);
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
    tables,
    health: gateway("Health"),
    conversations: new ConversationReferenceRepository(gateway("Conversations")),
    encounters,
    encounterLifecycle,
    teamConfigs,
    audit,
    roles,
    identity: createIdentity(config, logger, now),
    jobs,
    reminders,
    retention,
    purge: new EncounterPurge({ encounters, obligations: reminders.obligations, queue: jobs.buckets, now, logger }),
    learners,
    activityCounts: new ActivityCountRepository(supervision),
    teams: new TeamRepository(gateway("Teams")),
    people: new PeopleRepository(gateway("People")),
    teamConfig: new TeamConfigService(teamConfigs, audit, now, logger),
    now,
  };
}
