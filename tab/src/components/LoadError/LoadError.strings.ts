import type { Localized } from "@shared/i18n/locale.js";

export const LOAD_ERROR_STRINGS = {
  title: { "fr-CA": "Impossible de charger les données", en: "Could not load the data" },
  generic: {
    "fr-CA": "Le service Balises n'a pas répondu. Réessayez dans un moment.",
    en: "The Balises service did not answer. Try again in a moment.",
  },
  retry: { "fr-CA": "Réessayer", en: "Try again" },
} as const satisfies Record<string, Localized>;
