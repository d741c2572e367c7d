import type { Localized } from "@shared/i18n/locale.js";

export const CONFLICT_STRINGS = {
  title: {
    "fr-CA": "Quelqu'un d'autre a modifié la configuration de l'équipe.",
    en: "Someone else changed the team's configuration.",
  },
  body: {
    "fr-CA":
      "Vos modifications n'ont pas été enregistrées, pour ne pas écraser les siennes. Rechargez la version actuelle, puis refaites vos changements.",
    en: "Your changes were not saved, so as not to overwrite theirs. Reload the current version, then make your changes again.",
  },
  reload: { "fr-CA": "Recharger", en: "Reload" },
} as const satisfies Record<string, Localized>;
