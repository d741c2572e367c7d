/** The answers contingency actions give: the clinician view, or the patient-facing plan (with a refusal notice). */
import type { AdaptiveCardInvokeResponse } from "botbuilder";
import { buildContingencyClinicianCard, buildContingencySharedCard } from "../../cards/contingency/contingencyCard.js";
import type { CardNotice } from "../../cards/encounter/encounterCardParts.js";
import type { LocationDraft } from "../../cards/contingency/locationSection.js";
import type { Encounter } from "../../domain/encounter.js";
import type { Locale } from "../../i18n/locale.js";
import { teamContextForEncounter, type ConversationTeamContext } from "../turn/teamContext.js";
import type { Changed } from "../../encounters/encounterCommands.js";
import { cardResponse } from "./invokeResponses.js";
import { changeNotice } from "./changeNotice.js";
import type { BotPorts } from "../turn/botPorts.js";

function clinicianCard(
  encounter: Encounter,
  team: ConversationTeamContext,
  locale: Locale,
  notice?: CardNotice,
  locationDraft?: LocationDraft,
) {
  return buildContingencyClinicianCard({
    locale,
    encounter,
    configuration: team.configuration,
    missingCorridor: team.missingCorridor,
    teamUnknown: team.teamUnknown,
    team,
    notice,
    locationDraft,
  });
}

/** The clinician's plan view; with `locationDraft`, the location as they left it, each message under its field. */
export async function contingencyClinicianResponse(
  services: Pick<BotPorts, "logger" | "encounters" | "teamConfigs" | "teams">,
  encounter: Encounter,
  locale: Locale,
  notice?: CardNotice,
  locationDraft?: LocationDraft,
): Promise<AdaptiveCardInvokeResponse> {
  const team = await teamContextForEncounter(services, encounter);
  return cardResponse(clinicianCard(encounter, team, locale, notice, locationDraft));
}

export async function contingencyPatientResponse(
  services: Pick<BotPorts, "logger" | "encounters" | "teamConfigs" | "teams">,
  encounter: Encounter,
  locale: Locale,
  notice?: CardNotice,
): Promise<AdaptiveCardInvokeResponse> {
  const { configuration } = await teamContextForEncounter(services, encounter);
  return cardResponse(buildContingencySharedCard({ locale, encounter, configuration, notice }));
}

/** After a change: the clinician's view from the encounter as saved; everyone's plan follows by the queued job. */
export async function answerContingencyChange(
  services: Pick<BotPorts, "logger" | "encounters" | "teamConfigs" | "teams">,
  result: Changed,
  locale: Locale,
): Promise<AdaptiveCardInvokeResponse> {
  return contingencyClinicianResponse(services, result.encounter, locale, changeNotice(result));
}
