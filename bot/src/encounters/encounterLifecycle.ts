/**
 * Opening and closing encounters, with the events the reminders work listens to. No botbuilder here:
 * the meeting handlers, commands and the scheduler all come through these two functions.
 */
import {
  closeEncounter as closeTransition,
  newEncounter,
  type ClosedBy,
  type Encounter,
  type NewEncounterInput,
} from "../domain/encounter.js";
import type { Services } from "../services.js";
import { notifyListeners } from "./encounterEvents.js";

export interface OpenResult {
  /** False when this occurrence already existed (a second meetingStart): nothing was notified. */
  created: boolean;
  encounter: Encounter;
}

/** Creates the occurrence if absent and tells `encounterEvents.opened` listeners on creation only. */
export async function openEncounter(
  services: Pick<Services, "encounters" | "encounterEvents" | "logger">,
  input: NewEncounterInput,
): Promise<OpenResult> {
  const { created, stored } = await services.encounters.create(newEncounter(input));
  if (created) await notifyListeners(services.encounterEvents.opened, stored.encounter, "opened", services.logger);
  return { created, encounter: stored.encounter };
}

export interface CloseInput {
  tenantId: string;
  encounterId: string;
  endedAt: string;
  closedBy: ClosedBy;
}

export interface CloseResult {
  /** True only for the call that moved the encounter from open to closed. */
  closed: boolean;
  encounter?: Encounter;
}

/**
 * Closes exactly once (ETag-conditional): a second meetingEnd, the clinician's "note" command and the
 * scheduler's fallback may all arrive; only the first closes and notifies `encounterEvents.closed`.
 * Unknown encounter: `{ closed: false }`.
 */
export async function closeEncounter(
  services: Pick<Services, "encounters" | "encounterEvents" | "logger">,
  input: CloseInput,
): Promise<CloseResult> {
  const endedAt = new Date(input.endedAt).toISOString();
  const result = await services.encounters.update(input.tenantId, input.encounterId, (e) =>
    closeTransition(e, endedAt, input.closedBy),
  );
  if (!result) return { closed: false };
  if (result.changed)
    await notifyListeners(services.encounterEvents.closed, result.encounter, "closed", services.logger);
  return { closed: result.changed, encounter: result.encounter };
}
