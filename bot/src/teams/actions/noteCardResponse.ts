import { buildNoteObligationCard, type NoteCardState } from "../../cards/noteObligation/noteObligationCard.js";
import { progressNoteBlock } from "../../domain/noteObligationBlock.js";
import type { Locale } from "../../i18n/locale.js";
import type { NoteObligation } from "../../storage/noteObligationRepository.js";
import { cardResponse } from "./invokeResponses.js";

/** The note-obligation card as it should now look for the clinician who acted. */
export function noteCardResponse(o: NoteObligation, locale: Locale, now: Date, snoozedUntil?: Date) {
  const state: NoteCardState = o.filedAt ? "filed" : now.getTime() > Date.parse(o.deadline) ? "overdue" : "reminder";
  return cardResponse(
    buildNoteObligationCard({
      locale,
      state,
      encounterId: o.encounterId,
      endedAt: o.endedAt,
      closedBy: o.openedBy,
      deadline: o.deadline,
      block: progressNoteBlock(o.facts, locale, o.openedBy),
      now: now.toISOString(),
      filedAt: o.filedAt,
      filedOnTime: o.filedOnTime,
      snoozedUntil: snoozedUntil?.toISOString(),
    }),
  );
}
