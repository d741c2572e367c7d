import type { Localized } from "../../i18n/locale.js";
import { TEAM_NOTICES } from "../../domain/teams.js";

/** The team line of the clinician's consent and contingency views. */
export const TEAM_LINE_STRINGS = {
  withTeam: {
    "fr-CA": "Équipe : {team} — sa configuration s'applique à cette rencontre.",
    en: "Team: {team} — its configuration applies to this encounter.",
  },
  pending: {
    "fr-CA":
      "Équipe : à choisir (carte « Équipe de la rencontre » ou commande « équipe »). Les valeurs par défaut de Balises s'appliquent d'ici là.",
    en: 'Team: to be chosen ("Encounter\'s team" card or the "team" command). Balises\' defaults apply until then.',
  },
  none: TEAM_NOTICES.none,
} satisfies Record<string, Localized>;
