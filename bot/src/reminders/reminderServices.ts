/**
 * The reminders work as the services container sees it, and its subscriptions to encounter events:
 *  - opened → an auto-close check at the meeting's scheduled end + SCHEDULED_END_GRACE (meeting events may never come);
 *  - closed → the note obligation opens (exactly once, whoever closed: meetingEnd, the clinician or that check).
 */
import { Duration } from "luxon";
import type { AppConfig } from "../config.js";
import type { Encounter } from "../domain/encounter.js";
import type { ReminderPolicy } from "../domain/teamConfig.js";
import type { EncounterEvents } from "../encounters/encounterEvents.js";
import type { Logger } from "../logger.js";
import type { EncounterRepository } from "../storage/encounterRepository.js";
import { NoteObligationRepository } from "../storage/noteObligationRepository.js";
import { ReminderRepository } from "../storage/reminderRepository.js";
import type { TableGateway } from "../storage/tableGateway.js";
import { NoteObligations } from "./noteObligations.js";
import { createEncounterRetention, retentionMs, type EncounterRetention } from "./retention.js";

export interface ReminderServices {
  queue: ReminderRepository;
  obligations: NoteObligationRepository;
  notes: NoteObligations;
  /** Retention: each encounter's purge job (retention.ts). */
  retention: EncounterRetention;
}

export interface ReminderServiceDeps {
  config: AppConfig;
  logger: Logger;
  encounters: EncounterRepository;
  encounterEvents: EncounterEvents;
  now: () => Date;
  teamPolicy?: (tenantId: string, teamKey: string) => Promise<ReminderPolicy | undefined>;
}

export function createReminderServices(deps: ReminderServiceDeps, table: TableGateway): ReminderServices {
  const queue = new ReminderRepository(table);
  const obligations = new NoteObligationRepository(table);
  const notes = new NoteObligations({
    obligations,
    queue,
    encounters: deps.encounters,
    reminders: deps.config.reminders,
    logger: deps.logger,
    now: deps.now,
    teamPolicy: deps.teamPolicy,
  });
  deps.encounterEvents.opened.push((e) => scheduleAutoClose(notes, deps, e));
  deps.encounterEvents.closed.push(async (e) => {
    await notes.openFor(e);
  });
  const retention = createEncounterRetention(
    {
      encounters: deps.encounters,
      obligations,
      queue,
      notes,
      logger: deps.logger,
      now: deps.now,
      retentionMs: retentionMs(deps.config),
    },
    deps.encounterEvents,
  );
  return { queue, obligations, notes, retention };
}

async function scheduleAutoClose(notes: NoteObligations, deps: ReminderServiceDeps, e: Encounter): Promise<void> {
  if (!e.scheduledEnd) {
    deps.logger.info(
      { encounterId: e.id },
      "no scheduled end known: the note obligation waits for meetingEnd or the clinician",
    );
    return;
  }
  const grace = Duration.fromISO(deps.config.reminders.scheduledEndGrace).toMillis();
  const dueAt = new Date(Date.parse(e.scheduledEnd) + grace);
  await notes.schedule({ tenantId: e.tenantId, encounterId: e.id, kind: "autoClose", seq: 0, dueAt });
}
