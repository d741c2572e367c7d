/**
 * Encounters for the supervision and activity tests, written through the encounter repository (the real index
 * rows). Each happens in a private meeting of its own, with ids shaped as Teams gives them (teamsIds.ts): a
 * `19:meeting_…@thread.v2` chat and its meeting id, base64 of `0#<chat id>#0`. `teamKey` is a team's group id.
 */
import { randomUUID } from "node:crypto";
import type { AppPorts } from "../../bot/src/composition.js";
import {
  closeEncounter,
  newEncounter,
  recordConsent,
  recordPlan,
  reportConnectionLost,
  setNoteStatus,
} from "../../bot/src/domain/encounter.js";
import type { ConsentMethod, ConsentRecord } from "../../bot/src/domain/consent.js";

export interface SeedEncounter {
  tenantId: string;
  /** The team's Entra group id. */
  teamKey: string;
  organizerId: string;
  startedAt: string;
  minutes?: number;
  consent?: ConsentMethod;
  /** false: the consent was noted with gaps (identity not checked, limits not explained — 003 §1.3.1, §1.3.5). */
  consentComplete?: boolean;
  plan?: boolean;
  incidents?: number;
  /** Minutes after the end the note was filed; undefined: not filed. */
  noteFiledAfterMinutes?: number;
  newPatientVulnerable?: boolean;
}

/** A private meeting Teams has never seen: its chat id and its meeting id. */
export function newPrivateMeeting(): { chatId: string; meetingId: string } {
  const chatId = `19:meeting_${Buffer.from(randomUUID(), "utf8").toString("base64").replace(/=+$/, "")}@thread.v2`;
  return { chatId, meetingId: Buffer.from(`0#${chatId}#0`, "utf8").toString("base64") };
}

export async function seedEncounter(services: AppPorts, s: SeedEncounter): Promise<string> {
  const meeting = newPrivateMeeting();
  const e = newEncounter({
    tenantId: s.tenantId,
    meetingId: meeting.meetingId,
    conversationId: meeting.chatId,
    startedAt: s.startedAt,
    teamKey: s.teamKey,
    teamSource: "onlyTeam",
    organizerId: s.organizerId,
  });
  await services.encounters.create(e);
  const endedAt = new Date(Date.parse(s.startedAt) + (s.minutes ?? 30) * 60_000).toISOString();
  await services.encounters.update(s.tenantId, e.id, (x) => {
    let next = x;
    if (s.consent) {
      const record: ConsentRecord = {
        method: s.consent,
        scope: { session: true, recording: false, informationSharing: false },
        identityDocumentKind: s.consentComplete === false ? "notChecked" : "otherId",
        limitsExplained: s.consentComplete !== false,
        inPersonOffered: true,
        caregivers: "none",
        supportStaff: "none",
        substituteConsent: false,
        emergencyException: false,
        recordedBy: s.organizerId,
        recordedAt: s.startedAt,
      };
      next = recordConsent(next, record);
    }
    if (s.plan)
      next = recordPlan(next, {
        callbackDelayMinutes: 5,
        phoneVerified: true,
        emailVerified: false,
        emergencyContactConfirmed: true,
        agreedWithPatient: true,
        recordedBy: s.organizerId,
        recordedAt: s.startedAt,
      });
    for (let i = 0; i < (s.incidents ?? 0); i++) next = reportConnectionLost(next, s.organizerId, s.startedAt);
    if (s.newPatientVulnerable !== undefined)
      next = {
        ...next,
        newPatient: { vulnerable: s.newPatientVulnerable, recordedBy: s.organizerId, recordedAt: s.startedAt },
      };
    next = closeEncounter(next, endedAt, "clinician");
    if (s.noteFiledAfterMinutes !== undefined)
      next = setNoteStatus(
        next,
        "filed",
        new Date(Date.parse(endedAt) + s.noteFiledAfterMinutes * 60_000).toISOString(),
      );
    return next;
  });
  return e.id;
}
