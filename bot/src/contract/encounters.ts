/**
 * Encounters seen from the tab: which team a meeting belongs to, the caller's encounters still without a
 * team, and a learner's part or the §2.3 new-patient fact and its follow-up recorded on an encounter.
 *   GET/PUT /meetings/{meetingId}/team        PUT /encounters/{encounterId}/team
 *   GET     /me/encounters-without-team
 *   PUT/DELETE /encounters/{encounterId}/learners/{oid}   PUT/DELETE /encounters/{encounterId}/new-patient
 *   PUT     /encounters/{encounterId}/follow-up-offered
 * Both §2.3 routes answer NewPatientAnswer: the fact, the follow-up's due date, whether it was recorded as offered.
 */
import { z } from "zod";
import { LEARNER_ROLES } from "../domain/learners.js";
import { PARTICIPATIONS } from "../domain/supervision.js";
import { teamRefSchema } from "./common.js";

const encounterRefSchema = z.object({ id: z.string(), startedAt: z.string(), status: z.string() });

/** What the caller may see of a meeting: its encounter and team if they are one of its clinicians or a member. */
export const meetingTeamViewSchema = z.object({
  meetingId: z.string(),
  encounter: encounterRefSchema.nullable(),
  team: teamRefSchema.nullable(),
  source: z.string().nullable(),
  canChange: z.boolean(),
  choices: z.array(teamRefSchema),
});
export type MeetingTeamView = z.infer<typeof meetingTeamViewSchema>;

export const encounterTeamAnswerSchema = z.object({
  encounterId: z.string(),
  team: teamRefSchema.nullable(),
  source: z.string(),
});
export type EncounterTeamAnswer = z.infer<typeof encounterTeamAnswerSchema>;

export const encountersWithoutTeamSchema = z.object({
  items: z.array(z.object({ encounterId: z.string(), startedAt: z.string(), status: z.string() })),
  choices: z.array(teamRefSchema),
});
export type EncountersWithoutTeam = z.infer<typeof encountersWithoutTeamSchema>;

export const participationBodySchema = z.strictObject({
  participation: z.enum(PARTICIPATIONS),
  atTrainingSite: z.boolean().optional(),
});
export type ParticipationBody = z.input<typeof participationBodySchema>;

export const participationAnswerSchema = z.object({
  encounterId: z.string(),
  learners: z.array(
    z.object({
      learnerId: z.string(),
      role: z.enum(LEARNER_ROLES),
      participation: z.enum(PARTICIPATIONS),
      atTrainingSite: z.boolean().optional(),
    }),
  ),
});
export type ParticipationAnswer = z.infer<typeof participationAnswerSchema>;

export const newPatientBodySchema = z.strictObject({ vulnerable: z.boolean() });
export type NewPatientBody = z.input<typeof newPatientBodySchema>;

export const followUpOfferedBodySchema = z.strictObject({ offered: z.boolean() });
export type FollowUpOfferedBody = z.input<typeof followUpOfferedBodySchema>;

export const newPatientAnswerSchema = z.object({
  encounterId: z.string(),
  newPatient: z.object({ vulnerable: z.boolean() }).nullable(),
  inPersonFollowUpDue: z.string().nullable(),
  /** The Québec date the follow-up was recorded as offered (yyyy-mm-dd); null: not recorded. */
  inPersonFollowUpOffered: z.string().nullable(),
  /** Past its due date and not recorded as offered (Québec's today); null: no follow-up is due. */
  inPersonFollowUpPastDue: z.boolean().nullable(),
});
export type NewPatientAnswer = z.infer<typeof newPatientAnswerSchema>;
