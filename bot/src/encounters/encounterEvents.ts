/**
 * Listeners told when an encounter opens or closes (the reminders work subscribes to both).
 * A listener's failure is logged and never breaks the turn that caused the transition.
 */
import type { Encounter } from "../domain/encounter.js";
import type { Logger } from "../logger.js";

export type EncounterListener = (encounter: Encounter) => Promise<void>;

export interface EncounterEvents {
  opened: EncounterListener[];
  closed: EncounterListener[];
}

export function createEncounterEvents(): EncounterEvents {
  return { opened: [], closed: [] };
}

export async function notifyListeners(
  listeners: readonly EncounterListener[],
  encounter: Encounter,
  event: "opened" | "closed",
  logger: Logger,
): Promise<void> {
  for (const listener of listeners) {
    try {
      await listener(encounter);
    } catch (error) {
      logger.error(
        { err: { name: (error as Error).name, message: (error as Error).message }, event, encounterId: encounter.id },
        "encounter listener failed",
      );
    }
  }
}
