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
import type { Actor } from "../meeting/encounterAccess.js";
import type { StoredEncounter } from "../../storage/encounterRepository.js";

export const contingencyEventSchema = z.object({ encounterId: encounterIdField, rev: revField });

type ClinicianLoaded =
  { encounter: Encounter; stored: StoredEncounter; actor: Actor } | { response: AdaptiveCardInvokeResponse };

/**
 * The encounter a contingency card names, with the clinician acting on it; anyone else (a patient, a guest) gets
 * the patient-facing plan with a refusal notice, and nothing changes.
 */
export async function loadForContingencyClinician(
  context: TurnContext,
  services: SharedCardChangePorts,
  locale: Locale,
  encounterId: string,
  purpose: "change" | "view",
): Promise<ClinicianLoaded> {
  const loaded = await loadEncounterForAction(context, services, locale, encounterId, purpose);
  if ("response" in loaded) return loaded;
  const { encounter, stored, actor } = loaded;
  if (!actor) return { response: await contingencyPatientResponse(services, encounter, locale, "refused") };
  return { encounter, stored, actor };
}

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
  const loaded = await loadForContingencyClinician(context, services, locale, data.encounterId, "change");
  if ("response" in loaded) return loaded.response;
  const { actor } = loaded;
  const at = services.now().toISOString();
  const result = await changeEncounter(services, loaded.stored, actor, "planRev", data.rev, (e) =>
    change(e, actor.objectId, at),
  );
  if (result.outcome === "changed" && onChanged) await onChanged(result.encounter, at);
  return answer(context, services, result, locale);
}
