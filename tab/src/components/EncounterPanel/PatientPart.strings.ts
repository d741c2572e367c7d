/** The patient and the service, in the side panel (Orientations MSSS §2.3, §5; regulation, condition 2). */
import type { Localized } from "@shared/i18n/locale.js";

export const PATIENT_PART_STRINGS = {
  heading: { "fr-CA": "Patient et service", en: "Patient and service" },
  presence: {
    "fr-CA": "Un examen physique ou la présence des deux est-il nécessaire? (§5; condition 2)",
    en: "Is a physical exam, or both being present, needed? (§5; condition 2)",
  },
  presenceToConfirm: { "fr-CA": "À confirmer", en: "To be confirmed" },
  presenceNo: { "fr-CA": "Non : le service peut se faire à distance", en: "No: the service can be given remotely" },
  presenceYes: {
    "fr-CA": "Oui : le service doit se faire en personne",
    en: "Yes: the service must be given in person",
  },
  newPatient: { "fr-CA": "Nouveau patient? (§2.3)", en: "New patient? (§2.3)" },
  known: { "fr-CA": "Non : patient connu", en: "No: known patient" },
  knownDropsOffer: {
    "fr-CA": "Répondre « Non : patient connu » retire aussi la mention que le suivi en présentiel a été offert.",
    en: "Answering “No: known patient” also removes the record that the in-person follow-up was offered.",
  },
  newNotVulnerable: { "fr-CA": "Oui, nouveau patient", en: "Yes, new patient" },
  newVulnerable: { "fr-CA": "Oui, nouveau patient vulnérable", en: "Yes, vulnerable new patient" },
  followUp: {
    "fr-CA": "Suivi en présentiel à faire au plus tard le {date} (§2.3) : à offrir à la personne.",
    en: "In-person follow-up to take place by {date} (§2.3): to be offered to the person.",
  },
  followUpOffered: { "fr-CA": "Suivi en présentiel offert", en: "In-person follow-up offered" },
  followUpOfferedOn: {
    "fr-CA": "Suivi en présentiel consigné comme offert le {offered} (à faire au plus tard le {date}, §2.3).",
    en: "In-person follow-up recorded as offered on {offered} (to take place by {date}, §2.3).",
  },
} as const satisfies Record<string, Localized>;
