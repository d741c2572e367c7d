/**
 * An encounter: one occurrence of a Teams meeting in which Balises is present (seed 003 §1.1, §3).
 * It holds what was done, of what kind, by whom (Entra object ids) and when — never who the patient is.
 * State transitions are pure: each returns the next encounter, or the same object when nothing changes
 * (so a replayed action is a no-op the caller can detect with `===`).
 */
import {
  consentKind,
  consentStatus,
  currentConsent,
  patientCount,
  type ConsentKind,
  type ConsentRecord,
  type ConsentStatus,
} from "./consent.js";
import { appendConsent, withdrawCurrent } from "./consentHistory.js";
import { appendIncident, planStatus, type ContingencyPlan, type Incident, type IncidentKind } from "./contingency.js";
import { inPersonFollowUpOf, type NewPatientFact } from "./newPatient.js";
import type { LearnerParticipation } from "./supervision.js";
import { sameLocation, type PatientLocation } from "./patientLocation.js";
import type { Locale } from "../i18n/locale.js";
import type { TeamSource } from "./teams.js";
import { encounterIdFor } from "./encounterId.js";
import { encounterConditionStates, type ConditionStates } from "./regulationActivity.js";

// The id functions live in encounterId.ts; their callers import them from here too.
export { encounterIdFor, ENCOUNTER_ID_PATTERN, parseEncounterId } from "./encounterId.js";

export type EncounterStatus = "open" | "closed";
export const CLOSED_BY = ["meetingEnd", "clinician", "scheduler"] as const;
export type ClosedBy = (typeof CLOSED_BY)[number];
/** The meeting starts as video; a switch to phone (§3 fallback) is recorded. */
export type EncounterModality = "video" | "phone";
/** The note obligation (§1.1, §8.8): not due while open, due at close; the reminders work moves it on. */
export type NoteStatus = "notDue" | "due" | "filed" | "overdue";

/** Teams limits `refresh.userIds` to 60 users. */
export const MAX_REFRESH_USERS = 60;

export interface Encounter {
  /** Opaque, key-safe, derived from the meeting id and the occurrence's start (see encounterIdFor). */
  id: string;
  tenantId: string;
  meetingId: string;
  /** The meeting chat (conversation id). */
  conversationId: string;
  /** The Entra group id of the encounter's team (domain/teams.ts assignTeam); absent while none applies. */
  teamKey?: string;
  /** How the team was found, or why there is none ("pending": the organiser must choose; "none"). */
  teamSource?: TeamSource;
  /** Entra object id of the meeting organiser, when known. */
  organizerId?: string;
  /** Entra object ids of the clinicians allowed to record on this encounter (the organiser first). */
  clinicianIds: string[];
  /** Teams user ids (29:…) of those clinicians, for the cards' `refresh.userIds`. Staff only. */
  refreshUserIds: string[];
  status: EncounterStatus;
  startedAt: string;
  /** `startedAt` is when a command opened the encounter: Teams' start never reached Balises. Absent: Teams'. */
  startedAtFirstUse?: true;
  scheduledEnd?: string;
  endedAt?: string;
  closedBy?: ClosedBy;
  modality: EncounterModality;
  modalityChangedAt?: string;
  /** Patients taking part (the group's count, or one), once consent is recorded. */
  participantCount?: number;
  /** The consents recorded, the current one last (earlier ones may be withdrawn); the most recent only (consentHistory.ts). */
  consents: ConsentRecord[];
  /** Earlier consents no longer kept here, in the encounter's audit only (consentHistory.ts). Absent: none. */
  consentsInAuditOnly?: number;
  plan?: ContingencyPlan;
  /** Where the patient is for this visit (region and confidentiality only), once the clinician confirmed it. */
  location?: PatientLocation;
  incidents: Incident[];
  /** Regulation condition 2: true when the service needs both to be present (e.g. an exam); unknown until answered. */
  physicalPresenceRequired?: boolean;
  noteStatus: NoteStatus;
  noteStatusAt?: string;
  /** Bumped by every consent change; consent cards carry it, so an outdated card cannot overwrite. */
  consentRev: number;
  /** Bumped by every contingency change (plan, location, incident, modality). */
  planRev: number;
  /** Activity ids of the cards posted in the meeting chat, to update them in place. */
  consentActivityId?: string;
  contingencyActivityId?: string;
  teamActivityId?: string;
  /** Language the shared cards were posted in: updates for everyone keep it, whoever acts. */
  cardLocale?: Locale;
  /** Issue 4 (supervision): learners' parts in this encounter (§9.3, §9.4). Absent = none recorded. */
  learners?: LearnerParticipation[];
  /** Issue 4: a new patient seen in telehealth (§2.3): drives the in-person follow-up due date (1 month if vulnerable, else 3). */
  newPatient?: NewPatientFact;
}

