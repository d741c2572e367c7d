/** The side panel's contingency plan part (Orientations MSSS §3): every string in fr-CA then en. */
import type { Localized } from "@shared/i18n/locale.js";
import { PLAN_LABELS } from "@shared/domain/planLabels.js";

export const PLAN_PART_STRINGS = {
  heading: { "fr-CA": "Plan de contingence", en: "Contingency plan" },
  none: { "fr-CA": "Pas encore convenu avec la personne.", en: "Not yet agreed with the person." },
  agreed: { "fr-CA": "✓ Convenu avec la personne le {when}.", en: "✓ Agreed with the person on {when}." },
  incomplete: {
    "fr-CA": "Noté le {when}, à compléter : plan convenu et téléphone ou courriel confirmé (§3).",
    en: "Noted on {when}, to complete: plan agreed and phone or e-mail confirmed (§3).",
  },
  callback: {
    "fr-CA": "Si la connexion coupe : rappel après {minutes} minutes (configuration de l'équipe).",
    en: "If the connection drops: call back after {minutes} minutes (team configuration).",
  },
  callbackPlan: {
    "fr-CA": "Si la connexion coupe : rappel après {minutes} minutes (consigné au plan).",
    en: "If the connection drops: call back after {minutes} minutes (recorded in the plan).",
  },
  agreedQuick: PLAN_LABELS.agreedQuick,
  agreedQuickHint: PLAN_LABELS.agreedQuickHint,
  formLabel: { "fr-CA": "Convenir du plan", en: "Agree the plan" },
  phoneVerified: PLAN_LABELS.phoneVerified,
  emailVerified: PLAN_LABELS.emailVerified,
  emergencyContact: PLAN_LABELS.emergencyContact,
  agreedWithPatient: PLAN_LABELS.agreed,
  privacy: PLAN_LABELS.privacy,
  record: PLAN_LABELS.record,
  incidents: PLAN_LABELS.incidents,
  connectionLost: PLAN_LABELS.connectionLost,
  connectionLostHint: {
    "fr-CA": "Consigne l'incident et publie les étapes à suivre dans la conversation de la réunion.",
    en: "Records the incident and posts the steps to follow in the meeting chat.",
  },
  switchToPhone: PLAN_LABELS.switchToPhone,
} as const satisfies Record<string, Localized>;
