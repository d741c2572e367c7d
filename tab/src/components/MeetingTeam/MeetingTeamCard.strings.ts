import type { Localized } from "@shared/i18n/locale.js";

export const MEETING_TEAM_STRINGS = {
  heading: { "fr-CA": "Équipe de la réunion", en: "The meeting's team" },
  intro: {
    "fr-CA":
      "Une réunion de télésanté applique la configuration de son équipe : corridor de référence, plan de contingence, ressources de crise et rappels de note. Une réunion privée appartient à l'équipe de la personne qui l'organise; si cette personne en a plusieurs, elle la choisit ici.",
    en: "A telehealth meeting follows its team's configuration: referral corridor, contingency plan, crisis resources and note reminders. A private meeting belongs to its organiser's team; an organiser with several teams chooses it here.",
  },
  team: { "fr-CA": "Équipe : {name}", en: "Team: {name}" },
  noTeam: {
    "fr-CA":
      "Aucune équipe n'est associée à cette réunion : Balises applique ses valeurs par défaut (matrice de base du MSSS, ressources de crise du Québec).",
    en: "No team is linked to this meeting: Balises uses its defaults (MSSS baseline matrix, Québec-wide crisis resources).",
  },
  beforeStart: {
    "fr-CA": "La réunion n'a pas encore commencé : ce choix s'appliquera à son ouverture.",
    en: "The meeting has not started yet: this choice applies when it opens.",
  },
  noChoice: {
    "fr-CA":
      "Ajoutez Balises à votre équipe Teams (ou demandez-le à son pilote clinique) : vos réunions pourront alors y être rattachées et suivre sa configuration. Aucune de vos équipes n'a encore Balises.",
    en: "Add Balises to your Teams team (or ask its clinical pilot): your meetings can then be linked to it and follow its configuration. None of your teams has Balises yet.",
  },
  change: { "fr-CA": "Changer", en: "Change" },
  changeLabel: { "fr-CA": "Changer l'équipe de la réunion", en: "Change the meeting's team" },
  choose: { "fr-CA": "Choisir l'équipe", en: "Choose the team" },
  field: { "fr-CA": "Équipe de la réunion", en: "The meeting's team" },
  save: { "fr-CA": "Enregistrer l'équipe", en: "Save the team" },
  cancel: { "fr-CA": "Annuler", en: "Cancel" },
  saved: { "fr-CA": "Équipe de la réunion enregistrée : {name}.", en: "The meeting's team is saved: {name}." },
  failed: { "fr-CA": "Le changement d'équipe a échoué.", en: "Changing the team failed." },
  loading: { "fr-CA": "Recherche de l'équipe de la réunion…", en: "Looking up the meeting's team…" },
} as const satisfies Record<string, Localized>;
