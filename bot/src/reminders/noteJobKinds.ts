/**
 * The note obligation's job kinds (stored in the queue and the job records: never rename one). What each does:
 * noteJobs.ts, registered with the job queue by the composition root.
 */

/** The note-obligation card, sent 1:1 as soon as the obligation opens. */
export const NOTE_CARD = "noteCard";
/** A policy reminder (seq = its rank: 1 for +2 h, 2 for +20 h…). */
export const REMINDER = "reminder";
/** "Remind me later" (seq = the time it was asked, in ms). */
export const SNOOZE = "snooze";
/** At the deadline: the obligation becomes overdue and the clinician is told. */
export const OVERDUE = "overdue";
/** The personal app is missing: a plain message in the meeting chat on how to install it. */
export const INSTALL_HINT = "installHint";

/** What filing the note cancels when still pending (the install hint is still worth sending). */
export const CANCELLED_WHEN_FILED: readonly string[] = [NOTE_CARD, REMINDER, SNOOZE, OVERDUE];

/** Every job of a note obligation. */
export const NOTE_JOB_KINDS: readonly string[] = [...CANCELLED_WHEN_FILED, INSTALL_HINT];
