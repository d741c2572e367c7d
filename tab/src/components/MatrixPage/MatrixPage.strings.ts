import type { Localized } from "@shared/i18n/locale.js";

export const MATRIX_PAGE_STRINGS = {
  heading: { "fr-CA": "Matrice des modalités", en: "Modality matrix" },
  intro: {
    "fr-CA":
      "Choix de la modalité selon la situation du patient : matrice des Orientations MSSS §2.3, avec les ajustements de votre équipe. Avant de choisir, tenez compte aussi des préférences du patient.",
    en: "Choosing the modality for the patient's situation: the matrix of the MSSS guidelines §2.3, with your team's adjustments. Before choosing, also consider the patient's preferences.",
  },
  caption: {
    "fr-CA": "Choix de la modalité selon la situation du patient (Orientations MSSS §2.3)",
    en: "Choosing the modality for the patient's situation (MSSS guidelines §2.3)",
  },
  baselineOnly: {
    "fr-CA": "Matrice de base du MSSS : aucune équipe n'est associée à cet onglet.",
    en: "MSSS baseline matrix: no team is linked to this tab.",
  },
  baselineElsewhere: {
    "fr-CA":
      "Matrice de base du MSSS : les ajustements d'une équipe s'affichent dans l'onglet Balises de cette équipe.",
    en: "MSSS baseline matrix: a team's adjustments are shown in that team's Balises tab.",
  },
  loading: { "fr-CA": "Chargement de la matrice…", en: "Loading the matrix…" },
} as const satisfies Record<string, Localized>;