export interface NewEncounterInput {
  tenantId: string;
  meetingId: string;
  conversationId: string;
  startedAt: string;
  teamKey?: string;
  teamSource?: TeamSource;
  organizerId?: string;
  organizerUserId?: string;
  scheduledEnd?: string;
  startedAtFirstUse?: true;
}

export function newEncounter(input: NewEncounterInput): Encounter {
  return {
    id: encounterIdFor(input.meetingId, input.startedAt),
    tenantId: input.tenantId,
    meetingId: input.meetingId,
    conversationId: input.conversationId,
    teamKey: input.teamKey,
    teamSource: input.teamSource,
    organizerId: input.organizerId,
    clinicianIds: input.organizerId ? [input.organizerId] : [],
    refreshUserIds: input.organizerUserId ? [input.organizerUserId] : [],
    status: "open",
    startedAt: new Date(input.startedAt).toISOString(),
    ...(input.startedAtFirstUse ? { startedAtFirstUse: true as const } : {}),
    scheduledEnd: input.scheduledEnd,
    modality: "video",
    consents: [],
    incidents: [],
    noteStatus: "notDue",
    consentRev: 0,
    planRev: 0,
  };
}

/** open → closed exactly once; closing a closed encounter returns it unchanged. */
export function closeEncounter(e: Encounter, endedAt: string, closedBy: ClosedBy): Encounter {
  if (e.status === "closed") return e;
  return { ...e, status: "closed", endedAt, closedBy, noteStatus: e.noteStatus === "notDue" ? "due" : e.noteStatus };
}

/** Records a clinician allowed to act (the organiser, or a co-organiser who acted); bounded for refresh.userIds. */
export function addClinician(e: Encounter, objectId: string, teamsUserId?: string): Encounter {
  const knownId = e.clinicianIds.includes(objectId);
  const knownMri =
    !teamsUserId || e.refreshUserIds.includes(teamsUserId) || e.refreshUserIds.length >= MAX_REFRESH_USERS;
  if (knownId && knownMri) return e;
  return {
    ...e,
    organizerId: e.organizerId ?? objectId,
    clinicianIds: knownId ? e.clinicianIds : [...e.clinicianIds, objectId],
    refreshUserIds: knownMri ? e.refreshUserIds : [...e.refreshUserIds, teamsUserId],
  };
}

export function isRecordedClinician(e: Encounter, objectId: string | undefined): boolean {
  return objectId !== undefined && e.clinicianIds.includes(objectId);
}

/** The encounter moves to another team (chosen by a clinician among their own teams); same team: unchanged. */
export function setEncounterTeam(e: Encounter, teamKey: string, source: TeamSource): Encounter {
  return e.teamKey === teamKey ? e : { ...e, teamKey, teamSource: source };
}

/** The new consent becomes the current one; the encounter keeps a bounded history (consentHistory.ts). */
export function recordConsent(e: Encounter, record: ConsentRecord): Encounter {
  return { ...appendConsent(e, record), participantCount: patientCount(record), consentRev: e.consentRev + 1 };
}

/** Withdrawing when there is no current consent, or it is already withdrawn, changes nothing. */
export function withdrawCurrentConsent(e: Encounter, by: string, at: string): Encounter {
  const next = withdrawCurrent(e, by, at);
  return next === e ? e : { ...next, consentRev: e.consentRev + 1 };
}

export function setPhysicalPresenceRequired(e: Encounter, required: boolean): Encounter {
  return e.physicalPresenceRequired === required ? e : { ...e, physicalPresenceRequired: required };
}

export function recordPlan(e: Encounter, plan: ContingencyPlan): Encounter {
  return { ...e, plan, planRev: e.planRev + 1 };
}

