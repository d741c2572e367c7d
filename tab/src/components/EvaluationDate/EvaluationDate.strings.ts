import type { Localized } from "@shared/i18n/locale.js";

export const EVALUATION_DATE_STRINGS = {
  heading: { "fr-CA": "Évaluation annuelle", en: "Yearly evaluation" },
  intro: {
    "fr-CA":
      "La qualité des soins virtuels est évaluée au moins une fois par année, sous la coordination des pilotes (§11). Balises le rappelle à la date prévue.",
    en: "The quality of virtual care is evaluated at least once a year, coordinated by the pilots (§11). Balises reminds you on the planned date.",
  },
  date: { "fr-CA": "Date prévue de la prochaine évaluation", en: "Planned date of the next evaluation" },
} as const satisfies Record<string, Localized>;
