import type { Localized } from "@shared/i18n/locale.js";

export const CHECKLIST_STRINGS = {
  heading: { "fr-CA": "Liste de vérification", en: "Checklist" },
  intro: {
    "fr-CA":
      "La liste que les membres de l'équipe revoient avant chaque rencontre à distance, selon la profession. Rien n'y est inscrit sur le patient.",
    en: "The list team members go through before each remote meeting, by profession. Nothing about the patient is written in it.",
  },
  profile: { "fr-CA": "Profil de la liste", en: "Checklist profile" },
  profileValue: { "fr-CA": "Profil de la liste : {profile}", en: "Checklist profile: {profile}" },
  items: { "fr-CA": "Éléments à vérifier", en: "Items to check" },
  unsaved: { "fr-CA": "Enregistrez pour voir les éléments de ce profil.", en: "Save to see this profile's items." },
} as const satisfies Record<string, Localized>;
