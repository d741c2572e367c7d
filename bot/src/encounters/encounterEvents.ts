/**
 * Reactions to an encounter opening or closing, given to the lifecycle when it is built (encounterLifecycle.ts):
 * the composition root lists them in one place. A listener's failure is logged and never breaks the turn that
 * caused the transition.
 */
import type { Encounter } from "../domain/encounter.js";
import { loggedError, type Logger } from "../logger.js";

export type EncounterListener = (encounter: Encounter) => Promise<void>;

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
      logger.error({ err: loggedError(error), event, encounterId: encounter.id }, "encounter listener failed");
    }
  }
}
