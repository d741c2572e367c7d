/**
 * How an encounter and its summary are laid out in the Encounters table, and validated on the way back
 * (a row is data from outside the process too). Every column is an id, a timestamp, a count, a yes/no
 * or a code from a closed list: there is no column a person could type a patient's details into.
 */
import { z } from "zod";
import { isoInstant as iso, optionalColumn } from "./columns.js";
import { COMPANION_PRESENCE, CONSENT_METHODS, IDENTITY_DOCUMENT_KINDS, IN_PERSON_ANSWERS } from "../domain/consent.js";
import { INCIDENT_KINDS } from "../domain/contingency.js";
import { REGION_CODES } from "../domain/quebecRegions.js";
import { CONDITION_IDS, CONDITION_STATES } from "../domain/regulation2024.js";
import { CLOSED_BY, type Encounter, type EncounterSummary } from "../domain/encounter.js";
import { LEARNER_ROLES } from "../domain/learners.js";
import { PARTICIPATIONS } from "../domain/supervision.js";
import { TEAM_SOURCES } from "../domain/teams.js";
import type { Row } from "./tableGateway.js";

const oid = z.string().min(1).max(128);

const consentSchema = z
  .object({
    method: z.enum(CONSENT_METHODS).nullable(),
    scope: z.object({ session: z.boolean(), recording: z.boolean(), informationSharing: z.boolean() }),
    identityDocumentKind: z.enum(IDENTITY_DOCUMENT_KINDS),
    limitsExplained: z.boolean(),
    inPersonOffered: z.boolean(),
    inPersonAnswer: z.enum(IN_PERSON_ANSWERS).optional(),
    caregivers: z.enum(COMPANION_PRESENCE),
    supportStaff: z.enum(COMPANION_PRESENCE),
    interpreterPresent: z.boolean().optional(),
    substituteConsent: z.boolean(),
    emergencyException: z.boolean(),
    group: z
      .object({
        participants: z.number().int().min(1),
        consentsRecorded: z.number().int().min(0),
        conductRulesCommitment: z.boolean(),
        organisedByEstablishment: z.boolean().optional(),
      })
      .optional(),
    recordedBy: oid,
    recordedAt: iso,
    withdrawnAt: iso.optional(),
    withdrawnBy: oid.optional(),
  })
  .strict();

const planSchema = z
  .object({
    callbackDelayMinutes: z.number().int().min(0).max(240),
    phoneVerified: z.boolean(),
    emailVerified: z.boolean(),
    emergencyContactConfirmed: z.boolean(),
    agreedWithPatient: z.boolean(),
    recordedBy: oid,
    recordedAt: iso,
  })
  .strict();

const incidentSchema = z.object({ kind: z.enum(INCIDENT_KINDS), at: iso, by: oid }).strict();
// Issue 13: where the patient is for this visit (a region code and a yes/no).
const locationSchema = z
  .object({ regionCode: z.enum(REGION_CODES), confidential: z.boolean(), recordedBy: oid, recordedAt: iso })
  .strict();

const json = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .transform((text) => JSON.parse(text) as unknown)
    .pipe(schema);
/** An optional JSON column (absent, null or empty → undefined). */
const optionalJson = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .optional()
    .nullable()
    .transform((v) => (v ? (JSON.parse(v) as unknown) : undefined))
    .pipe(schema.optional());

// Issue 4 (supervision): learners' parts and the §2.3 new-patient fact.
const learnerPartSchema = z
  .object({
    learnerId: oid,
    role: z.enum(LEARNER_ROLES),
    participation: z.enum(PARTICIPATIONS),
    atTrainingSite: z.boolean().optional(),
  })
  .strict();
const participationSchema = learnerPartSchema.extend({ recordedBy: oid, recordedAt: iso }).strict();
// Issue 13: the regulation's conditions on the index rows, as the encounter decides them (regulationActivity.ts).
const conditionStatesSchema = z.record(z.enum(CONDITION_IDS), z.enum(CONDITION_STATES));
const newPatientSchema = z
  .object({
    vulnerable: z.boolean(),
    recordedBy: oid,
    recordedAt: iso,
    followUpOffered: z.object({ recordedBy: oid, recordedAt: iso }).strict().optional(),
  })
  .strict();
const optionalText = optionalColumn(z.string());

const primarySchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  meetingId: z.string(),
  conversationId: z.string(),
  teamKey: optionalText,
  teamSource: optionalColumn(z.enum(TEAM_SOURCES)),
  organizerId: optionalText,
  clinicianIds: json(z.array(oid)),
  refreshUserIds: json(z.array(z.string().max(256))),
  status: z.enum(["open", "closed"]),
  startedAt: iso,
  startedAtFirstUse: z
    .boolean()
    .nullish()
    .transform((v) => (v ? (true as const) : undefined)),
  scheduledEnd: optionalColumn(iso),
  endedAt: optionalColumn(iso),
  closedBy: optionalColumn(z.enum(CLOSED_BY)),
  modality: z.enum(["video", "phone"]),
  modalityChangedAt: optionalColumn(iso),
  participantCount: optionalColumn(z.number().int()),
  consents: json(z.array(consentSchema)),
  consentsInAuditOnly: z
    .number()
    .int()
    .min(0)
    .optional()
    .nullable()
    .transform((v) => v || undefined),
  plan: z
    .string()
    .optional()
    .nullable()
    .transform((v) => (v ? (JSON.parse(v) as unknown) : undefined))
    .pipe(planSchema.optional()),
  location: optionalJson(locationSchema),
  incidents: json(z.array(incidentSchema)),
  physicalPresenceRequired: optionalColumn(z.boolean()),
  noteStatus: z.enum(["notDue", "due", "filed", "overdue"]),
  noteStatusAt: optionalColumn(iso),
  consentRev: z.number().int(),
  planRev: z.number().int(),
  consentActivityId: optionalText,
  contingencyActivityId: optionalText,
  teamActivityId: optionalText,
  cardLocale: optionalColumn(z.enum(["fr-CA", "en"])),
  learners: optionalJson(z.array(participationSchema)),
  newPatient: optionalJson(newPatientSchema),
  version: z.number().int(),
});

/** The primary row's columns (keys are added by the repository). */
export function encounterColumns(e: Encounter, version: number): Row {
  return {
    id: e.id,
    tenantId: e.tenantId,
    meetingId: e.meetingId,
    conversationId: e.conversationId,
    teamKey: e.teamKey,
    teamSource: e.teamSource,
    organizerId: e.organizerId,
    clinicianIds: JSON.stringify(e.clinicianIds),
    refreshUserIds: JSON.stringify(e.refreshUserIds),
    status: e.status,
    startedAt: e.startedAt,
    startedAtFirstUse: e.startedAtFirstUse,
    scheduledEnd: e.scheduledEnd,
    endedAt: e.endedAt,
    closedBy: e.closedBy,
    modality: e.modality,
    modalityChangedAt: e.modalityChangedAt,
    participantCount: e.participantCount,
    consents: JSON.stringify(e.consents),
    consentsInAuditOnly: e.consentsInAuditOnly || undefined,
    plan: e.plan ? JSON.stringify(e.plan) : undefined,
    location: e.location ? JSON.stringify(e.location) : undefined,
    incidents: JSON.stringify(e.incidents),
    physicalPresenceRequired: e.physicalPresenceRequired,
    noteStatus: e.noteStatus,
    noteStatusAt: e.noteStatusAt,
    consentRev: e.consentRev,
    planRev: e.planRev,
    consentActivityId: e.consentActivityId,
    contingencyActivityId: e.contingencyActivityId,
    teamActivityId: e.teamActivityId,
    cardLocale: e.cardLocale,
    learners: e.learners?.length ? JSON.stringify(e.learners) : undefined,
    newPatient: e.newPatient ? JSON.stringify(e.newPatient) : undefined,
    version,
  };
}

export function encounterFromRow(row: Row): { encounter: Encounter; version: number } {
  const { version, ...encounter } = primarySchema.parse(row);
  return { encounter: encounter, version };
}

const summarySchema = z.object({
  encounterId: z.string(),
  startedAt: iso,
  endedAt: optionalColumn(iso),
  status: z.enum(["open", "closed"]),
  modality: z.enum(["video", "phone"]),
  durationMinutes: optionalColumn(z.number().int()),
  consentStatus: z.enum(["valid", "missing", "withdrawn", "emergencyException", "refused"]),
  consentKind: optionalColumn(z.enum([...CONSENT_METHODS, "emergencyException", "refused"])),
  planAgreed: z.boolean(),
  incidentsCount: z.number().int(),
  participantCount: optionalColumn(z.number().int()),
  noteStatus: z.enum(["notDue", "due", "filed", "overdue"]),
  clinicianId: optionalText,
  teamKey: optionalText,
  noteStatusAt: optionalColumn(iso),
  inPersonFollowUpDue: optionalColumn(z.iso.date()),
  inPersonFollowUpOffered: optionalColumn(z.iso.date()),
  learners: optionalJson(z.array(learnerPartSchema)),
  regulation: optionalJson(conditionStatesSchema),
  version: z.number().int(),
});

export function summaryColumns(s: EncounterSummary, version: number): Row {
  return {
    ...s,
    consentKind: s.consentKind ?? undefined,
    learners: s.learners?.length ? JSON.stringify(s.learners) : undefined,
    regulation: s.regulation ? JSON.stringify(s.regulation) : undefined,
    version,
  };
}

export function summaryFromRow(row: Row): { summary: EncounterSummary; version: number } {
  const { version, ...summary } = summarySchema.parse(row);
  return { summary: summary, version };
}
