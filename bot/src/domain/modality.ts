/** The three ways to see a patient, and the §2.3 legend (seed 003 §2.3). */
import type { Localized } from "../i18n/locale.js";

export const MODALITIES = ["phone", "video", "inPerson"] as const;
export type Modality = (typeof MODALITIES)[number];

/** "+" minimal effort, oral only; "++" more set-up, oral and non-verbal; "+++" reference activity; null: not indicated. */
export type Rating = "+" | "++" | "+++" | null;

export const RATING_LEVEL: Record<Exclude<Rating, null>, number> = { "+": 1, "++": 2, "+++": 3 };

export const MODALITY_LABELS: Record<Modality, Localized> = {
  phone: { "fr-CA": "Rencontre téléphonique", en: "Phone meeting" },
  video: { "fr-CA": "Consultation virtuelle (visio)", en: "Virtual consultation (video)" },
  inPerson: { "fr-CA": "Rencontre en présentiel", en: "In-person meeting" },
};

export const RATING_LEGEND: Record<Exclude<Rating, null>, Localized> = {
  "+": {
    "fr-CA": "Activités possibles avec efforts minimes; permet d'évaluer seulement à l'oral.",
    en: "Possible with minimal effort; allows an oral assessment only.",
  },
  "++": {
    "fr-CA":
      "Activités possibles nécessitant une mise en œuvre plus étoffée que les consultations téléphoniques et permettant l'oral ainsi que le non-verbal.",
    en: "Possible with more set-up than phone consultations; allows both oral and non-verbal assessment.",
  },
  "+++": { "fr-CA": "Activités de référence.", en: "Reference activity." },
};

export const NOT_INDICATED: Localized = { "fr-CA": "Non indiqué", en: "Not indicated" };
