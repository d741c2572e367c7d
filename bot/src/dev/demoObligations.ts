/**
 * The note obligations of the demo's encounters whose note is still owed (seed 003 §1.1, §8.8), as closing
 * each encounter opened them (reminders/noteObligations.ts newObligation), so that « Note déposée » in the
 * personal tab files them as it would in real use. The seed sends nothing and queues no job: no card, no
 * reminder; the deadline alone tells an open note from an overdue one, and the overdue flag is the one the
 * encounter already carries.
 */
import type { Encounter } from "../domain/encounter.js";
import { effectivePolicy } from "../domain/noteObligation.js";
import type { ReminderPolicy } from "../domain/teamConfig.js";
import { newObligation } from "../reminders/noteObligations.js";
import type { NoteObligation } from "../storage/noteObligationRepository.js";

export function demoObligations(encounters: readonly Encounter[], policy: ReminderPolicy): NoteObligation[] {
  const effective = effectivePolicy(policy);
  return encounters.flatMap((e) => {
    const owed = e.status === "closed" && (e.noteStatus === "due" || e.noteStatus === "overdue");
    if (!owed || !e.organizerId || !e.endedAt) return [];
    const opened = newObligation(e, { id: e.organizerId }, effective, new Date(e.endedAt));
    return [e.noteStatus === "overdue" && e.noteStatusAt ? { ...opened, overdueAt: e.noteStatusAt } : opened];
  });
}
