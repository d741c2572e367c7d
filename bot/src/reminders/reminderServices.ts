/**
 * What the reminders feature gives the composition root: the note obligations (`createReminderServices`) and the
 * reaction to an encounter closing (noteObligations.ts `openObligationOnClosed`). The job kinds it registers with
 * the job queue are in noteJobHandlers.ts, loaded on demand.
 */
import type { AppConfig } from "../config.js";
import type { ReminderPolicy } from "../domain/teamConfig.js";
import type { Logger } from "../logger.js";
import { NoteObligationRepository } from "../storage/noteObligationRepository.js";
import type { TableGateway } from "../storage/tableGateway.js";
import { NoteObligations, type NoteObligationDeps } from "./noteObligations.js";

export interface ReminderServices {
  obligations: NoteObligationRepository;
  notes: NoteObligations;
}

export interface ReminderServiceDeps {
  config: Pick<AppConfig, "reminders">;
  logger: Logger;
  now: () => Date;
  jobs: NoteObligationDeps["jobs"];
  encounters: NoteObligationDeps["encounters"];
  /** The team's own policy (configurable tab), when it has one. */
  teamPolicy?: (tenantId: string, teamKey: string) => Promise<ReminderPolicy | undefined>;
}

/** The note obligations over the Reminders table. */
export function createReminderServices(deps: ReminderServiceDeps, table: TableGateway): ReminderServices {
  const obligations = new NoteObligationRepository(table);
  const notes = new NoteObligations({
    obligations,
    jobs: deps.jobs,
    encounters: deps.encounters,
    reminders: deps.config.reminders,
    logger: deps.logger,
    now: deps.now,
    teamPolicy: deps.teamPolicy,
  });
  return { obligations, notes };
}
