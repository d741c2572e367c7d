import type { Localized } from "@shared/i18n/locale.js";

export const READ_ONLY_STRINGS = {
  readOnly: {
    "fr-CA": "Lecture seule : les pilotes cliniques de l'équipe tiennent cette configuration à jour.",
    en: "Read-only: the team's clinical pilots keep this configuration up to date.",
  },
} as const satisfies Record<string, Localized>;
