/**
 * What the reminders feature gives the composition root: the note obligations (`createReminderServices`), the
 * reaction to an encounter closing (noteObligations.ts `openObligationOnClosed`), and the job kinds it
 * registers with the job queue (`createNoteJobKinds`): the card, the reminders, snoozes and overdue check (each
 * a card to the clinician, 1:1), and the install hint in the meeting chat when the clinician cannot be reached 1:1.
 */
import type { AppConfig } from "../config.js";
import type { ReminderPolicy } from "../domain/teamConfig.js";
import type { JobKind } from "../jobs/job.js";
import type { Logger } from "../logger.js";
import { NoteObligationRepository } from "../storage/noteObligationRepository.js";
import type { TableGateway } from "../storage/tableGateway.js";
import { noteCardJob } from "./noteCardJob.js";
import { INSTALL_HINT, OVERDUE, REMINDER, SNOOZE } from "./noteJobKinds.js";
import type { NoteJobDeps } from "./noteJobs.js";
import { NoteObligations, type NoteObligationDeps } from "./noteObligations.js";
import { installHintJob, reminderJob } from "./reminderJobs.js";

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

export function createNoteJobKinds(deps: NoteJobDeps): JobKind[] {
  return [
    noteCardJob(deps),
    reminderJob(REMINDER, deps),
    reminderJob(SNOOZE, deps),
    reminderJob(OVERDUE, deps),
    installHintJob(INSTALL_HINT, deps),
  ];
}
