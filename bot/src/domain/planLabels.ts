/**
 * Words of the contingency plan that both doors show: the clinician's plan card (cards/contingency) and the meeting
 * side panel. Here so the two say the same thing.
 */
import type { Localized } from "../i18n/locale.js";

export const PLAN_LABELS = {
  phoneVerified: {
    "fr-CA": "Numéro de téléphone confirmé avec la personne",
    en: "Phone number confirmed with the person",
  },
  emailVerified: { "fr-CA": "Adresse courriel confirmée", en: "E-mail address confirmed" },
  emergencyContact: {
    "fr-CA": "Personne à joindre en cas d'urgence, autorisée par la personne",
    en: "Emergency contact authorised by the person",
  },
  agreed: { "fr-CA": "Plan convenu avec la personne", en: "Plan agreed with the person" },
  privacy: {
    "fr-CA": "Oui ou non seulement : Balises n'enregistre ni le numéro, ni le courriel, ni la personne à joindre.",
    en: "Yes or no only: Balises stores neither the number, the e-mail nor the emergency contact.",
  },
  incidents: {
    "fr-CA": "Connexion perdue : {count} (dernière le {when})",
    en: "Connection lost: {count} (last on {when})",
  },
  record: { "fr-CA": "Consigner le plan", en: "Record the plan" },
  connectionLost: { "fr-CA": "Connexion perdue", en: "Connection lost" },
  switchToPhone: { "fr-CA": "Passer au téléphone", en: "Switch to phone" },
  agreedQuick: {
    "fr-CA": "Plan convenu — numéro de rappel confirmé",
    en: "Plan agreed — callback number confirmed",
  },
  agreedQuickHint: {
    "fr-CA":
      "Un clic consigne ces deux faits, et eux seuls : le plan est convenu avec la personne et son numéro de téléphone est confirmé. Les autres cases restent telles que consignées.",
    en: "One click records these two facts, and only them: the plan is agreed with the person and their phone number is confirmed. The other boxes stay as recorded.",
  },
  teamRegion: {
    "fr-CA": "Région de l'équipe présélectionnée : vérifiez-la avec la personne avant de confirmer.",
    en: "The team's region is preselected: check it with the person before confirming.",
  },
} as const satisfies Record<string, Localized>;
