/** Apprenants / Learners: every string in fr-CA then en. */
import type { Localized } from "@shared/i18n/locale.js";

export const LEARNERS_STRINGS = {
  heading: { "fr-CA": "Apprenants", en: "Learners" },
  intro: {
    "fr-CA":
      "Les apprenants ne doivent pas perdre d'exposition clinique (§9.1). Un étudiant en médecine participe seulement à partir de son milieu de formation, sous supervision étroite, après avoir observé quelques téléconsultations de son superviseur (§9.3). Un résident ou un moniteur utilise la télésanté une fois désigné compétent par son superviseur (§9.4).",
    en: "Learners must not lose clinical exposure (§9.1). A medical student takes part only from their training site, under close supervision, after observing a few of their supervisor's teleconsultations (§9.3). A resident or fellow uses telehealth once their supervisor has designated them competent (§9.4).",
  },
  loading: { "fr-CA": "Chargement des apprenants…", en: "Loading learners…" },
  none: { "fr-CA": "Aucun apprenant inscrit.", en: "No learner registered." },
  caption: { "fr-CA": "Apprenants de l'équipe", en: "The team's learners" },
  colLearner: { "fr-CA": "Apprenant", en: "Learner" },
  colRole: { "fr-CA": "Rôle", en: "Role" },
  colSupervisors: { "fr-CA": "Superviseurs", en: "Supervisors" },
  colSite: { "fr-CA": "Milieu de formation", en: "Training site" },
  colDesignation: { "fr-CA": "Désignation (§9.4)", en: "Designation (§9.4)" },
  colObservations: { "fr-CA": "Observations (§9.3)", en: "Observations (§9.3)" },
  colActions: { "fr-CA": "Actions", en: "Actions" },
  designatedOn: {
    "fr-CA": "Désignation de compétence le {date} par {who}",
    en: "Designated competent on {date} by {who}",
  },
  notDesignated: { "fr-CA": "Aucune désignation", en: "Not designated" },
  withdrawnOn: { "fr-CA": "Désignation retirée le {date}", en: "Designation withdrawn on {date}" },
  notApplicable: { "fr-CA": "—", en: "—" },
  observations: {
    "fr-CA": "Observations : {count} sur {threshold} avant de mener une rencontre sous observation",
    en: "Observations: {count} of {threshold} before leading an encounter under observation",
  },
  observedTooEarly: { "fr-CA": "Mise en observation trop hâtive", en: "Observed too early" },
  thresholdMet: { "fr-CA": "Seuil atteint", en: "Threshold met" },
  designate: { "fr-CA": "Désigner pour la télésanté", en: "Designate for telehealth" },
  designateLabel: {
    "fr-CA": "Désigner {name} comme ayant les compétences pour la télésanté",
    en: "Designate {name} as competent for telehealth",
  },
  withdraw: { "fr-CA": "Retirer la désignation", en: "Withdraw designation" },
  withdrawLabel: { "fr-CA": "Retirer la désignation de {name}", en: "Withdraw {name}'s designation" },
  removeLabel: { "fr-CA": "Retirer {name} des apprenants", en: "Remove {name} from the learners" },
  removeConfirm: {
    "fr-CA": "Retirer {name} des apprenants de l'équipe?",
    en: "Remove {name} from the team's learners?",
  },
  removeConfirmYes: { "fr-CA": "Retirer des apprenants", en: "Remove from the learners" },
  more: { "fr-CA": "Afficher plus d'apprenants", en: "Show more learners" },
  threshold: {
    "fr-CA": "Observations requises avant de mener une rencontre sous observation (étudiants, §9.3)",
    en: "Observations required before leading an encounter under observation (students, §9.3)",
  },
  saveThreshold: { "fr-CA": "Enregistrer le seuil", en: "Save threshold" },
  register: { "fr-CA": "Inscrire un apprenant", en: "Register a learner" },
  oid: { "fr-CA": "Apprenant", en: "Learner" },
  role: { "fr-CA": "Rôle", en: "Role" },
  supervisors: { "fr-CA": "Superviseurs", en: "Supervisors" },
  chooseLearner: {
    "fr-CA": "Choisissez l'apprenant dans la liste des membres.",
    en: "Choose the learner from the member list.",
  },
  chooseSupervisor: {
    "fr-CA": "Choisissez au moins un superviseur dans la liste des membres.",
    en: "Choose at least one supervisor from the member list.",
  },
  site: { "fr-CA": "Milieu de formation (nom du site)", en: "Training site (site name)" },
  siteHint: {
    "fr-CA": "Le nom du site, jamais un renseignement sur un patient.",
    en: "The site's name, never information about a patient.",
  },
  thresholdOverride: {
    "fr-CA": "Seuil propre à cet étudiant (facultatif)",
    en: "Threshold for this student (optional)",
  },
  submit: { "fr-CA": "Inscrire", en: "Register" },
  failed: { "fr-CA": "L'opération a échoué.", en: "The operation failed." },
  done: { "fr-CA": "C'est fait.", en: "Done." },
} as const satisfies Record<string, Localized>;
