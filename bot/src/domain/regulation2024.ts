/**
 * Since 2024-09-26, the Québec regulation on remote services (S-4.2, r. 23.1, art. 1) allows a remote
 * service only if: (1) the person consents; (2) the service does not require both to be present;
 * (3) a contingency plan for technology problems has been drawn up; (4) an in-person follow-up can be
 * offered. Each encounter shows the four and whether each is met.
 */
import type { Localized } from "../i18n/locale.js";
import { planStatus } from "./contingency.js";
import { currentConsentStatus, setPhysicalPresenceRequired, type Encounter } from "./encounter.js";

export type ConditionId = "consent" | "noPhysicalPresence" | "contingencyPlan" | "inPersonFollowUp";
/** "exception": consent impossible in an urgent transfer (003 §1.3.3) — allowed, reason in the record. */
export type ConditionState = "met" | "notMet" | "toConfirm" | "exception";

export interface RegulationCondition {
  id: ConditionId;
  state: ConditionState;
}

export interface RegulationContext {
  /** From the team's configuration: no valid in-person referral corridor (003 §4). */
  missingCorridor: boolean;
  /** No team applies yet (none of the organiser's teams has Balises, or they must choose): condition 4 is to confirm. */
  teamUnknown?: boolean;
}

export function regulationConditions(e: Encounter, context: RegulationContext): RegulationCondition[] {
  const consent = currentConsentStatus(e);
  return [
    {
      id: "consent",
      state: consent.kind === "valid" ? "met" : consent.kind === "emergencyException" ? "exception" : "notMet",
    },
    {
      id: "noPhysicalPresence",
      state: e.physicalPresenceRequired === undefined ? "toConfirm" : e.physicalPresenceRequired ? "notMet" : "met",
    },
    { id: "contingencyPlan", state: planStatus(e.plan).kind === "agreed" ? "met" : "notMet" },
    { id: "inPersonFollowUp", state: context.teamUnknown ? "toConfirm" : context.missingCorridor ? "notMet" : "met" },
  ];
}

/**
 * Condition 2 answered on its own (the side panel), not with a consent: still a change of what the consent form
 * shows, so its revision moves and an outdated consent form cannot answer over it.
 */
export function answerPhysicalPresence(e: Encounter, required: boolean): Encounter {
  const next = setPhysicalPresenceRequired(e, required);
  return next === e ? e : { ...next, consentRev: e.consentRev + 1 };
}

export function allConditionsMet(conditions: readonly RegulationCondition[]): boolean {
  return conditions.every((c) => c.state === "met");
}

export const CONDITION_LABELS: Record<ConditionId, Localized> = {
  consent: {
    "fr-CA": "1. La personne consent au service à distance",
    en: "1. The person consents to the remote service",
  },
  noPhysicalPresence: {
    "fr-CA": "2. Le service n'exige pas la présence physique des deux (ex. : examen)",
    en: "2. The service does not require both to be physically present (e.g. an exam)",
  },
  contingencyPlan: {
    "fr-CA": "3. Un plan de contingence en cas de problème technologique est établi",
    en: "3. A contingency plan for technology problems is drawn up",
  },
  inPersonFollowUp: {
    "fr-CA": "4. Un suivi en présentiel peut être offert",
    en: "4. An in-person follow-up can be offered",
  },
};

export const CONDITION_STATE_LABELS: Record<ConditionState, Localized> = {
  met: { "fr-CA": "✓ respectée", en: "✓ met" },
  notMet: { "fr-CA": "✗ non respectée", en: "✗ not met" },
  toConfirm: { "fr-CA": "? à confirmer", en: "? to be confirmed" },
  exception: {
    "fr-CA": "⚠ exception (transfert urgent) — motif au dossier",
    en: "⚠ exception (urgent transfer) — reason in the record",
  },
};

export const REGULATION_TITLE: Localized = {
  "fr-CA": "Règlement sur les services à distance (RLRQ, S-4.2, r. 23.1, art. 1)",
  en: "Regulation on remote services (CQLR, S-4.2, r. 23.1, s. 1)",
};
