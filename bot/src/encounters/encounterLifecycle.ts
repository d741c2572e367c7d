/**
 * Opening and closing encounters, and the reactions to each, given at construction: the composition root
 * lists them (schedule the auto-close check and the retention purge when one opens, open the note obligation
 * when one closes). No botbuilder here: the meeting handlers, commands and the auto-close job all come through
 * `open` and `close`.
 */
import {
  closeEncounter as closeTransition,
  newEncounter,
  type ClosedBy,
  type Encounter,
  type NewEncounterInput,
} from "../domain/encounter.js";
import type { Logger } from "../logger.js";
import type { EncounterRepository } from "../storage/encounterRepository.js";
import { notifyListeners, type EncounterListener } from "./encounterEvents.js";

export interface OpenResult {
  /** False when this occurrence already existed (a second meetingStart): nothing was notified. */
  created: boolean;
  encounter: Encounter;
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

export interface EncounterLifecycleDeps {
  encounters: Pick<EncounterRepository, "create" | "update">;
  logger: Logger;
  /** Told once per occurrence, when it is created. */
  onOpened?: readonly EncounterListener[];
  /** Told once per encounter, by the call that closed it. */
  onClosed?: readonly EncounterListener[];
}

export class EncounterLifecycle {
  private readonly onOpened: readonly EncounterListener[];
  private readonly onClosed: readonly EncounterListener[];

  constructor(private readonly deps: EncounterLifecycleDeps) {
    this.onOpened = deps.onOpened ?? [];
    this.onClosed = deps.onClosed ?? [];
  }

  /** Creates the occurrence if absent and tells the `onOpened` listeners on creation only. */
  async open(input: NewEncounterInput): Promise<OpenResult> {
    const { created, stored } = await this.deps.encounters.create(newEncounter(input));
    if (created) await notifyListeners(this.onOpened, stored.encounter, "opened", this.deps.logger);
    return { created, encounter: stored.encounter };
  }

  /**
   * Closes exactly once (ETag-conditional): a second meetingEnd, the clinician's "note" command and the
   * auto-close job may all arrive; only the first closes and tells the `onClosed` listeners.
   * Unknown encounter: `{ closed: false }`.
   */
  async close(input: CloseInput): Promise<CloseResult> {
    const endedAt = new Date(input.endedAt).toISOString();
    const result = await this.deps.encounters.update(input.tenantId, input.encounterId, (e) =>
      closeTransition(e, endedAt, input.closedBy),
    );
    if (!result) return { closed: false };
    if (result.changed) await notifyListeners(this.onClosed, result.encounter, "closed", this.deps.logger);
    return { closed: result.changed, encounter: result.encounter };
  }
}

/** Where callers find the lifecycle (the services the handlers receive carry it under this name). */
export interface LifecyclePort {
  encounterLifecycle: EncounterLifecycle;
}

/** Same as `deps.encounterLifecycle.open(input)`. */
export async function openEncounter(deps: LifecyclePort, input: NewEncounterInput): Promise<OpenResult> {
  return deps.encounterLifecycle.open(input);
}

/** Same as `deps.encounterLifecycle.close(input)`. */
export async function closeEncounter(deps: LifecyclePort, input: CloseInput): Promise<CloseResult> {
  return deps.encounterLifecycle.close(input);
}
