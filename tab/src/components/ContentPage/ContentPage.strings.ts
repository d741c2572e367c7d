import type { Localized } from "@shared/i18n/locale.js";
import type { View } from "../../hooks/useView.js";

export const CONTENT_PAGE_STRINGS = {
  nav: { "fr-CA": "Sections de Balises", en: "Balises sections" },
} as const satisfies Record<string, Localized>;

/** The sections' names, in the navigation and on the configuration page. */
export const VIEW_LABELS = {
  matrix: { "fr-CA": "Matrice des modalités", en: "Modality matrix" },
  corridor: { "fr-CA": "Corridor de référence", en: "Referral corridor" },
  contingency: { "fr-CA": "Contingence et ressources de crise", en: "Contingency and crisis resources" },
  interpreters: { "fr-CA": "Interprètes", en: "Interpreters" },
  checklist: { "fr-CA": "Liste de vérification", en: "Checklist" },
  reminders: { "fr-CA": "Politique de rappel", en: "Reminder policy" },
  // Issue 4 (supervision): the activity view and the learners.
  activity: { "fr-CA": "Activité", en: "Activity" },
  learners: { "fr-CA": "Apprenants", en: "Learners" },
  settings: { "fr-CA": "Paramètres", en: "Settings" },
} as const satisfies Record<View, Localized>;
