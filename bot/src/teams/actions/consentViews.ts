/** The answers consent actions give: the clinician view, or the patient-facing view (with a refusal notice). */
import type { AdaptiveCardInvokeResponse } from "botbuilder";
import {
  buildConsentClinicianCard,
  buildConsentSharedCard,
  type ConsentDraft,
} from "../../cards/consent/consentCard.js";
import type { CardNotice } from "../../cards/encounter/encounterCardParts.js";
import type { Encounter } from "../../domain/encounter.js";
import type { Locale } from "../../i18n/locale.js";
import { teamContextForEncounter } from "../turn/teamContext.js";
import type { Changed } from "../../encounters/encounterCommands.js";
import { cardResponse } from "./invokeResponses.js";
import { changeNotice } from "./changeNotice.js";
import type { BotPorts } from "../turn/botPorts.js";

export async function consentClinicianResponse(
  services: Pick<BotPorts, "logger" | "encounters" | "teamConfigs" | "teams">,
  encounter: Encounter,
  locale: Locale,
  notice?: CardNotice,
  draft?: ConsentDraft,
): Promise<AdaptiveCardInvokeResponse> {
  const team = await teamContextForEncounter(services, encounter);
  return cardResponse(
    buildConsentClinicianCard({
      locale,
      encounter,
      missingCorridor: team.missingCorridor,
      teamUnknown: team.teamUnknown,
      team,
      notice,
      draft,
    }),
  );
}

export async function consentPatientResponse(
  services: Pick<BotPorts, "logger" | "encounters" | "teamConfigs" | "teams">,
  encounter: Encounter,
  locale: Locale,
  notice?: CardNotice,
): Promise<AdaptiveCardInvokeResponse> {
  const { configuration } = await teamContextForEncounter(services, encounter);
  return cardResponse(buildConsentSharedCard({ locale, encounter, configuration, notice }));
}

/**
 * After a change: the clinician gets their view with the outcome, from the encounter as saved; everyone's card
 * is updated in place afterwards, by the job the command queued (the answer never waits for the Bot Connector).
 */
export function answerConsentChange(
  services: Pick<BotPorts, "logger" | "encounters" | "teamConfigs" | "teams">,
  result: Changed,
  locale: Locale,
): Promise<AdaptiveCardInvokeResponse> {
  return consentClinicianResponse(services, result.encounter, locale, changeNotice(result));
}
