/**
 * The note obligation's job kinds, as registered with the job queue: the card, the reminders, snoozes and overdue
 * check (each a card to the clinician, 1:1), and the install hint in the meeting chat when the clinician cannot be
 * reached 1:1. Apart from reminderServices.ts because they render cards: the composition root loads this module
 * with the rest of the Microsoft Teams side, when a job of theirs first falls due.
 */
import type { JobKind } from "../jobs/job.js";
import { noteCardJob } from "./noteCardJob.js";
import { INSTALL_HINT, OVERDUE, REMINDER, SNOOZE } from "./noteJobKinds.js";
import type { NoteJobDeps } from "./noteJobs.js";
import { installHintJob, reminderJob } from "./reminderJobs.js";

export function createNoteJobKinds(deps: NoteJobDeps): JobKind[] {
  return [
    noteCardJob(deps),
    reminderJob(REMINDER, deps),
    reminderJob(SNOOZE, deps),
    reminderJob(OVERDUE, deps),
    installHintJob(INSTALL_HINT, deps),
  ];
}
