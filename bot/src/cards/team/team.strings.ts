/** The encounter's team (DESIGN: an encounter belongs to its organiser's team, shown and changeable in the meeting). */
import type { Localized } from "../../i18n/locale.js";
import { TEAM_NOTICES } from "../../domain/teams.js";

export const TEAM_CARD_STRINGS = {
  title: { "fr-CA": "Équipe de la rencontre", en: "Encounter's team" },
  withTeam: {
    "fr-CA": "Cette rencontre est rattachée à l'équipe « {team} ».",
    en: 'This encounter belongs to the team "{team}".',
  },
  pending: {
    "fr-CA": "Le clinicien ou la clinicienne choisira l'équipe de cette rencontre.",
    en: "The clinician will choose this encounter's team.",
  },
  none: {
    "fr-CA":
      "Cette rencontre n'est rattachée à aucune équipe où Balises est installé : les valeurs par défaut de Balises s'appliquent (matrice de base du MSSS, ressources de crise du Québec, aucun corridor d'équipe).",
    en: "This encounter belongs to no team where Balises is installed: Balises' defaults apply (MSSS baseline matrix, Québec-wide crisis resources, no team corridor).",
  },
  open: { "fr-CA": "Choisir ou changer l'équipe", en: "Choose or change the team" },
  chooseLabel: { "fr-CA": "Équipe de cette rencontre", en: "This encounter's team" },
  choosePlaceholder: { "fr-CA": "Choisissez une de vos équipes", en: "Choose one of your teams" },
  set: { "fr-CA": "Rattacher à cette équipe", en: "Attach to this team" },
  applies: {
    "fr-CA":
      "La configuration de l'équipe s'applique aux cartes de la rencontre : corridor en présentiel, délai de rappel, ressources de crise, interprètes. Votre choix est retenu pour vos prochaines rencontres.",
    en: "The team's configuration applies to the encounter's cards: in-person corridor, callback delay, crisis resources, interpreters. Your choice is remembered for your next encounters.",
  },
  noTeams: {
    "fr-CA":
      "Vous n'êtes membre d'aucune équipe Teams où Balises est installé. Ajoutez Balises à votre équipe (Applications → Balises → Ajouter à une équipe) : sa configuration s'appliquera ensuite.",
    en: "You are not a member of any Teams team where Balises is installed. Add Balises to your team (Apps → Balises → Add to a team): its configuration will then apply.",
  },
  unnamed: { "fr-CA": "sans nom", en: "unnamed" },
  pendingNotice: TEAM_NOTICES.pending,
  noneNotice: TEAM_NOTICES.none,
} satisfies Record<string, Localized>;
