/**
 * The crisis resources posted in the meeting chat for the patient (001, 004), one implementation for both doors:
 * the crisis steps card (teams/actions/contingencyCrisisResourcesAction.ts) and the side panel
 * (api/encounterPanelService.ts). The post is named by a crisis Balises recorded on this encounter — a click for a
 * time with no recorded crisis posts nothing — and the job posts once per crisis, however many clicks.
 */
import { recordedCrisisAt } from "../domain/crisis.js";
import type { Incident } from "../domain/contingency.js";
import type { Encounter } from "../domain/encounter.js";
import type { Localized } from "../i18n/locale.js";
import type { MeetingChatQueue } from "./encounterCommands.js";
import type { SharedCards } from "./sharedCardRefresh.js";

/** Both doors' answer to a click naming no recorded crisis. */
export const NO_SUCH_CRISIS: Localized = {
  "fr-CA": "Aucune situation de crise n'est consignée à cette heure pour cette rencontre : rien n'a été publié.",
  en: "No crisis is recorded at that time for this meeting: nothing was posted.",
};

/** Queues the post for the crisis recorded at `at`; the crisis, or undefined when none was recorded then. */
export async function postCrisisResources(
  sharedCards: Pick<SharedCards, "postCrisisResources">,
  chat: MeetingChatQueue,
  encounter: Encounter,
  at: string,
): Promise<Incident | undefined> {
  const crisis = recordedCrisisAt(encounter, at);
  if (!crisis) return undefined;
  await chat(encounter, "crisis resources", () => sharedCards.postCrisisResources(encounter, crisis.at));
  return crisis;
}
