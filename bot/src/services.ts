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
import { createEncounterEvents, type EncounterEvents } from "./encounters/encounterEvents.js";
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
  /** Told when an encounter opens or closes (bot/src/encounters/encounterLifecycle.ts). */
  encounterEvents: EncounterEvents;
  /** Team configurations (TeamConfig table) and the append-only audit trail (Audit table). */
  teamConfigs: TeamConfigRepository;
  audit: AuditRepository;
  /** Roles of a user in a team; issue 4 registers learner/supervisor sources here. */
  roles: RoleResolver;
  /** Tab API identities: Entra SSO or the dev identity provider, one token validator. */
  identity: IdentityServices;
  /** Note obligations and their durable reminders (bot/src/reminders); the scheduler loop itself starts in server.ts. */
  reminders: ReminderServices;
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
  const encounters = new EncounterRepository(gateway("Encounters"));
  const encounterEvents = createEncounterEvents();
  const supervision = gateway("Learners");
  const learners = new LearnerRepository(supervision);
  const roles = new RoleResolver(teamConfigs);
  roles.addSource((query) => learners.roleFacts(query));
  const audit = new AuditRepository(gateway("Audit"));
  const teamPolicy = async (tenantId: string, teamKey: string) =>
    (await teamConfigs.get(tenantId, teamKey))?.configuration.reminderPolicy;
  return {
    config,
    logger,
    tables,
    health: gateway("Health"),
    conversations: new ConversationReferenceRepository(gateway("Conversations")),
    encounters,
    encounterEvents,
    teamConfigs,
    audit,
    roles,
    identity: createIdentity(config, logger, now),
    reminders: createReminderServices(
      { config, logger, encounters, encounterEvents, now, teamPolicy },
      gateway("Reminders"),
    ),
    learners,
    activityCounts: new ActivityCountRepository(supervision),
    teams: new TeamRepository(gateway("Teams")),
    people: new PeopleRepository(gateway("People")),
    teamConfig: new TeamConfigService(teamConfigs, audit, now, logger),
    now,
  };
}
