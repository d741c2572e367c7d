/** Learners taking part in the encounter, in the side panel (Orientations MSSS §9.3, §9.4): fr-CA then en. */
import type { Localized } from "@shared/i18n/locale.js";

export const LEARNERS_PART_STRINGS = {
  heading: { "fr-CA": "Personnes apprenantes présentes", en: "Learners present" },
  none: { "fr-CA": "Aucune personne apprenante consignée.", en: "No learner recorded." },
  noTeam: {
    "fr-CA": "Les personnes apprenantes s'inscrivent par équipe : rattachez d'abord la réunion à une équipe.",
    en: "Learners are registered per team: link the meeting to a team first.",
  },
  part: { "fr-CA": "{name} — {role} : {participation}", en: "{name} — {role}: {participation}" },
  atSite: { "fr-CA": ", au milieu de formation", en: ", at the training site" },
  notAtSite: { "fr-CA": ", hors du milieu de formation", en: ", not at the training site" },
  siteNotStated: {
    "fr-CA": ", milieu de formation non précisé (§9.3)",
    en: ", training site not stated (§9.3)",
  },
  answerAtSite: { "fr-CA": "Au milieu de formation", en: "At the training site" },
  answerNotAtSite: { "fr-CA": "Hors du milieu de formation", en: "Not at the training site" },
  answerLabel: { "fr-CA": "{name} : {answer}", en: "{name}: {answer}" },
  remove: { "fr-CA": "Retirer {name}", en: "Remove {name}" },
  formLabel: { "fr-CA": "Ajouter une personne apprenante", en: "Add a learner" },
  learner: { "fr-CA": "Apprenant ou apprenante", en: "Learner" },
  participation: { "fr-CA": "Participation", en: "Part" },
  atTrainingSite: { "fr-CA": "À partir de son milieu de formation? (§9.3)", en: "From their training site? (§9.3)" },
  siteUnknown: { "fr-CA": "Non précisé", en: "Not stated" },
  siteYes: { "fr-CA": "Oui", en: "Yes" },
  siteNo: { "fr-CA": "Non", en: "No" },
  chooseLearner: { "fr-CA": "Choisissez une personne de l'équipe.", en: "Choose a member of the team." },
  add: { "fr-CA": "Ajouter", en: "Add" },
} as const satisfies Record<string, Localized>;
