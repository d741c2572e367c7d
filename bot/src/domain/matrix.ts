/**
 * The modality-choice matrix of seed 003 §2.3 as data: patient situation × modality → rating.
 * Teams may adjust ratings and add local situations (issue: configurable tab); the baseline stays here.
 */
import type { Locale, Localized } from "../i18n/locale.js";
import { MODALITY_LABELS, type Modality, type Rating } from "./modality.js";

export const BASELINE_SITUATION_IDS = [
  "knownPatientNewReason",
  "knownToGroupNewReason",
  "knownPatientKnownCondition",
  "newPatientIntake",
  "groupEducation",
  "specialtyConsultationRequest",
  "specialtyFollowUp",
  "screening",
] as const;
export type BaselineSituationId = (typeof BASELINE_SITUATION_IDS)[number];

export interface Situation {
  id: string;
  label: Localized;
  ratings: Record<Modality, Rating>;
  /** A team's guidance printed under the situation it added. */
  note?: Localized;
  /** Text the table prints inside a cell, under its rating (the new-patient follow-up in the video cell). */
  cellNotes?: Partial<Record<Modality, Localized>>;
  /** True for situations a team added to the MSSS baseline. */
  local?: boolean;
}

export interface Matrix {
  situations: Situation[];
}

/**
 * The table stars both remote column headers ("Rencontre téléphonique*", "Consultation virtuelle (visio)*") and the
 * "patient connu, suivi d'une condition connue" row: each star points to the footnote defining a known patient.
 */
const FOOTNOTED_MODALITIES: readonly Modality[] = ["phone", "video"];

/** A column header as the table prints it, with its star. */
export function matrixColumnLabel(modality: Modality, locale: Locale): string {
  const label = MODALITY_LABELS[modality][locale];
  return FOOTNOTED_MODALITIES.includes(modality) ? `${label}*` : label;
}

/** The starred footnote, word for word. */
export const KNOWN_PATIENT_DEFINITION: Localized = {
  "fr-CA":
    "Patient connu, condition connue : Patient pour lequel le médecin ou un professionnel de son groupe de dispensation de services a déjà établi une relation lors de consultations antérieures en présentiel et détient les éléments nécessaires pour avoir une connaissance globale de celui-ci (tels que l'histoire de la maladie actuelle, les antécédents pertinents, la liste de médicaments, le résumé des examens physiques antérieurs, etc.) afin d'élaborer son diagnostic et assurer de manière appropriée la continuité des soins. Il doit pouvoir prendre connaissance du dossier médical du patient afin de faciliter son évaluation clinique et avoir un accès au Dossier santé Québec (DSQ).",
  en: "Known patient, known condition: A patient with whom the physician, or a professional of the same service delivery group, has already built a relationship in earlier in-person visits, and about whom they hold what is needed for an overall picture of the patient (such as the history of the present illness, the relevant past history, the medication list, the summary of earlier physical examinations, etc.) in order to make a diagnosis and provide appropriate continuity of care. They must be able to read the patient's medical record to support their clinical assessment, and have access to the Québec Health Record (Dossier santé Québec, DSQ).",
};

/** The note the table prints in the new patient's video cell, word for word. */
const NEW_PATIENT_VIDEO_NOTE: Localized = {
  "fr-CA":
    "Suivi en présentiel dans le mois suivant pour les patients vulnérables et dans les trois mois pour tous les autres patients",
  en: "In-person follow-up within the following month for vulnerable patients, and within three months for all other patients",
};

export const BASELINE_MATRIX: Matrix = {
  situations: [
    {
      id: "knownPatientNewReason",
      label: {
        "fr-CA": "Patient connu du professionnel et nouvelle raison de consultation",
        en: "Patient known to the professional, new reason for the visit",
      },
      ratings: { phone: null, video: "++", inPerson: "+++" },
    },
    {
      id: "knownToGroupNewReason",
      label: {
        "fr-CA": "Patient connu du groupe de professionnels et nouvelle raison de consultation",
        en: "Patient known to the group of professionals, new reason for the visit",
      },
      ratings: { phone: null, video: "++", inPerson: "+++" },
    },
    {
      id: "knownPatientKnownCondition",
      label: {
        "fr-CA":
          "Patient connu, suivi d'une condition connue, peu importe le professionnel du même groupe de dispensation de services*",
        en: "Known patient, follow-up of a known condition, with any professional of the same service delivery group*",
      },
      ratings: { phone: "+", video: "++", inPerson: "+++" },
    },
    {
      id: "newPatientIntake",
      label: { "fr-CA": "Nouveau patient — visite de prise en charge", en: "New patient — intake visit" },
      ratings: { phone: null, video: "++", inPerson: "+++" },
      cellNotes: { video: NEW_PATIENT_VIDEO_NOTE },
    },
    {
      id: "groupEducation",
      label: { "fr-CA": "Formation pour un groupe de patients", en: "Teaching a group of patients" },
      ratings: { phone: null, video: "+++", inPerson: "++" },
    },
    {
      id: "specialtyConsultationRequest",
      label: {
        "fr-CA": "Demande de consultation à un autre professionnel (spécialité)",
        en: "Referral to another professional (specialty consultation)",
      },
      ratings: { phone: null, video: "++", inPerson: "+++" },
    },
    {
      id: "specialtyFollowUp",
      label: { "fr-CA": "Suivi d'une consultation en spécialité", en: "Follow-up after a specialty consultation" },
      ratings: { phone: "+", video: "++", inPerson: "+++" },
    },
    {
      id: "screening",
      label: { "fr-CA": "Activités de dépistage", en: "Screening" },
      ratings: { phone: "+", video: "++", inPerson: "+++" },
    },
  ],
};

export function findSituation(matrix: Matrix, id: string): Situation | undefined {
  return matrix.situations.find((s) => s.id === id);
}
