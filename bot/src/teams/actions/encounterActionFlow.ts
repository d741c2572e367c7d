/**
 * The steps every encounter card action shares. Card data is untrusted: only the encounter id and the
 * card's revision come from it (schema-checked); the encounter is loaded server-side under the tenant of
 * the authenticated activity, must belong to this conversation, and only an authorised clinician changes
 * it. A card whose revision is behind the record changes nothing (a replay or an outdated card).
 */
import type { AdaptiveCardInvokeResponse, TurnContext } from "botbuilder";
import { z } from "zod";
import { addClinician, ENCOUNTER_ID_PATTERN, type Encounter } from "../../domain/encounter.js";
import type { Locale } from "../../i18n/locale.js";
import { NotFoundError } from "../../errors.js";
import { activityTenantId } from "../turn/conversationScope.js";
import { activityBelongsTo, authorisedActor, type Actor } from "../meeting/encounterAccess.js";
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

export type Outcome = "changed" | "unchanged" | "outdated";

/** What a change did, to the encounter as now stored (`version`: its stored version). */
export interface Changed {
  outcome: Outcome;
  encounter: Encounter;
  version: number;
}

/** What a card action on an encounter's shared card uses, and queues the update of everyone's card with. */
export type SharedCardChangePorts = SharedCardActionPorts & Pick<BotPorts, "conversations" | "sharedCards">;

/**
 * Applies `change` if the card's revision (`rev`, of the revision counter `field`) is still the record's;
 * the acting clinician is recorded on the encounter with the change. ETag conflicts re-run this check.
 */
export async function changeEncounter(
  services: Pick<BotPorts, "logger" | "devMeetingOrganizer" | "encounters">,
  loaded: StoredEncounter,
  actor: Actor,
  field: "consentRev" | "planRev",
  rev: number,
  change: (e: Encounter) => Encounter,
): Promise<Changed> {
  const { encounter } = loaded;
  const result = await services.encounters.update(
    encounter.tenantId,
    encounter.id,
    (current) => {
      if (current[field] !== rev) return current;
      const next = change(current);
      return next === current ? current : addClinician(next, actor.objectId, actor.teamsUserId);
    },
    loaded,
  );
  if (!result) throw new NotFoundError({ "fr-CA": "rencontre", en: "encounter" });
  // The change saw `before`: a card whose revision was behind it changed nothing.
  const outdated = result.before[field] !== rev;
  const outcome = outdated ? "outdated" : result.changed ? "changed" : "unchanged";
  return { outcome, encounter: result.encounter, version: result.version };
}
