import type { Localized } from "@shared/i18n/locale.js";

export const NOT_INSTALLED_STRINGS = {
  title: { "fr-CA": "Valeurs par défaut de Balises", en: "Balises defaults" },
  body: {
    "fr-CA":
      "Aucun pilote n'a encore configuré Balises pour cette équipe. La personne qui configure l'onglet (Paramètres de l'onglet dans Teams) en devient pilote clinique.",
    en: "No pilot has configured Balises for this team yet. Whoever configures the tab (tab settings in Teams) becomes its clinical pilot.",
  },
} as const satisfies Record<string, Localized>;
