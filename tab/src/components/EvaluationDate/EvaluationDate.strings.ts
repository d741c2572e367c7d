import type { Localized } from "@shared/i18n/locale.js";

export const EVALUATION_DATE_STRINGS = {
  heading: { "fr-CA": "Évaluation annuelle", en: "Yearly evaluation" },
  intro: {
    "fr-CA":
      "Il est recommandé d'évaluer la qualité des soins virtuels au moins une fois par année; la démarche est coordonnée par les pilotes (§11). Inscrivez la date de la dernière évaluation : la vue Activité indique quand la suivante est recommandée et signale quand ce moment est passé.",
    en: "Evaluating the quality of virtual care at least once a year is recommended; the pilots coordinate it (§11). Enter the date of the last evaluation: the Activity view shows when the next one is recommended and says when that time has passed.",
  },
  date: { "fr-CA": "Date de la dernière évaluation", en: "Date of the last evaluation" },
} as const satisfies Record<string, Localized>;
