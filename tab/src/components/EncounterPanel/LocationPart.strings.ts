/** Where the patient is during the visit, in the side panel (004; Orientations MSSS §3): fr-CA then en. */
import type { Localized } from "@shared/i18n/locale.js";
import { PLAN_LABELS } from "@shared/domain/planLabels.js";

export const LOCATION_PART_STRINGS = {
  heading: { "fr-CA": "Lieu de la personne", en: "Where the person is" },
  none: {
    "fr-CA": "À confirmer au début de la rencontre : la région seulement, jamais l'adresse.",
    en: "To confirm at the start of the appointment: the region only, never the address.",
  },
  recorded: {
    "fr-CA": "✓ Confirmé le {when} : région {region}; peut parler en toute confidentialité : {confidential}.",
    en: "✓ Confirmed on {when}: region {region}; can speak confidentially: {confidential}.",
  },
  notConfidential: {
    "fr-CA":
      "La personne ne peut pas parler en toute confidentialité : convenez de la suite (autre pièce, autre moment ou rencontre en personne).",
    en: "The person cannot speak confidentially: agree on what to do (another room, another time or an in-person appointment).",
  },
  formLabel: { "fr-CA": "Confirmer le lieu", en: "Confirm the location" },
  region: { "fr-CA": "Région administrative", en: "Administrative region" },
  regionPlaceholder: { "fr-CA": "Choisir la région", en: "Choose the region" },
  confidential: {
    "fr-CA": "Peut parler en toute confidentialité là où elle se trouve",
    en: "Can speak confidentially where they are",
  },
  yes: { "fr-CA": "Oui", en: "Yes" },
  no: { "fr-CA": "Non", en: "No" },
  confirmConfidential: {
    "fr-CA": "Confirmer : peut parler en toute confidentialité",
    en: "Confirm: can speak confidentially",
  },
  confirmNotConfidential: {
    "fr-CA": "Confirmer : ne peut pas parler en toute confidentialité",
    en: "Confirm: cannot speak confidentially",
  },
  teamRegion: PLAN_LABELS.teamRegion,
} as const satisfies Record<string, Localized>;
