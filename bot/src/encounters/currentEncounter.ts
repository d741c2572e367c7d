/**
 * Which encounter a meeting is in now. A meeting id is shared by every occurrence of a recurring meeting
 * (and by successive patients on a reused link), so "the current encounter" is the meeting's latest
 * occurrence only while it is open and started less than SAME_OCCURRENCE_HOURS ago; after that, a new
 * start opens a new encounter (a lost meetingEnd is the scheduler's to close, not a reason to merge).
 */
import type { NewEncounterInput } from "../domain/encounter.js";
import type { EncounterRepository, StoredEncounter } from "../storage/encounterRepository.js";
import type { LifecyclePort, OpenResult } from "./encounterLifecycle.js";

export const SAME_OCCURRENCE_HOURS = 12;

export interface MeetingEncounters {
  encounters: Pick<EncounterRepository, "latestForMeeting">;
}

export async function findCurrentEncounter(
  services: MeetingEncounters,
  tenantId: string,
  meetingId: string,
  at: Date,
): Promise<StoredEncounter | undefined> {
  return currentOccurrence(await services.encounters.latestForMeeting(tenantId, meetingId), at);
}

/** The meeting's latest occurrence if it is still the current encounter at `at`. */
export function currentOccurrence(latest: StoredEncounter | undefined, at: Date): StoredEncounter | undefined {
  if (!latest || latest.encounter.status !== "open") return undefined;
  const ageMs = at.getTime() - Date.parse(latest.encounter.startedAt);
  return ageMs <= SAME_OCCURRENCE_HOURS * 3_600_000 ? latest : undefined;
}

/** The current encounter, or a new one opened at `input.startedAt` (create-if-absent). */
export async function currentOrNewEncounter(
  services: MeetingEncounters & LifecyclePort,
  input: NewEncounterInput,
): Promise<OpenResult> {
  const current = await findCurrentEncounter(services, input.tenantId, input.meetingId, new Date(input.startedAt));
  if (current) return { created: false, encounter: current.encounter };
  return services.encounterLifecycle.open(input);
}
