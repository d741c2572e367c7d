/**
 * The encounter a text command acts on: the meeting's current one, or a new one opened now (meeting
 * events are unreliable, so every flow has a manual trigger). Outside a meeting chat: undefined, and the
 * person is told where the command works. Once open, anyone may post the cards again (they are patient-facing).
 */
import type { TurnContext } from "botbuilder";
import type { Locale } from "../../i18n/locale.js";
import type { Encounter } from "../../domain/encounter.js";
import type { BotPorts } from "../turn/botPorts.js";
import { teamContextForEncounter, type ConversationTeamContext } from "../turn/teamContext.js";
import { assignEncounterTeam } from "./encounterTeam.js";
import { currentOrNewEncounter, findCurrentEncounter } from "../../encounters/currentEncounter.js";
import { activityConversation, activityFrom, activityMeetingId, activityTenantId } from "../turn/conversationScope.js";
import { fetchMeetingFacts, isMeetingOrganizer } from "./meetingFacts.js";
import { postEncounterCards, type EncounterCardKind } from "./encounterCards.js";

const NOT_IN_MEETING = {
  "fr-CA": "Cette commande s'utilise dans la conversation d'une rencontre Teams où Balises a été ajouté.",
  en: "This command works in the chat of a Teams meeting to which Balises was added.",
};

const ORGANIZER_ONLY = {
  "fr-CA": "Seule la personne qui organise la rencontre peut ouvrir la rencontre de télésanté dans Balises.",
  en: "Only the meeting organiser can open the telehealth encounter in Balises.",
};

export interface CommandEncounter {
  encounter: Encounter;
  team: ConversationTeamContext;
}

export type CommandEncounterPorts = Pick<
  BotPorts,
  | "logger"
  | "now"
  | "devMeetingOrganizer"
  | "encounters"
  | "encounterLifecycle"
  | "teamConfigs"
  | "teams"
  | "teamResolver"
>;

/** What the card commands do: find or open the meeting's encounter, then post the card(s) asked for. */
export async function postCardsForCommand(
  context: TurnContext,
  services: CommandEncounterPorts,
  kinds: EncounterCardKind[],
  locale: Locale,
): Promise<void> {
  const found = await encounterForCommand(context, services, locale);
  if (found) await postEncounterCards(context, services, found.encounter, kinds, locale, found.team);
}

export async function encounterForCommand(
  context: TurnContext,
  services: CommandEncounterPorts,
  locale: Locale,
): Promise<CommandEncounter | undefined> {
  const tenantId = activityTenantId(context.activity);
  const meetingId = activityMeetingId(context.activity);
  const conversationId = activityConversation(context.activity)?.id;
  if (!tenantId || !meetingId || !conversationId) {
    await context.sendActivity(NOT_IN_MEETING[locale]);
    return undefined;
  }
  const now = services.now();
  const current = await findCurrentEncounter(services, tenantId, meetingId, now);
  if (current)
    return { encounter: current.encounter, team: await teamContextForEncounter(services, current.encounter) };

  // Only the organiser opens an encounter on demand: a participant typing the command must not create one.
  const facts = await fetchMeetingFacts(context, meetingId, services);
  const from = activityFrom(context.activity);
  const isOrganizer =
    from?.aadObjectId !== undefined &&
    (from.aadObjectId === facts.organizerId ||
      (await isMeetingOrganizer(context, meetingId, tenantId, from.aadObjectId, services)));
  if (!isOrganizer) {
    await context.sendActivity(ORGANIZER_ONLY[locale]);
    return undefined;
  }
  if (!facts.organizerId) {
    facts.organizerId = from.aadObjectId;
    facts.organizerUserId = from.id;
  }
  const assignment = await assignEncounterTeam(context, services, tenantId, meetingId, facts.organizerId);
  const { encounter } = await currentOrNewEncounter(services, {
    tenantId,
    meetingId,
    conversationId,
    startedAt: now.toISOString(),
    // Teams' start never reached Balises (no meetingStart): the chart says the time is this command's.
    startedAtFirstUse: true,
    teamKey: assignment.teamKey,
    teamSource: assignment.source,
    ...facts,
  });
  return { encounter, team: await teamContextForEncounter(services, encounter) };
}
