/** The content page's sections; `?view=` (and the configuration page's default view) name them. */
import type { Localized } from "../../../../bot/src/i18n/locale.js";

export const VIEWS = [
  "matrix",
  "corridor",
  "contingency",
  "interpreters",
  "checklist",
  "reminders",
  "activity",
  "learners",
  "settings",
] as const;
export type View = (typeof VIEWS)[number];

export const VIEW_LABELS: Record<View, Localized> = {
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
};

/** Views a team member may open as the tab's default; settings are for pilots only. */
export const DEFAULT_VIEW_CHOICES: View[] = [
  "matrix",
  "corridor",
  "contingency",
  "interpreters",
  "checklist",
  "reminders",
];

export function parseView(raw: string | undefined): View {
  return (VIEWS as readonly string[]).includes(raw ?? "") ? (raw as View) : "matrix";
}
