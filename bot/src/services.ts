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
import { createEncounterEvents, type EncounterEvents } from "./encounters/encounterEvents.js";

export interface Services {
  config: AppConfig;
  logger: Logger;
  tables: TableClientFactory;
  health: TableGateway;
  conversations: ConversationReferenceRepository;
  encounters: EncounterRepository;
  /** Told when an encounter opens or closes (bot/src/encounters/encounterLifecycle.ts). */
  encounterEvents: EncounterEvents;
  /** Injected clock, so tests can move time. */
  now(): Date;
}

export function createServices(config: AppConfig, logger: Logger, now: () => Date = () => new Date()): Services {
  const tables = createTableClientFactory(config.storage);
  const gateway = (name: Parameters<TableClientFactory["client"]>[0]) => new TableGateway(tables.client(name));
  return {
    config,
    logger,
    tables,
    health: gateway("Health"),
    conversations: new ConversationReferenceRepository(gateway("Conversations")),
    encounters: new EncounterRepository(gateway("Encounters")),
    encounterEvents: createEncounterEvents(),
    now,
  };
}
