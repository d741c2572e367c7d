/**
 * Builds and posts the in-meeting cards of an encounter, and updates the shared card in place after an
 * action. Posting and updating are best effort once the record is saved: a failure is logged, the record
 * stands, and the clinician can post the cards again with a command.
 */
import { CardFactory, type TurnContext } from "botbuilder";
import type { Locale } from "../../i18n/locale.js";
import type { Encounter } from "../../domain/encounter.js";
import type { AdaptiveCard } from "../../cards/renderCard.js";
import { buildConsentSharedCard } from "../../cards/consent/consentCard.js";
import { buildContingencySharedCard } from "../../cards/contingency/contingencyCard.js";
import { buildTeamSharedCard } from "../../cards/team/teamCard.js";
import type { ConversationTeamContext } from "../turn/teamContext.js";
import type { BotPorts } from "../turn/botPorts.js";

export type EncounterCardKind = "consent" | "contingency" | "team";

const ACTIVITY_ID_FIELD = {
  consent: "consentActivityId",
  contingency: "contingencyActivityId",
  team: "teamActivityId",
} as const;

export function sharedCard(
  kind: EncounterCardKind,
  encounter: Encounter,
  locale: Locale,
  team: ConversationTeamContext,
): AdaptiveCard {
  if (kind === "consent") return buildConsentSharedCard({ locale, encounter });
  if (kind === "team")
    return buildTeamSharedCard({ locale, encounter, ...(team.teamName ? { teamName: team.teamName } : {}) });
  return buildContingencySharedCard({ locale, encounter, configuration: team.configuration });
}

/** Posts the shared view of the card(s) in the conversation and remembers their activity ids on the encounter. */
export async function postEncounterCards(
  context: TurnContext,
  services: Pick<BotPorts, "logger" | "encounters">,
  encounter: Encounter,
  kinds: EncounterCardKind[],
  locale: Locale,
  team: ConversationTeamContext,
): Promise<void> {
  const ids: Partial<Pick<Encounter, "consentActivityId" | "contingencyActivityId" | "teamActivityId" | "cardLocale">> =
    {};
  for (const kind of kinds) {
    const response = await context.sendActivity({
      attachments: [CardFactory.adaptiveCard(sharedCard(kind, encounter, locale, team))],
    });
    if (response?.id) ids[ACTIVITY_ID_FIELD[kind]] = response.id;
  }
  if (Object.keys(ids).length === 0) return;
  ids.cardLocale = locale;
  await services.encounters.update(encounter.tenantId, encounter.id, (e) => ({ ...e, ...ids }));
}

/** Replaces a card everyone sees: by default the message the invoke came from. */
export async function updateSharedCard(
  context: TurnContext,
  services: Pick<BotPorts, "logger" | "encounters">,
  card: AdaptiveCard,
  activityId = context.activity.replyToId,
): Promise<void> {
  if (!activityId) return;
  try {
    await context.updateActivity({ id: activityId, type: "message", attachments: [CardFactory.adaptiveCard(card)] });
  } catch (error) {
    services.logger.warn(
      { err: { name: (error as Error).name, message: (error as Error).message } },
      "shared card not updated in place",
    );
  }
}
