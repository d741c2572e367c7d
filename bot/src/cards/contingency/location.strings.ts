/**
 * Where the patient is for this visit, on the clinician's plan view (004; 003 §3): the administrative region and
 * whether they can speak confidentially there — never an address or a municipality.
 */
import type { Localized } from "../../i18n/locale.js";
import { PLAN_LABELS } from "../../domain/planLabels.js";

export const LOCATION_STRINGS = {
  title: {
    "fr-CA": "Où se trouve la personne pendant cette rencontre?",
    en: "Where is the person during this appointment?",
  },
  help: {
    "fr-CA":
      "À confirmer au début de chaque rencontre. Balises consigne la région administrative seulement, jamais l'adresse ni la municipalité.",
    en: "Confirm at the start of each appointment. Balises records the administrative region only, never the address or the municipality.",
  },
  none: {
    "fr-CA": "Lieu de la personne : à confirmer pour cette rencontre.",
    en: "Person's location: to be confirmed for this appointment.",
  },
  recorded: {
    "fr-CA": "Lieu confirmé le {when} : région {region}; peut parler en toute confidentialité : {confidential}.",
    en: "Location confirmed on {when}: region {region}; can speak confidentially: {confidential}.",
  },
  notConfidential: {
    "fr-CA":
      "La personne ne peut pas parler en toute confidentialité là où elle se trouve : convenez avec elle de la suite (autre pièce, autre moment ou rencontre en personne).",
    en: "The person cannot speak confidentially where they are: agree with them on what to do (another room, another time or an in-person appointment).",
  },
  region: {
    "fr-CA": "Région administrative où se trouve la personne",
    en: "Administrative region where the person is",
  },
  regionPlaceholder: { "fr-CA": "Choisir la région", en: "Choose the region" },
  teamRegion: PLAN_LABELS.teamRegion,
  confidential: {
    "fr-CA": "La personne peut parler en toute confidentialité là où elle se trouve",
    en: "The person can speak confidentially where they are",
  },
  confirm: { "fr-CA": "Confirmer le lieu", en: "Confirm the location" },
} satisfies Record<string, Localized>;
