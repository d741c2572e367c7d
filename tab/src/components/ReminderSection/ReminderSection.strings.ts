import type { Localized } from "@shared/i18n/locale.js";

export const REMINDER_STRINGS = {
  heading: { "fr-CA": "Politique de rappel", en: "Reminder policy" },
  intro: {
    "fr-CA":
      "La note est déposée tout de suite après la rencontre, au plus tard dans les 24 heures (§1.1, §8.8). Balises rappelle la note au clinicien ou à la clinicienne aux moments choisis, comptés depuis la fin de la rencontre.",
    en: "The note is filed right after the meeting, within 24 hours at the latest (§1.1, §8.8). Balises reminds the clinician at the chosen times, counted from the end of the meeting.",
  },
  offsets: { "fr-CA": "Rappels", en: "Reminders" },
  offset: { "fr-CA": "Rappel {n} (heures après la fin)", en: "Reminder {n} (hours after the end)" },
  deadline: { "fr-CA": "Échéance de la note (heures, 24 au plus)", en: "Note deadline (hours, 24 at most)" },
  addOffset: { "fr-CA": "Ajouter un rappel", en: "Add a reminder" },
  removeOffset: { "fr-CA": "Retirer le rappel {n}", en: "Remove reminder {n}" },
  summary: {
    "fr-CA": "Rappels {offsets} h après la fin de la rencontre; note due au plus tard {deadline} h après.",
    en: "Reminders {offsets} h after the end of the meeting; note due within {deadline} h.",
  },
  noReminder: { "fr-CA": "aucun", en: "none" },
  hoursExpected: {
    "fr-CA": "Un nombre d'heures est attendu, par exemple 2 ou 1,5.",
    en: "A number of hours is expected, for example 2 or 1.5.",
  },
} as const satisfies Record<string, Localized>;
