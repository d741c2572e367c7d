/** The three ways to see a patient, and the §2.3 legend (seed 003 §2.3). */
import type { Localized } from "../i18n/locale.js";

export const MODALITIES = ["phone", "video", "inPerson"] as const;
export type Modality = (typeof MODALITIES)[number];

/** "+" minimal effort, oral only; "++" more set-up, oral and non-verbal; "+++" reference activity; null: not indicated. */
export type Rating = "+" | "++" | "+++" | null;

export const RATING_LEVEL: Record<Exclude<Rating, null>, number> = { "+": 1, "++": 2, "+++": 3 };

export const MODALITY_LABELS: Record<Modality, Localized> = {
  phone: { "fr-CA": "Rencontre téléphonique", en: "Phone visit" },
  video: { "fr-CA": "Consultation virtuelle (visio)", en: "Video visit" },
  inPerson: { "fr-CA": "Rencontre en présentiel", en: "In-person visit" },
};

export const RATING_LEGEND: Record<Exclude<Rating, null>, Localized> = {
  "+": {
    "fr-CA": "Activités possibles avec efforts minimes; permet d'évaluer seulement à l'oral.",
    en: "Possible with minimal effort; allows a verbal assessment only.",
  },
  "++": {
    "fr-CA":
      "Activités possibles nécessitant une mise en œuvre plus étoffée que les consultations téléphoniques et permettant l'oral ainsi que le non-verbal.",
    en: "Possible with more set-up than a phone visit; allows both verbal and non-verbal assessment.",
  },
  "+++": { "fr-CA": "Activités de référence.", en: "The reference standard." },
};

/** What ranks a modality, word for word from under the legend. */
export const RATING_BASIS: Localized = {
  "fr-CA":
    "L'effort pour la mise en œuvre de la modalité de consultation et le niveau de complexité de la consultation en elle-même détermine le classement de la modalité.",
  en: "The effort needed to set up the consultation modality and the complexity of the consultation itself determine the modality's rating.",
};

/** A blank cell: the table gives no rating, and Balises reads nothing more into it. */
export const NOT_INDICATED: Localized = { "fr-CA": "Non indiqué", en: "Not indicated" };

export const NOT_INDICATED_MEANING: Localized = {
  "fr-CA": "Non indiqué : la case est vide dans le tableau du MSSS.",
  en: "Not indicated: the cell is blank in the MSSS table.",
};
