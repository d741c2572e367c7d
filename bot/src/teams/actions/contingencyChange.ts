import type { AdaptiveCardInvokeResponse, TurnContext } from "botbuilder";
import { z } from "zod";
import type { Encounter } from "../../domain/encounter.js";
import type { Locale } from "../../i18n/locale.js";
import type { Actor, Changed, EncounterCommand } from "../../encounters/encounterCommands.js";
import {
  encounterIdField,
  loadEncounterForAction,
  revField,
  runCardCommand,
  type SharedCardChangePorts,
} from "./encounterActionFlow.js";
import { answerContingencyChange, contingencyPatientResponse } from "./contingencyViews.js";
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

/** The answer to the clinician after the event: their plan view, unless the event says otherwise. */
export type ContingencyAnswer = (
  services: SharedCardChangePorts,
  result: Changed,
  locale: Locale,
) => Promise<AdaptiveCardInvokeResponse>;

/**
 * The flow every contingency event shares: load the encounter, refuse anyone but its clinicians, run the event's
 * command at the card's revision (a replay changes nothing), then answer.
 */
export async function applyContingencyEvent(
  context: TurnContext,
  data: z.infer<typeof contingencyEventSchema>,
  services: SharedCardChangePorts,
  locale: Locale,
  command: EncounterCommand,
  answer: ContingencyAnswer = answerContingencyChange,
): Promise<AdaptiveCardInvokeResponse> {
  const loaded = await loadForContingencyClinician(context, services, locale, data.encounterId, "change");
  if ("response" in loaded) return loaded.response;
  const result = await runCardCommand(context, services, loaded.stored, loaded.actor, data.rev, command);
  return answer(services, result, locale);
}
