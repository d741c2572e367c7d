import type { Localized } from "@shared/i18n/locale.js";

export const SAVE_BAR_STRINGS = {
  invalidElsewhere: {
    "fr-CA":
      "L'enregistrement est refusé à cause d'un champ d'une autre section de la configuration; corrigez-le là, puis enregistrez de nouveau :",
    en: "Saving was refused because of a field in another section of the configuration; fix it there, then save again:",
  },
  elsewhereItem: { "fr-CA": "{section} — {message}", en: "{section} — {message}" },
} as const satisfies Record<string, Localized>;

/** The configuration's sections, by the first segment of a field's path, as their headings name them. */
export const SECTION_NAMES: Record<string, Localized> = {
  matrix: { "fr-CA": "Matrice des modalités", en: "Modality matrix" },
  corridors: { "fr-CA": "Corridor de référence", en: "Referral corridor" },
  contingency: { "fr-CA": "Contingence et ressources de crise", en: "Contingency and crisis resources" },
  interpreters: { "fr-CA": "Interprètes", en: "Interpreters" },
  checklistProfile: { "fr-CA": "Liste de vérification", en: "Checklist" },
  reminderPolicy: { "fr-CA": "Politique de rappel", en: "Reminder policy" },
  annualEvaluationDate: { "fr-CA": "Évaluation annuelle", en: "Yearly evaluation" },
};
