import type { Localized } from "../../i18n/locale.js";

export const MATRIX_STRINGS = {
  title: {
    "fr-CA": "Choix de la modalité selon la situation du patient",
    en: "Choosing the modality for the patient's situation",
  },
  intro: {
    "fr-CA":
      "Matrice des Orientations MSSS §2.3, avec les ajustements de votre équipe. Avant de choisir, tenez compte aussi des préférences du patient.",
    en: "Matrix of the MSSS guidelines §2.3, with your team's adjustments. Before choosing, also consider the patient's preferences.",
  },
  situation: { "fr-CA": "Situation et besoin du patient", en: "Patient's situation and needs" },
  situationRequired: { "fr-CA": "Choisissez une situation.", en: "Choose a situation." },
  physicalExam: {
    "fr-CA": "Un examen physique ou neurologique est nécessaire",
    en: "A physical or neurological exam is needed",
  },
  refuses: { "fr-CA": "Le patient refuse la télésanté", en: "The patient refuses telehealth" },
  reluctant: { "fr-CA": "Le patient est réticent", en: "The patient is reluctant" },
  equity: {
    "fr-CA": "Obstacles d'accès (Internet, appareil, facteurs socioéconomiques ou culturels)",
    en: "Access barriers (internet, device, socioeconomic or cultural factors)",
  },
  vulnerable: { "fr-CA": "Patient vulnérable", en: "Vulnerable patient" },
  reoriented: {
    "fr-CA": "Patient réorienté d'un autre partenaire du réseau (urgence, centre d'appels, guichet…)",
    en: "Patient redirected by another network partner (ED, call centre, access desk…)",
  },
  reorientedHint: {
    "fr-CA": "Si réorienté : les trois conditions d'exception (§6)",
    en: "If redirected: the three exception conditions (§6)",
  },
  knownToSetting: { "fr-CA": "Le patient est connu du milieu", en: "The patient is known to the setting" },
  problemKnown: {
    "fr-CA": "Le problème de santé est connu du milieu",
    en: "The health problem is known to the setting",
  },
  wishesInPerson: { "fr-CA": "Le patient souhaite être vu en présence", en: "The patient wishes to be seen in person" },
  visitDate: { "fr-CA": "Date de la rencontre", en: "Date of the visit" },
  submit: { "fr-CA": "Obtenir la recommandation", en: "Get the recommendation" },
  resultTitle: { "fr-CA": "Recommandation —", en: "Recommendation —" },
  legend: {
    "fr-CA":
      "Légende : + efforts minimes, oral seulement · ++ mise en œuvre plus étoffée, oral et non-verbal · +++ activité de référence.",
    en: "Legend: + minimal effort, verbal only · ++ more set-up, verbal and non-verbal · +++ reference standard.",
  },
  notAdvised: { "fr-CA": "non retenue pour ce patient", en: "ruled out for this patient" },
  noCorridor: {
    "fr-CA":
      "Votre équipe n'a pas encore de corridor de référence valide pour le présentiel (§4) : demandez à votre pilote clinique de le configurer.",
    en: "Your team has no valid in-person referral corridor yet (§4): ask your clinical pilot to configure it.",
  },
} satisfies Record<string, Localized>;
