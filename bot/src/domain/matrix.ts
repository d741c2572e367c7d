/**
 * The modality-choice matrix of seed 003 §2.3 as data: patient situation × modality → rating.
 * Teams may adjust ratings and add local situations (issue: configurable tab); the baseline stays here.
 */
import type { Localized } from "../i18n/locale.js";
import type { Modality, Rating } from "./modality.js";

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
  /** Extra guidance printed under the situation (e.g. the new-patient follow-up rule). */
  note?: Localized;
  /** True for situations a team added to the MSSS baseline. */
  local?: boolean;
}

export interface Matrix {
  situations: Situation[];
}

export const KNOWN_PATIENT_DEFINITION: Localized = {
  "fr-CA":
    "Patient connu, condition connue : patient pour lequel le médecin ou un professionnel de son groupe de dispensation de services a déjà établi une relation lors de consultations antérieures en présentiel et détient les éléments nécessaires pour avoir une connaissance globale de celui-ci (histoire de la maladie actuelle, antécédents pertinents, liste de médicaments, résumé des examens physiques antérieurs, etc.). Il doit pouvoir prendre connaissance du dossier médical du patient et avoir accès au Dossier santé Québec (DSQ).",
  en: "Known patient, known condition: a patient with whom the physician or a professional of the same service group has already established a relationship in earlier in-person consultations, and about whom they hold what is needed for an overall picture (history of the present illness, relevant history, medication list, summary of earlier physical exams, etc.). They must be able to consult the patient's record and the Québec Health Record (DSQ).",
};

export const BASELINE_MATRIX: Matrix = {
  situations: [
    {
      id: "knownPatientNewReason",
      label: {
        "fr-CA": "Patient connu du professionnel et nouvelle raison de consultation",
        en: "Patient known to the professional, new reason for consultation",
      },
      ratings: { phone: null, video: "++", inPerson: "+++" },
    },
    {
      id: "knownToGroupNewReason",
      label: {
        "fr-CA": "Patient connu du groupe de professionnels et nouvelle raison de consultation",
        en: "Patient known to the group of professionals, new reason for consultation",
      },
      ratings: { phone: null, video: "++", inPerson: "+++" },
    },
    {
      id: "knownPatientKnownCondition",
      label: {
        "fr-CA":
          "Patient connu, suivi d'une condition connue, peu importe le professionnel du même groupe de dispensation de services*",
        en: "Known patient, follow-up of a known condition, whoever the professional of the same service group*",
      },
      ratings: { phone: "+", video: "++", inPerson: "+++" },
    },
    {
      id: "newPatientIntake",
      label: { "fr-CA": "Nouveau patient — visite de prise en charge", en: "New patient — intake visit" },
      ratings: { phone: null, video: "++", inPerson: "+++" },
      note: {
        "fr-CA":
          "Par visio : suivi en présentiel dans le mois suivant pour les patients vulnérables et dans les trois mois pour tous les autres patients.",
        en: "By video: in-person follow-up within one month for vulnerable patients and within three months for all other patients.",
      },
    },
    {
      id: "groupEducation",
      label: { "fr-CA": "Formation pour un groupe de patients", en: "Education for a group of patients" },
      ratings: { phone: null, video: "+++", inPerson: "++" },
    },
    {
      id: "specialtyConsultationRequest",
      label: {
        "fr-CA": "Demande de consultation à un autre professionnel (spécialité)",
        en: "Consultation request to another professional (specialty)",
      },
      ratings: { phone: null, video: "++", inPerson: "+++" },
    },
    {
      id: "specialtyFollowUp",
      label: { "fr-CA": "Suivi d'une consultation en spécialité", en: "Follow-up of a specialty consultation" },
      ratings: { phone: "+", video: "++", inPerson: "+++" },
    },
    {
      id: "screening",
      label: { "fr-CA": "Activités de dépistage", en: "Screening activities" },
      ratings: { phone: "+", video: "++", inPerson: "+++" },
    },
  ],
};

export function findSituation(matrix: Matrix, id: string): Situation | undefined {
  return matrix.situations.find((s) => s.id === id);
}
