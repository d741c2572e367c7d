/**
 * The side panel's actions, one per route (POST /encounters/{encounterId}/<path>): each parses its body with the
 * contract's schema and names the command the consent or contingency card runs for the same click
 * (encounters/encounterCommandCatalog.ts). An entry the card would refuse (no method, no region) is a 400 with the
 * card's message under the field. Add an action by listing it here.
 */
import type { z } from "zod";
import {
  consentBodySchema,
  consentRevisionBodySchema,
  locationBodySchema,
  physicalPresenceBodySchema,
  planBodySchema,
  planRevisionBodySchema,
} from "../contract/index.js";
import { consentEntryProblems } from "../domain/consent.js";
import { CONSENT_ENTRY_MESSAGES } from "../domain/consentLabels.js";
import { entryProblems } from "../domain/entryProblems.js";
import { LOCATION_ENTRY_MESSAGES, locationFromEntry } from "../domain/patientLocation.js";
import type { EncounterCommand } from "../encounters/encounterCommands.js";
import {
  agreePlanWithNumberCommand,
  connectionLostCommand,
  crisisCommand,
  physicalPresenceCommand,
  recordConsentCommand,
  recordLocationCommand,
  recordPlanCommand,
  switchToPhoneCommand,
  withdrawConsentCommand,
} from "../encounters/encounterCommandCatalog.js";
import { ValidationError } from "../errors.js";
import type { EncounterTeamFacts } from "./encounterPanelView.js";

/** What an action may read to build its command: who acts, when, and the encounter's team. */
export interface ActionContext {
  by: string;
  at: string;
  team: () => Promise<EncounterTeamFacts>;
}

export interface PanelAction<B = unknown> {
  path: string;
  schema: z.ZodType<B>;
  /** The revision the body names (the command says which counter it is). */
  rev: (body: B) => number;
  command: (body: B, context: ActionContext) => EncounterCommand | Promise<EncounterCommand>;
}

const define = <B>(action: PanelAction<B>) => action as unknown as PanelAction;

export const PANEL_ACTIONS: PanelAction[] = [
  define({
    path: "consent",
    schema: consentBodySchema,
    rev: (b) => b.consentRev,
    command: ({ consentRev: _rev, ...entry }) => {
      const problems = entryProblems(consentEntryProblems(entry), CONSENT_ENTRY_MESSAGES);
      if (problems.length > 0) throw new ValidationError(problems);
      // Also remembers the clinician's usual choices, as from the card.
      return recordConsentCommand(entry);
    },
  }),
  define({
    path: "consent/withdraw",
    schema: consentRevisionBodySchema,
    rev: (b) => b.consentRev,
    command: () => withdrawConsentCommand,
  }),
  define({
    path: "physical-presence",
    schema: physicalPresenceBodySchema,
    rev: (b) => b.consentRev,
    command: (b) => physicalPresenceCommand(b.required),
  }),
  define({
    path: "plan",
    schema: planBodySchema,
    rev: (b) => b.planRev,
    command: async ({ planRev: _rev, ...facts }, { team }) =>
      recordPlanCommand(facts, (await team()).callbackDelayMinutes),
  }),
  // The card's one-click plan: agreed, the callback number confirmed, the other facts as recorded.
  define({
    path: "plan/agreed-with-number",
    schema: planRevisionBodySchema,
    rev: (b) => b.planRev,
    command: async (_body, { team }) => agreePlanWithNumberCommand((await team()).callbackDelayMinutes),
  }),
  define({
    path: "location",
    schema: locationBodySchema,
    rev: (b) => b.planRev,
    command: ({ regionCode, confidential }, { by, at }) => {
      const confirmed = locationFromEntry({ regionCode, confidential }, by, at);
      if ("problems" in confirmed)
        throw new ValidationError(entryProblems(confirmed.problems, LOCATION_ENTRY_MESSAGES));
      return recordLocationCommand(confirmed.location);
    },
  }),
  define({
    path: "connection-lost",
    schema: planRevisionBodySchema,
    rev: (b) => b.planRev,
    command: () => connectionLostCommand,
  }),
  define({ path: "phone", schema: planRevisionBodySchema, rev: (b) => b.planRev, command: () => switchToPhoneCommand }),
  // The card's "Situation de crise": recorded, the steps shown to the clinician only (the answer's `crisis`).
  define({ path: "crisis", schema: planRevisionBodySchema, rev: (b) => b.planRev, command: () => crisisCommand }),
];