/** 004, 003 §3: confirmed at the start of each encounter; the same answer again changes nothing. */
export function recordLocation(e: Encounter, location: PatientLocation): Encounter {
  return sameLocation(e.location, location) ? e : { ...e, location, planRev: e.planRev + 1 };
}

function reportIncident(kind: IncidentKind) {
  return (e: Encounter, by: string, at: string): Encounter => ({
    ...e,
    incidents: appendIncident(e.incidents, { kind, at, by }),
    planRev: e.planRev + 1,
  });
}

/** 003 §3: the connection was lost; the fallback steps follow. */
export const reportConnectionLost = reportIncident("connectionLost");

/** 001, 004: a crisis during the encounter, recorded as a code with its time and who reported it. */
export const reportCrisis = reportIncident("crisis");

/** §3: phone as the fallback. Switching twice changes nothing the second time. */
export function switchToPhone(e: Encounter, by: string, at: string): Encounter {
  if (e.modality === "phone") return e;
  return {
    ...e,
    modality: "phone",
    modalityChangedAt: at,
    incidents: appendIncident(e.incidents, { kind: "switchedToPhone", at, by }),
    planRev: e.planRev + 1,
  };
}

export function setNoteStatus(e: Encounter, noteStatus: NoteStatus, at: string): Encounter {
  return e.noteStatus === noteStatus ? e : { ...e, noteStatus, noteStatusAt: at };
}

export function currentConsentStatus(e: Encounter): ConsentStatus {
  return consentStatus(currentConsent(e.consents));
}

/** What the activity view (clinician's and team's lists) shows, kept on the index rows. */
export interface EncounterSummary {
  encounterId: string;
  startedAt: string;
  endedAt?: string;
  status: EncounterStatus;
  modality: EncounterModality;
  durationMinutes?: number;
  consentStatus: ConsentStatus["kind"];
  consentKind?: ConsentKind;
  planAgreed: boolean;
  incidentsCount: number;
  participantCount?: number;
  noteStatus: NoteStatus;
  clinicianId?: string;
  teamKey?: string;
  /** Issue 4: when noteStatus last changed (for "filed": the filing time, to tell on time from late, §1.1). */
  noteStatusAt?: string;
  /** Issue 4: §2.3 in-person follow-up due date (yyyy-mm-dd, Québec time) for a new patient. */
  inPersonFollowUpDue?: string;
  /** The Québec date (yyyy-mm-dd) the follow-up was recorded as offered: it is then no longer due. */
  inPersonFollowUpOffered?: string;
  /** Issue 4: learners' parts (no recorder details on the index rows). */
  learners?: Pick<LearnerParticipation, "learnerId" | "role" | "participation" | "atTrainingSite">[];
  /** Issue 13: the regulation's conditions as the encounter decides them (regulationActivity.ts). */
  regulation?: ConditionStates;
}

export function summarize(e: Encounter): EncounterSummary {
  const followUp = inPersonFollowUpOf(e);
  const consent = currentConsent(e.consents);
  const duration = e.endedAt
    ? Math.max(0, Math.round((Date.parse(e.endedAt) - Date.parse(e.startedAt)) / 60_000))
    : undefined;
  return {
    encounterId: e.id,
    startedAt: e.startedAt,
    endedAt: e.endedAt,
    status: e.status,
    modality: e.modality,
    durationMinutes: duration,
    consentStatus: currentConsentStatus(e).kind,
    consentKind: consent ? consentKind(consent) : undefined,
    planAgreed: planStatus(e.plan).kind === "agreed",
    incidentsCount: e.incidents.length,
    participantCount: e.participantCount,
    noteStatus: e.noteStatus,
    clinicianId: e.organizerId,
    teamKey: e.teamKey,
    noteStatusAt: e.noteStatusAt,
    inPersonFollowUpDue: followUp?.dueDate,
    inPersonFollowUpOffered: followUp?.offeredOn,
    learners: e.learners?.length
      ? e.learners.map((l) => ({
          learnerId: l.learnerId,
          role: l.role,
          participation: l.participation,
          ...(l.atTrainingSite !== undefined ? { atTrainingSite: l.atTrainingSite } : {}),
        }))
      : undefined,
    regulation: encounterConditionStates(e),
  };
}
