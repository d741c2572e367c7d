/**
 * Builds and posts the in-meeting cards of an encounter, and queues their update in place after an action
 * (the job renders them with `sharedCard`). Posting and updating are best effort once the record is saved: a
 * failure is logged, the record stands, and the clinician can post the cards again with a command.
 */
import { CardFactory, type Activity, type TurnContext } from "botbuilder";
import type { SharedCardKind } from "../../encounters/sharedCardRefresh.js";
import type { Locale } from "../../i18n/locale.js";
import type { Encounter } from "../../domain/encounter.js";
import type { AdaptiveCard } from "../../cards/renderCard.js";
import { buildConsentSharedCard } from "../../cards/consent/consentCard.js";
import { buildContingencySharedCard } from "../../cards/contingency/contingencyCard.js";
import { buildTeamSharedCard } from "../../cards/team/teamCard.js";
import type { ConversationTeamContext } from "../turn/teamContext.js";
import type { BotPorts } from "../turn/botPorts.js";
import { rememberConversation } from "../turn/rememberConversation.js";
import { loggedError } from "../../logger.js";

export type EncounterCardKind = SharedCardKind;

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
  if (kind === "consent") return buildConsentSharedCard({ locale, encounter, configuration: team.configuration });
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

/** The message id of a card posted for everyone, to replace it in place; undefined while it was never posted. */
export function sharedCardActivityId(kind: EncounterCardKind, encounter: Encounter): string | undefined {
  return encounter[ACTIVITY_ID_FIELD[kind]];
}

/**
 * After a change is saved: queues work for everyone in the meeting chat (encounters/sharedCardRefresh.ts), so the
 * person who acted gets their answer without waiting for the Bot Connector. The meeting chat's address is
 * remembered first when it was not yet (cards posted by a command, not at meetingStart): the jobs write there.
 * Best effort: the record stands whatever happens here; a failure is logged.
 */
export async function queueForMeetingChat(
  activity: Activity,
  services: Pick<BotPorts, "logger" | "now" | "conversations">,
  encounter: Encounter,
  what: string,
  queue: () => Promise<void>,
): Promise<void> {
  try {
    if (!(await services.conversations.getConversation(encounter.tenantId, encounter.conversationId)))
      await rememberConversation(activity, services);
    await queue();
  } catch (error) {
    services.logger.error(
      { err: loggedError(error), encounterId: encounter.id, what },
      "meeting chat update not queued",
    );
  }
}

/** Queues the update of everyone's copy of these cards, from the encounter as stored at `version` or later. */
export function refreshSharedCards(
  context: TurnContext,
  services: Pick<BotPorts, "logger" | "now" | "conversations" | "sharedCards">,
  encounter: Encounter,
  version: number,
  kinds: EncounterCardKind[],
): Promise<void> {
  return queueForMeetingChat(context.activity, services, encounter, `refresh ${kinds.join(", ")}`, () =>
    services.sharedCards.refresh(encounter, version, kinds),
  );
}
