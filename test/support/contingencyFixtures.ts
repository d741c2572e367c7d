/**
 * An encounter opened by its organiser, a plan agreed with the patient (003 §3), the patient's location for the
 * visit (004) and a team's crisis lines by region, as the tests record them: each test states only what it is
 * about (`overrides`). Teams-shaped ids.
 */
import { newEncounter, type Encounter } from "../../bot/src/domain/encounter.js";
import type { ContingencyPlan } from "../../bot/src/domain/contingency.js";
import type { PatientLocation } from "../../bot/src/domain/patientLocation.js";
import { DEFAULT_CRISIS_RESOURCES } from "../../bot/src/domain/crisisResources.js";
import type { CrisisResource } from "../../bot/src/domain/teamConfig.js";
import { PRIVATE_MEETING, TENANT, USERS } from "./teamsIds.js";

export const ORGANIZER = USERS.clinicien;

export function openEncounter(): Encounter {
  return newEncounter({
    tenantId: TENANT,
    meetingId: PRIVATE_MEETING.meetingId,
    conversationId: PRIVATE_MEETING.chatId,
    startedAt: "2026-11-23T14:00:00.000Z",
    organizerId: ORGANIZER.aadObjectId,
    organizerUserId: ORGANIZER.id,
  });
}

export function agreedPlan(overrides: Partial<ContingencyPlan> = {}): ContingencyPlan {
  return {
    callbackDelayMinutes: 5,
    phoneVerified: true,
    emailVerified: false,
    emergencyContactConfirmed: true,
    agreedWithPatient: true,
    recordedBy: ORGANIZER.aadObjectId,
    recordedAt: "2026-11-23T14:02:00.000Z",
    ...overrides,
  };
}

export function confirmedLocation(overrides: Partial<PatientLocation> = {}): PatientLocation {
  return {
    regionCode: "06",
    confidential: true,
    recordedBy: ORGANIZER.aadObjectId,
    recordedAt: "2026-11-23T14:01:00.000Z",
    ...overrides,
  };
}

export const LAVAL_LINE = "450 555-0100";
export const MONTREAL_LINE = "514 555-0123";

/** The Québec-wide lines and two of a team's own: one for Laval, one for Montréal (004: lines by region). */
export function regionalCrisisLines(): CrisisResource[] {
  return [
    ...DEFAULT_CRISIS_RESOURCES,
    { id: "crise-laval", region: "Laval", name: "Ligne de crise de Laval", phone: LAVAL_LINE },
    { id: "crise-mtl", region: "Montréal", name: "Centre de crise de l'Ouest", phone: MONTREAL_LINE },
  ];
}
