import type { Localized } from "@shared/i18n/locale.js";

export const LOCAL_SITUATION_STRINGS = {
  heading: { "fr-CA": "Situations locales", en: "Local situations" },
  intro: {
    "fr-CA":
      "Ajoutez les situations propres à votre milieu (p. ex. évaluation courante en CHSLD, §8.9). Elles s'ajoutent à la matrice du MSSS sans la remplacer.",
    en: "Add situations specific to your setting (e.g. routine assessment in a CHSLD, §8.9). They add to the MSSS matrix without replacing it.",
  },
  none: { "fr-CA": "Aucune situation locale.", en: "No local situation." },
  add: { "fr-CA": "Ajouter une situation locale", en: "Add a local situation" },
  labelFr: { "fr-CA": "Libellé en français", en: "Label in French" },
  labelEn: { "fr-CA": "Libellé en anglais", en: "Label in English" },
  noteFr: { "fr-CA": "Note en français", en: "Note in French" },
  noteEn: { "fr-CA": "Note en anglais", en: "Note in English" },
  ratings: { "fr-CA": "Cotes", en: "Ratings" },
  required: { "fr-CA": "Les deux libellés sont requis.", en: "Both labels are required." },
  noteBothLanguages: {
    "fr-CA": "Écrivez la note dans les deux langues, ou laissez les deux vides.",
    en: "Write the note in both languages, or leave both empty.",
  },
  removeLabel: { "fr-CA": "Retirer la situation locale « {label} »", en: "Remove the local situation “{label}”" },
} as const satisfies Record<string, Localized>;
