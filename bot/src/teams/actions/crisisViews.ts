/** The crisis steps as the answer to the clinician who clicked: Teams shows an invoke's answer to the caller only. */
import type { AdaptiveCardInvokeResponse } from "botbuilder";
import { buildCrisisStepsCard } from "../../cards/contingency/crisisCard.js";
import type { Incident } from "../../domain/contingency.js";
import type { Encounter } from "../../domain/encounter.js";
import type { Locale } from "../../i18n/locale.js";
import { teamContextForEncounter } from "../turn/teamContext.js";
import { cardResponse } from "./invokeResponses.js";
import type { BotPorts } from "../turn/botPorts.js";

export async function crisisStepsResponse(
  services: Pick<BotPorts, "logger" | "encounters" | "teamConfigs" | "teams">,
  encounter: Encounter,
  locale: Locale,
  crisis: Incident | undefined,
  posted = false,
): Promise<AdaptiveCardInvokeResponse> {
  const { configuration } = await teamContextForEncounter(services, encounter);
  return cardResponse(buildCrisisStepsCard({ locale, encounter, configuration, crisis, posted }));
}
