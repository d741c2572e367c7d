import type { Localized } from "@shared/i18n/locale.js";

export const PERSON_PICKER_STRINGS = {
  placeholder: { "fr-CA": "Tapez un nom…", en: "Type a name…" },
  hint: { "fr-CA": "Membres de l'équipe Teams seulement.", en: "Members of the Teams team only." },
  noMatch: { "fr-CA": "Aucun membre de l'équipe ne correspond.", en: "No team member matches." },
  searching: { "fr-CA": "Recherche…", en: "Searching…" },
  more: { "fr-CA": "{shown} sur {total} : précisez le nom.", en: "{shown} of {total}: type more of the name." },
  failed: {
    "fr-CA": "Impossible de lire la liste des membres de l'équipe.",
    en: "Could not read the team's member list.",
  },
  chosen: { "fr-CA": "Personnes choisies : {label}", en: "People chosen: {label}" },
} as const satisfies Record<string, Localized>;
