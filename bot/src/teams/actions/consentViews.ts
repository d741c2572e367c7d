/** The answers consent actions give: the clinician view, or the patient-facing view (with a refusal notice). */
import type { AdaptiveCardInvokeResponse } from "botbuilder";
import {
  buildConsentClinicianCard,
  buildConsentSharedCard,
  type ConsentDraft,
} from "../../cards/consent/consentCard.js";
import type { CardNotice } from "../../cards/encounter/encounterCardParts.js";
import { activeConsent } from "../../domain/consent.js";
import type { Encounter } from "../../domain/encounter.js";
import type { Locale } from "../../i18n/locale.js";
import { teamContextForEncounter } from "../turn/teamContext.js";
import type { Changed } from "../../encounters/encounterCommands.js";
import { cardResponse } from "./invokeResponses.js";
import { changeNotice } from "./changeNotice.js";
import type { BotPorts } from "../turn/botPorts.js";

type ConsentViewPorts = Pick<BotPorts, "logger" | "encounters" | "teamConfigs" | "teams" | "consentPreferences">;

/** `viewerId`: the clinician the view is for — a blank form starts from their usual choices (not a draft's). */
export async function consentClinicianResponse(
  services: ConsentViewPorts,
  encounter: Encounter,
  locale: Locale,
  viewerId: string,
  notice?: CardNotice,
  draft?: ConsentDraft,
): Promise<AdaptiveCardInvokeResponse> {
  // Only a blank form starts from them: no read while a consent stands (most refreshes) or a draft is shown.
  const blank = !draft && !activeConsent(encounter.consents);
  const [team, usual] = await Promise.all([
    teamContextForEncounter(services, encounter),
    blank ? services.consentPreferences.get(encounter.tenantId, viewerId) : undefined,
  ]);
  return cardResponse(
    buildConsentClinicianCard({
      locale,
      encounter,
      missingCorridor: team.missingCorridor,
      teamUnknown: team.teamUnknown,
      team,
      notice,
      draft,
      usual,
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
  services: ConsentViewPorts,
  result: Changed,
  locale: Locale,
  viewerId: string,
): Promise<AdaptiveCardInvokeResponse> {
  return consentClinicianResponse(services, result.encounter, locale, viewerId, changeNotice(result));
}
