import type { AdaptiveCardInvokeResponse, TurnContext } from "botbuilder";
import { z } from "zod";
import type { Encounter } from "../../domain/encounter.js";
import type { Locale } from "../../i18n/locale.js";
import {
  changeEncounter,
  encounterIdField,
  loadEncounterForAction,
  revField,
  type Changed,
  type SharedCardChangePorts,
} from "./encounterActionFlow.js";
import { answerContingencyChange, contingencyPatientResponse } from "./contingencyViews.js";

export const contingencyEventSchema = z.object({ encounterId: encounterIdField, rev: revField });

/** What follows a saved event: work for the meeting chat, then the answer to the clinician (their plan view). */
export interface ContingencyEventFollowUp {
  /** Runs only when the encounter really changed. */
  onChanged?: (encounter: Encounter, at: string) => Promise<void>;
  answer?: (
    context: TurnContext,
    services: SharedCardChangePorts,
    result: Changed,
    locale: Locale,
  ) => Promise<AdaptiveCardInvokeResponse>;
}

/**
 * The flow every contingency event shares: load the encounter, refuse anyone but its clinicians, apply
 * the change at the card's revision (a replay changes nothing), then answer — with the updated plan view
 * unless the event says otherwise.
 */
export async function applyContingencyEvent(
  context: TurnContext,
  data: z.infer<typeof contingencyEventSchema>,
  services: SharedCardChangePorts,
  locale: Locale,
  change: (e: Encounter, by: string, at: string) => Encounter,
  { onChanged, answer = answerContingencyChange }: ContingencyEventFollowUp = {},
): Promise<AdaptiveCardInvokeResponse> {
  const loaded = await loadEncounterForAction(context, services, locale, data.encounterId);
  if ("response" in loaded) return loaded.response;
  if (!loaded.actor) return contingencyPatientResponse(services, loaded.encounter, locale, "refused");
  const actor = loaded.actor;
  const at = services.now().toISOString();
  const result = await changeEncounter(services, loaded.stored, actor, "planRev", data.rev, (e) =>
    change(e, actor.objectId, at),
  );
  if (result.outcome === "changed" && onChanged) await onChanged(result.encounter, at);
  return answer(context, services, result, locale);
}
