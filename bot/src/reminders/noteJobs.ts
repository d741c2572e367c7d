/**
 * What the note obligation's jobs need (noteCardJob.ts, reminderJobs.ts; registered with the job queue through
 * noteJobHandlers.ts createNoteJobKinds), and the card they send.
 */
import {
  buildNoteObligationCard,
  noteObligationSummary,
  type NoteCardState,
  type NoteObligationCardInput,
} from "../cards/noteObligation/noteObligationCard.js";
import { progressNoteBlock } from "../domain/noteObligationBlock.js";
import type { JobScheduling } from "../jobs/job.js";
import type { Logger } from "../logger.js";
import type { EncounterRepository } from "../storage/encounterRepository.js";
import type { NoteObligation, NoteObligationRepository } from "../storage/noteObligationRepository.js";
import type { ClinicianConversations } from "./clinicianDelivery.js";
import type { NoteObligations } from "./noteObligations.js";
import type { OutgoingMessage, ProactiveSender } from "./ports.js";

export interface NoteJobDeps {
  notes: Pick<NoteObligations, "openFor" | "ensureJobs" | "markOverdue">;
  obligations: Pick<NoteObligationRepository, "get" | "update">;
  /** To queue the install hint when the card cannot be delivered. */
  jobs: JobScheduling;
  encounters: Pick<EncounterRepository, "get">;
  conversations: ClinicianConversations;
  sender: ProactiveSender;
  logger: Logger;
  now: () => Date;
}

/** The note card's input for an obligation: its encounter, how it closed, its deadline and block, in `locale`. */
export function noteCardInput(o: NoteObligation, state: NoteCardState, now: Date, locale = o.locale) {
  return {
    locale,
    state,
    encounterId: o.encounterId,
    endedAt: o.endedAt,
    closedBy: o.openedBy,
    deadline: o.deadline,
    block: progressNoteBlock(o.facts, locale, o.openedBy),
    now: now.toISOString(),
  } satisfies NoteObligationCardInput;
}

/** The note card in a given state (open, reminder, overdue), rendered now. */
export function noteCardMessage(o: NoteObligation, state: NoteCardState, now: Date): OutgoingMessage {
  const card = buildNoteObligationCard(noteCardInput(o, state, now));
  return { kind: "card", card, summary: noteObligationSummary(state, o.deadline, o.locale) };
}
