import { buildNoteObligationCard, type NoteCardState } from "../../cards/noteObligation/noteObligationCard.js";
import type { Locale } from "../../i18n/locale.js";
import { noteCardInput } from "../../reminders/noteJobs.js";
import type { NoteObligation } from "../../storage/noteObligationRepository.js";
import { cardResponse } from "./invokeResponses.js";

/** The note-obligation card as it should now look for the clinician who acted. */
export function noteCardResponse(o: NoteObligation, locale: Locale, now: Date, snoozedUntil?: Date) {
  const state: NoteCardState = o.filedAt ? "filed" : now.getTime() > Date.parse(o.deadline) ? "overdue" : "reminder";
  return cardResponse(
    buildNoteObligationCard({
      ...noteCardInput(o, state, now, locale),
      filedAt: o.filedAt,
      filedOnTime: o.filedOnTime,
      snoozedUntil: snoozedUntil?.toISOString(),
    }),
  );
}
