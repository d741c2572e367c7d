/**
 * « Mes rencontres », the personal tab: the caller's own encounters, across their teams.
 *   GET  /me/encounters                          notes owed, §2.3 follow-ups, a learner's parts and standing
 *   POST /me/notes/{encounterId}/filed           "Note déposée" (the same code as the note card's button)
 *   POST /me/notes/{encounterId}/remind-later    "Me le rappeler plus tard" (the same as the card's too)
 * Every encounter carries the deep link to its meeting chat when it has one (domain/meetingChatLink.ts).
 */
import { z } from "zod";
import { LEARNER_ROLES } from "../domain/learners.js";
import { PARTICIPATIONS } from "../domain/supervision.js";
import { peopleSchema, teamRefSchema } from "./common.js";

const encounterItem = {
  encounterId: z.string(),
  startedAt: z.string(),
  teamKey: z.string().optional(),
  /** https://teams.microsoft.com/l/chat/…: back to the meeting's chat. */
  chatLink: z.string().optional(),
};

export const myNoteSchema = z.object({
  ...encounterItem,
  endedAt: z.string(),
  deadline: z.string(),
  state: z.enum(["open", "overdue"]),
});

export const myFollowUpSchema = z.object({
  ...encounterItem,
  dueDate: z.string(),
  pastDue: z.boolean(),
  /** The Québec date it was recorded as offered. */
  offeredOn: z.string().optional(),
});

export const myPartSchema = z.object({
  ...encounterItem,
  role: z.enum(LEARNER_ROLES),
  participation: z.enum(PARTICIPATIONS),
  atTrainingSite: z.boolean().optional(),
  clinicianId: z.string().optional(),
});

export const myStandingSchema = z.object({
  teamKey: z.string(),
  role: z.enum(LEARNER_ROLES),
  observations: z.number().int(),
  threshold: z.number().int().optional(),
  thresholdMet: z.boolean().optional(),
  designatedSince: z.string().optional(),
});

export const myEncountersSchema = z.object({
  /** The encounters read started on or after this instant, `days` days ago (domain MY_ENCOUNTERS_DAYS). */
  since: z.string(),
  days: z.number().int(),
  notes: z.array(myNoteSchema),
  followUps: z.array(myFollowUpSchema),
  /** A learner's own parts and, per team where they are registered, where they stand (§9.3, §9.4). */
  parts: z.array(myPartSchema),
  standings: z.array(myStandingSchema),
  /** The teams the items name. */
  teams: z.array(teamRefSchema),
  people: peopleSchema,
});
export type MyEncounters = z.infer<typeof myEncountersSchema>;
export type MyNote = z.infer<typeof myNoteSchema>;
export type MyFollowUp = z.infer<typeof myFollowUpSchema>;
export type MyPart = z.infer<typeof myPartSchema>;
export type MyStanding = z.infer<typeof myStandingSchema>;

export const noteFiledAnswerSchema = z.object({
  encounterId: z.string(),
  filedAt: z.string(),
  filedOnTime: z.boolean(),
});
export type NoteFiledAnswer = z.infer<typeof noteFiledAnswerSchema>;

/** When the next reminder comes; none once the deadline has passed. */
export const remindLaterAnswerSchema = z.object({ encounterId: z.string(), remindAt: z.string().nullable() });
export type RemindLaterAnswer = z.infer<typeof remindLaterAnswerSchema>;
