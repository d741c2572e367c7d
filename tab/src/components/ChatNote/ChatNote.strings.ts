import type { Localized } from "@shared/i18n/locale.js";

export const CHAT_NOTE_STRINGS = {
  title: { "fr-CA": "Balises se configure dans une équipe Teams", en: "Balises is configured in a Teams team" },
  body: {
    "fr-CA":
      "Une conversation de groupe n'est pas une équipe : ajoutez Balises à l'équipe de votre service pour y retrouver sa configuration (corridor, plan de contingence, ressources). Ici, seule la matrice de base du MSSS s'affiche.",
    en: "A group chat is not a team: add Balises to your service's team to find its configuration there (corridor, contingency plan, resources). Here, only the MSSS baseline matrix is shown.",
  },
} as const satisfies Record<string, Localized>;
