/** The answers contingency actions give: the clinician view, or the patient-facing plan (with a refusal notice). */
import type { AdaptiveCardInvokeResponse, TurnContext } from "botbuilder";
import { buildContingencyClinicianCard, buildContingencySharedCard } from "../../cards/contingency/contingencyCard.js";
import type { CardNotice } from "../../cards/encounter/encounterCardParts.js";
import type { Encounter } from "../../domain/encounter.js";
import type { Locale } from "../../i18n/locale.js";
import type { Services } from "../../services.js";
import { matrixForConversation } from "../teamContext.js";
import { updateSharedCard } from "../meeting/encounterCards.js";
import { cardResponse } from "./invokeResponses.js";
import type { Outcome } from "./encounterActionFlow.js";

export async function contingencyClinicianResponse(context: TurnContext, services: Services, encounter: Encounter, locale: Locale, notice?: CardNotice): Promise<AdaptiveCardInvokeResponse> {
  const { configuration, missingCorridor } = await matrixForConversation(context, services);
  return cardResponse(buildContingencyClinicianCard({ locale, encounter, configuration, missingCorridor, notice }));
}

export async function contingencyPatientResponse(context: TurnContext, services: Services, encounter: Encounter, locale: Locale, notice?: CardNotice): Promise<AdaptiveCardInvokeResponse> {
  const { configuration } = await matrixForConversation(context, services);
  return cardResponse(buildContingencySharedCard({ locale, encounter, configuration, notice }));
}

export async function answerContingencyChange(context: TurnContext, services: Services, result: { outcome: Outcome; encounter: Encounter }, locale: Locale): Promise<AdaptiveCardInvokeResponse> {
  const { configuration, missingCorridor } = await matrixForConversation(context, services);
  if (result.outcome === "changed") await updateSharedCard(context, services, buildContingencySharedCard({ locale: result.encounter.cardLocale ?? locale, encounter: result.encounter, configuration }));
  const notice: CardNotice | undefined = result.outcome === "changed" ? "saved" : result.outcome === "outdated" ? "outdated" : undefined;
  return cardResponse(buildContingencyClinicianCard({ locale, encounter: result.encounter, configuration, missingCorridor, notice }));
}
