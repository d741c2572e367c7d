import type { Localized } from "@shared/i18n/locale.js";

export const HELPER_STRINGS = {
  heading: { "fr-CA": "Aide au choix de la modalité", en: "Modality choice helper" },
  intro: {
    "fr-CA":
      "Décrivez la situation du patient : la recommandation applique la matrice de votre équipe et les règles des orientations ministérielles. Aucune donnée n'est enregistrée.",
    en: "Describe the patient's situation: the recommendation applies your team's matrix and the ministry guidelines. Nothing is stored.",
  },
  introBaseline: {
    "fr-CA":
      "Décrivez la situation du patient : la recommandation applique la matrice de base du MSSS et les règles des orientations ministérielles, sans les ajustements d'une équipe. Aucune donnée n'est enregistrée.",
    en: "Describe the patient's situation: the recommendation applies the MSSS baseline matrix and the ministry guidelines, without a team's adjustments. Nothing is stored.",
  },
  situation: { "fr-CA": "Situation et besoin du patient", en: "Patient's situation and needs" },
  situationPlaceholder: { "fr-CA": "Choisissez une situation…", en: "Choose a situation…" },
  factors: { "fr-CA": "Facteurs qui modifient la recommandation", en: "Factors that change the recommendation" },
  physicalExamNeeded: {
    "fr-CA": "Un examen physique ou neurologique est nécessaire (§5)",
    en: "A physical or neurological exam is needed (§5)",
  },
  patientRefuses: { "fr-CA": "Le patient refuse la télésanté (§1.3.7)", en: "The patient refuses telehealth (§1.3.7)" },
  patientReluctant: { "fr-CA": "Le patient est réticent (§1.3.7)", en: "The patient is reluctant (§1.3.7)" },
  equityBarriers: {
    "fr-CA": "Obstacles d'accès : Internet, appareil, facteurs socioéconomiques ou culturels (§1.3.8)",
    en: "Access barriers: internet, device, socioeconomic or cultural factors (§1.3.8)",
  },
  vulnerable: { "fr-CA": "Patient vulnérable", en: "Vulnerable patient" },
  reoriented: {
    "fr-CA": "Patient réorienté d'un autre partenaire du réseau : urgence, centre d'appels, guichet… (§6)",
    en: "Patient redirected by another network partner: ED, call centre, access desk… (§6)",
  },
  reorientedConditions: { "fr-CA": "Les trois conditions d'exception (§6)", en: "The three exception conditions (§6)" },
  patientKnownToSetting: { "fr-CA": "Le patient est connu du milieu", en: "The patient is known to the setting" },
  problemKnownToSetting: {
    "fr-CA": "Le problème de santé est connu du milieu",
    en: "The health problem is known to the setting",
  },
  patientWishesInPerson: {
    "fr-CA": "Le patient souhaite être vu en présence",
    en: "The patient wishes to be seen in person",
  },
  visitDate: { "fr-CA": "Date de la rencontre", en: "Date of the visit" },
  visitDateHint: {
    "fr-CA": "Sert à calculer le suivi en présentiel d'un nouveau patient.",
    en: "Used to compute a new patient's in-person follow-up.",
  },
  reset: { "fr-CA": "Effacer", en: "Clear" },
} as const satisfies Record<string, Localized>;
