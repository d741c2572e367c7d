/** Mes équipes / My teams: every string in fr-CA then en. */
import type { Localized } from "@shared/i18n/locale.js";

export const MY_TEAMS_STRINGS = {
  heading: { "fr-CA": "Mes équipes", en: "My teams" },
  intro: {
    "fr-CA":
      "Vos équipes Teams où Balises est installé. Une réunion privée (sans équipe) appartient à l'équipe choisie ici : elle suit son corridor, son plan de contingence et ses rappels, et figure dans son activité. Vous pouvez la changer pour chaque réunion, dans la réunion.",
    en: "Your teams in Teams where Balises is installed. A private meeting (with no team) belongs to the team chosen here: it follows that team's corridor, contingency plan and reminders, and shows in its activity. You can change it for each meeting, in the meeting.",
  },
  loading: { "fr-CA": "Chargement de vos équipes…", en: "Loading your teams…" },
  none: {
    "fr-CA":
      "Aucune de vos équipes Teams n'a encore Balises. Ajoutez Balises à l'équipe de votre service (ou demandez-le à son pilote clinique).",
    en: "None of your teams in Teams has Balises yet. Add Balises to your service's team (or ask its clinical pilot).",
  },
  preferred: { "fr-CA": "Équipe de mes réunions privées", en: "Team of my private meetings" },
  onlyTeam: {
    "fr-CA": "Vos réunions privées vont à votre seule équipe où Balises est installé : {name}.",
    en: "Your private meetings go to your only team where Balises is installed: {name}.",
  },
  noneChosen: {
    "fr-CA":
      "Aucune équipe choisie : Balises vous la demandera dans votre prochaine réunion privée et retiendra votre choix.",
    en: "No team chosen: Balises will ask you for it in your next private meeting and remember your choice.",
  },
  save: { "fr-CA": "Enregistrer", en: "Save" },
  saved: { "fr-CA": "Équipe enregistrée : {name}.", en: "Team saved: {name}." },
  failed: { "fr-CA": "L'enregistrement a échoué.", en: "Saving failed." },
  pendingHeading: { "fr-CA": "Rencontres à rattacher à une équipe", en: "Encounters to link to a team" },
  pendingIntro: {
    "fr-CA":
      "Ces rencontres des {days} derniers jours n'ont pas d'équipe : elles ne figurent dans l'activité d'aucune équipe. Choisissez l'équipe de chacune.",
    en: "These encounters of the last {days} days have no team: they show in no team's activity. Choose each one's team.",
  },
  pendingNone: { "fr-CA": "Aucune rencontre à rattacher.", en: "No encounter to link." },
  pendingCaption: { "fr-CA": "Vos rencontres sans équipe", en: "Your encounters with no team" },
  colDate: { "fr-CA": "Rencontre", en: "Encounter" },
  colStatus: { "fr-CA": "État", en: "Status" },
  colTeam: { "fr-CA": "Équipe", en: "Team" },
  open: { "fr-CA": "en cours", en: "in progress" },
  closed: { "fr-CA": "terminée", en: "ended" },
  teamOf: { "fr-CA": "Équipe de la rencontre du {date}", en: "Team of the encounter of {date}" },
  link: { "fr-CA": "Rattacher", en: "Link" },
  linkLabel: { "fr-CA": "Rattacher la rencontre du {date}", en: "Link the encounter of {date}" },
  linked: { "fr-CA": "Rencontre du {date} rattachée à {name}.", en: "Encounter of {date} linked to {name}." },
} as const satisfies Record<string, Localized>;
