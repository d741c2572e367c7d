/**
 * The demo team's encounters, built from the schedule (demoSchedule.ts) with the same pure transitions the
 * bot and the API apply (domain/encounter.ts, domain/supervision.ts), so every stored row is one the product
 * could have written: consent (003 §1.1, §1.3), the person's region, contingency plan and incidents (§3),
 * learners' parts (§9.3, §9.4), the §2.3 new-patient fact, the note (§1.1, §8.8). Ids, codes and times only: no
 * patient data.
 */
import { recordFollowUpOffered, recordNewPatient } from "../domain/newPatient.js";
import type { ConsentRecord } from "../domain/consent.js";
import {
  closeEncounter,
  newEncounter,
  recordConsent,
  recordLocation,
  recordPlan,
  reportConnectionLost,
  setNoteStatus,
  setPhysicalPresenceRequired,
  switchToPhone,
  withdrawCurrentConsent,
  type Encounter,
} from "../domain/encounter.js";
import { setParticipation } from "../domain/supervision.js";
import { demoSchedule, type DemoVisit } from "./demoSchedule.js";
import { DEMO_TEAM, DEMO_TENANT_ID, demoPersona, meetingIdOfChat } from "./demoTeam.js";

const minutesAfter = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

function consentOf(v: DemoVisit, by: string): ConsentRecord | undefined {
  if (v.consent === "missing") return undefined;
  return {
    method: v.consent === "withdrawn" ? "verbal" : v.consent,
    scope: { session: true, recording: false, informationSharing: v.informationSharing },
    identityDocumentKind: v.identity,
    limitsExplained: true,
    inPersonOffered: true,
    caregivers: v.caregivers ? "presentWithConsent" : "none",
    supportStaff: "none",
    substituteConsent: false,
    emergencyException: false,
    recordedBy: by,
    recordedAt: minutesAfter(v.startedAt, 3),
  };
}

/**
 * What was recorded during the meeting: the person's location and the plan (at the start, §3), consent, learners,
 * incidents.
 */
function duringMeeting(start: Encounter, v: DemoVisit, by: string): Encounter {
  let e = start;
  if (v.location) e = recordLocation(e, { ...v.location, recordedBy: by, recordedAt: minutesAfter(v.startedAt, 1) });
  if (v.plan !== "none") {
    e = recordPlan(e, {
      callbackDelayMinutes: 5,
      phoneVerified: v.phoneVerified,
      emailVerified: v.emailVerified,
      emergencyContactConfirmed: v.emergencyContact,
      agreedWithPatient: true,
      recordedBy: by,
      recordedAt: minutesAfter(v.startedAt, 1),
    });
  }
  const consent = consentOf(v, by);
  if (consent) e = setPhysicalPresenceRequired(recordConsent(e, consent), false);
  if (v.consent === "withdrawn") e = withdrawCurrentConsent(e, by, minutesAfter(v.startedAt, 12));
  if (v.learner) e = withLearner(e, v.learner, v.startedAt);
  if (v.newPatient) e = recordNewPatient(e, v.newPatient.vulnerable, by, minutesAfter(v.startedAt, 5));
  if (v.incidents.includes("connectionLost")) e = reportConnectionLost(e, by, minutesAfter(v.startedAt, 9));
  if (v.incidents.includes("switchedToPhone")) e = switchToPhone(e, by, minutesAfter(v.startedAt, 10));
  return e;
}

/** The supervisor records the learner's part (§9.3 students, §9.4 residents). */
function withLearner(e: Encounter, part: NonNullable<DemoVisit["learner"]>, startedAt: string): Encounter {
  const learner = demoPersona(part.who);
  const learners = setParticipation(e.learners ?? [], {
    learnerId: learner.oid,
    role: part.who === "resident" ? "resident" : "medicalStudent",
    participation: part.participation,
    ...(part.atTrainingSite !== undefined ? { atTrainingSite: part.atTrainingSite } : {}),
    recordedBy: demoPersona("superviseur").oid,
    recordedAt: minutesAfter(startedAt, 2),
  });
  return learners === "tooMany" ? e : { ...e, learners };
}

export function demoEncounter(v: DemoVisit): Encounter {
  const organizer = demoPersona(v.organizer).oid;
  const opened = newEncounter({
    tenantId: DEMO_TENANT_ID,
    meetingId: meetingIdOfChat(v.chatId),
    conversationId: v.chatId,
    startedAt: v.startedAt,
    teamKey: DEMO_TEAM.groupId,
    teamSource: "onlyTeam",
    organizerId: organizer,
  });
  const closed = closeEncounter({ ...duringMeeting(opened, v, organizer), cardLocale: "fr-CA" }, v.endedAt, v.closedBy);
  const noted = v.note.status === "due" ? closed : setNoteStatus(closed, v.note.status, v.note.at);
  return afterwards(noted, v, organizer);
}

/** §2.3: the follow-up the clinician recorded as offered after the visit, when she did. */
function afterwards(e: Encounter, v: DemoVisit, by: string): Encounter {
  if (!v.newPatient?.offeredAt) return e;
  const offered = recordFollowUpOffered(e, true, by, v.newPatient.offeredAt);
  return offered === "notNewPatient" ? e : offered;
}

/** The demo team's encounters up to `now`, oldest first. */
export function demoEncounters(now: Date): Encounter[] {
  return demoSchedule(now).map(demoEncounter);
}
