import type { Localized } from "@shared/i18n/locale.js";

export const EVALUATION_DATE_STRINGS = {
  heading: { "fr-CA": "Évaluation annuelle", en: "Yearly evaluation" },
  intro: {
    "fr-CA":
      "La qualité des soins virtuels est évaluée au moins une fois par année, sous la coordination des pilotes (§11). Inscrivez la date de la dernière évaluation : la vue Activité indique la date limite de la suivante et signale quand elle est due.",
    en: "The quality of virtual care is evaluated at least once a year, coordinated by the pilots (§11). Enter the date of the last evaluation: the Activity view shows when the next one is due and says when it is overdue.",
  },
  date: { "fr-CA": "Date de la dernière évaluation", en: "Date of the last evaluation" },
} as const satisfies Record<string, Localized>;
