/**
 * The steps every encounter card action shares. Card data is untrusted: only the encounter id and the
 * card's revision come from it (schema-checked); the encounter is loaded server-side under the tenant of
 * the authenticated activity, must belong to this conversation, and only an authorised clinician changes
 * it. A card whose revision is behind the record changes nothing (a replay or an outdated card). The change
 * itself is the side panel's too: encounters/encounterCommands.ts.
 */
import type { AdaptiveCardInvokeResponse, TurnContext } from "botbuilder";
import { z } from "zod";
import { ENCOUNTER_ID_PATTERN, type Encounter } from "../../domain/encounter.js";
import type { Locale } from "../../i18n/locale.js";
import {
  runEncounterCommand,
  type Actor,
  type Changed,
  type EncounterCommand,
  type MeetingChatQueue,
} from "../../encounters/encounterCommands.js";
import { activityTenantId } from "../turn/conversationScope.js";
import { activityBelongsTo, authorisedActor } from "../meeting/encounterAccess.js";
import { queueForMeetingChat } from "../meeting/encounterCards.js";
import { errorResponse } from "./invokeResponses.js";
import type { StoredEncounter } from "../../storage/encounterRepository.js";
import type { BotPorts } from "../turn/botPorts.js";

export const encounterIdField = z.string().regex(ENCOUNTER_ID_PATTERN);
export const revField = z.coerce.number().int().min(0).max(1_000_000);

const NO_TENANT = {
  "fr-CA": "Cette action doit venir d'une conversation Teams de votre organisation.",
  en: "This action must come from a Teams conversation of your organisation.",
};
const UNKNOWN = { "fr-CA": "Rencontre introuvable pour cette carte.", en: "No encounter found for this card." };
const ELSEWHERE = {
  "fr-CA": "Cette carte appartient à une autre rencontre.",
  en: "This card belongs to another meeting.",
};

/** What a card action on an encounter's shared card uses: the encounter, who acts, the team's configuration. */
export type SharedCardActionPorts = Pick<
  BotPorts,
  "logger" | "now" | "devMeetingOrganizer" | "encounters" | "teamConfigs" | "teams"
>;

export type Loaded =
  | { encounter: Encounter; stored: StoredEncounter; actor: Actor | undefined }
  | { response: AdaptiveCardInvokeResponse };

/**
 * Loads the encounter the card names and who is acting (undefined actor: not allowed to change it). For a
 * "change", this instance's remembered copy will do (the write is conditional on it); a "view" reads storage.
 */
export async function loadEncounterForAction(
  context: TurnContext,
  services: Pick<BotPorts, "logger" | "devMeetingOrganizer" | "encounters">,
  locale: Locale,
  encounterId: string,
  purpose: "change" | "view",
): Promise<Loaded> {
  const tenantId = activityTenantId(context.activity);
  if (!tenantId) return { response: errorResponse("no_identity", NO_TENANT[locale]) };
  const stored =
    purpose === "change"
      ? await services.encounters.getForChange(tenantId, encounterId)
      : await services.encounters.get(tenantId, encounterId);
  if (!stored) return { response: errorResponse("encounter_not_found", UNKNOWN[locale]) };
  if (!activityBelongsTo(context, stored.encounter))
    return { response: errorResponse("wrong_conversation", ELSEWHERE[locale]) };
  return { encounter: stored.encounter, stored, actor: await authorisedActor(context, stored.encounter, services) };
}

/** What a card action on an encounter's shared card uses, and queues the update of everyone's card with. */
export type SharedCardChangePorts = SharedCardActionPorts &
  Pick<BotPorts, "conversations" | "sharedCards" | "consentAudit" | "consentPreferences">;

/** How a card action queues work for the meeting chat, remembering the chat's address first if need be. */
export function cardChatQueue(
  context: TurnContext,
  services: Pick<SharedCardChangePorts, "logger" | "now" | "conversations">,
): MeetingChatQueue {
  // The activity, read now: the chat's work may run after the answer, once botbuilder has revoked `context`.
  const { activity } = context;
  return (encounter, what, queue) => queueForMeetingChat(activity, services, encounter, what, queue);
}

/** A command from a card (encounters/encounterCommands.ts), with the card's chat queue. */
export function runCardCommand(
  context: TurnContext,
  services: SharedCardChangePorts,
  stored: StoredEncounter,
  actor: Actor,
  rev: number,
  command: EncounterCommand,
): Promise<Changed> {
  return runEncounterCommand(services, cardChatQueue(context, services), stored, actor, rev, command);
}
