/**
 * Recommends modalities for a patient situation (seed 003 §2.3) and applies the rules that override
 * the table: a needed physical/neurological exam (§5), refusal, reluctance and equity barriers
 * (§1.3.7, §1.3.8), patients reoriented from a network partner (§6), the new-patient follow-up (§2.3).
 */
import type { Localized } from "../i18n/locale.js";
import { findSituation, type Matrix, type Situation } from "./matrix.js";
import { MODALITIES, RATING_LEVEL, type Modality, type Rating } from "./modality.js";
import { inPersonFollowUpDue, type InPersonFollowUp } from "./followUp.js";

export interface ReorientationFacts {
  /** The three §6 conditions that allow a reoriented patient to be seen remotely. */
  patientKnownToSetting: boolean;
  problemKnownToSetting: boolean;
  patientWishesInPerson: boolean;
}

export interface RecommendationInput {
  situationId: string;
  physicalExamNeeded?: boolean;
  patientRefuses?: boolean;
  patientReluctant?: boolean;
  equityBarriers?: boolean;
  /** Present when the patient was reoriented from another network partner (ED, call centre, GAMF…). */
  reoriented?: ReorientationFacts;
  vulnerable?: boolean;
  /** ISO date of the visit; needed for the new-patient follow-up due date. */
  visitDate?: string;
}

export type ReasonCode =
  | "physicalExam"
  | "patientRefuses"
  | "patientReluctant"
  | "equityBarriers"
  | "reorientedInPerson"
  | "reorientedException"
  | "noRemoteModality"
  | "newPatientFollowUp";

export type InPersonStatus = "required" | "mustBeOffered" | "available";

export interface ModalityOption {
  modality: Modality;
  rating: Rating;
  /** False when a rule rules the modality out for this patient. */
  allowed: boolean;
}

export interface Recommendation {
  situation: Situation;
  options: ModalityOption[];
  /** Best remote modality still allowed, or null when the patient must be seen in person. */
  remote: ModalityOption | null;
  inPerson: InPersonStatus;
  reasons: ReasonCode[];
  /** When the patient is new and seen by video. */
  followUp?: InPersonFollowUp;
}

export const REASON_TEXT: Record<ReasonCode, { section: string; text: Localized }> = {
  physicalExam: {
    section: "003 §5",
    text: {
      "fr-CA": "Un examen physique ou neurologique est nécessaire : la télésanté est déconseillée.",
      en: "A physical or neurological exam is needed: telehealth is not advised.",
    },
  },
  patientRefuses: {
    section: "003 §1.3.7",
    text: {
      "fr-CA": "Le patient refuse la télésanté : la rencontre se fait en présentiel.",
      en: "The patient refuses telehealth: the visit takes place in person.",
    },
  },
  patientReluctant: {
    section: "003 §1.3.7",
    text: {
      "fr-CA": "Le patient est réticent : il doit pouvoir recourir en tout temps à des services en personne.",
      en: "The patient is reluctant: in-person services must be available at all times.",
    },
  },
  equityBarriers: {
    section: "003 §1.3.8",
    text: {
      "fr-CA":
        "Obstacles à l'équité d'accès (réseau, appareils, facteurs socioéconomiques ou culturels) : proposer un rendez-vous en présentiel.",
      en: "Barriers to equitable access (network, devices, socioeconomic or cultural factors): offer an in-person appointment.",
    },
  },
  reorientedInPerson: {
    section: "003 §6",
    text: {
      "fr-CA":
        "Patient réorienté d'un autre partenaire du réseau : consultation en présence exigée, car les trois conditions d'exception ne sont pas toutes remplies.",
      en: "Patient redirected by another network partner: an in-person visit is required, because the three exception conditions are not all met.",
    },
  },
  reorientedException: {
    section: "003 §6",
    text: {
      "fr-CA":
        "Patient réorienté : exception permise (patient connu, problème connu, aucun souhait d'être vu en présence).",
      en: "Redirected patient: exception allowed (known patient, known problem, no wish to be seen in person).",
    },
  },
  noRemoteModality: {
    section: "003 §2.3",
    text: {
      "fr-CA": "Aucune modalité à distance n'est indiquée pour cette situation.",
      en: "No remote modality is indicated for this situation.",
    },
  },
  newPatientFollowUp: {
    section: "003 §2.3",
    text: {
      "fr-CA": "Nouveau patient vu en visio : planifier le suivi en présentiel.",
      en: "New patient seen by video: plan the in-person follow-up.",
    },
  },
};

export class UnknownSituationError extends Error {}

function blockingReasons(input: RecommendationInput): ReasonCode[] {
  const reasons: ReasonCode[] = [];
  if (input.physicalExamNeeded) reasons.push("physicalExam");
  if (input.patientRefuses) reasons.push("patientRefuses");
  if (input.reoriented && !reorientationAllowsRemote(input.reoriented)) reasons.push("reorientedInPerson");
  return reasons;
}

export function reorientationAllowsRemote(facts: ReorientationFacts): boolean {
  return facts.patientKnownToSetting && facts.problemKnownToSetting && !facts.patientWishesInPerson;
}

export function recommend(matrix: Matrix, input: RecommendationInput): Recommendation {
  const situation = findSituation(matrix, input.situationId);
  if (!situation) throw new UnknownSituationError(input.situationId);

  const reasons = blockingReasons(input);
  const remoteBlocked = reasons.length > 0;

  const options: ModalityOption[] = MODALITIES.map((modality) => {
    const rating = situation.ratings[modality];
    const remote = modality !== "inPerson";
    return { modality, rating, allowed: rating !== null && !(remote && remoteBlocked) };
  }).sort((a, b) => (b.rating ? RATING_LEVEL[b.rating] : 0) - (a.rating ? RATING_LEVEL[a.rating] : 0));

  const remote = options.find((o) => o.modality !== "inPerson" && o.allowed) ?? null;
  if (!remoteBlocked && !remote) reasons.push("noRemoteModality");
  if (input.reoriented && reorientationAllowsRemote(input.reoriented)) reasons.push("reorientedException");
  if (input.patientReluctant) reasons.push("patientReluctant");
  if (input.equityBarriers) reasons.push("equityBarriers");

  const inPerson: InPersonStatus =
    remote === null ? "required" : input.patientReluctant || input.equityBarriers ? "mustBeOffered" : "available";

  let followUp: InPersonFollowUp | undefined;
  const videoAllowed = options.some((o) => o.modality === "video" && o.allowed);
  if (situation.id === "newPatientIntake" && videoAllowed && input.visitDate) {
    followUp = inPersonFollowUpDue(input.visitDate, input.vulnerable ?? false);
    reasons.push("newPatientFollowUp");
  }

  return { situation, options, remote, inPerson, reasons, followUp };
}
