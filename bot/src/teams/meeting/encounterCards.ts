/**
 * Builds and posts the in-meeting cards of an encounter, and updates the shared card in place after an
 * action. Posting and updating are best effort once the record is saved: a failure is logged, the record
 * stands, and the clinician can post the cards again with a command.
 */
import { CardFactory, type TurnContext } from "botbuilder";
import type { Locale } from "../../i18n/locale.js";
import type { Encounter } from "../../domain/encounter.js";
import type { TeamConfiguration } from "../../domain/teamConfig.js";
import type { Services } from "../../services.js";
import type { AdaptiveCard } from "../../cards/renderCard.js";
import { buildConsentSharedCard } from "../../cards/consent/consentCard.js";
import { buildContingencySharedCard } from "../../cards/contingency/contingencyCard.js";

export type EncounterCardKind = "consent" | "contingency";

export function sharedCard(kind: EncounterCardKind, encounter: Encounter, locale: Locale, configuration: TeamConfiguration): AdaptiveCard {
  return kind === "consent" ? buildConsentSharedCard({ locale, encounter }) : buildContingencySharedCard({ locale, encounter, configuration });
}

/** Posts the shared view of the card(s) in the conversation and remembers their activity ids on the encounter. */
export async function postEncounterCards(
  context: TurnContext,
  services: Services,
  encounter: Encounter,
  kinds: EncounterCardKind[],
  locale: Locale,
  configuration: TeamConfiguration,
): Promise<void> {
  const ids: Partial<Pick<Encounter, "consentActivityId" | "contingencyActivityId" | "cardLocale">> = {};
  for (const kind of kinds) {
    const response = await context.sendActivity({ attachments: [CardFactory.adaptiveCard(sharedCard(kind, encounter, locale, configuration))] });
    if (response?.id) ids[kind === "consent" ? "consentActivityId" : "contingencyActivityId"] = response.id;
  }
  if (Object.keys(ids).length === 0) return;
  ids.cardLocale = locale;
  await services.encounters.update(encounter.tenantId, encounter.id, (e) => ({ ...e, ...ids }));
}

/** Replaces the card everyone sees (the message the invoke came from) with its new shared view. */
export async function updateSharedCard(context: TurnContext, services: Services, card: AdaptiveCard): Promise<void> {
  const id = context.activity.replyToId;
  if (!id) return;
  try {
    await context.updateActivity({ id, type: "message", attachments: [CardFactory.adaptiveCard(card)] });
  } catch (error) {
    services.logger.warn({ err: { name: (error as Error).name, message: (error as Error).message } }, "shared card not updated in place");
  }
}
