/** Mes rencontres / My encounters: every string in fr-CA then en. */
import type { Localized } from "@shared/i18n/locale.js";
import type { NounForms } from "@shared/i18n/plural.js";

export const MY_ENCOUNTERS_STRINGS = {
  heading: { "fr-CA": "Mes rencontres", en: "My encounters" },
  intro: {
    "fr-CA":
      "Vos rencontres de télésanté des {days} derniers jours, toutes équipes confondues : les notes à déposer, les suivis en présentiel à offrir et, en formation, vos participations. Aucune donnée de patient n'est conservée.",
    en: "Your telehealth encounters of the last {days} days, in all your teams: the notes to file, the in-person follow-ups to offer and, in training, your participations. No patient data is kept.",
  },
  loading: { "fr-CA": "Chargement de vos rencontres…", en: "Loading your encounters…" },
  failed: { "fr-CA": "L'action a échoué.", en: "The action failed." },
  colEncounter: { "fr-CA": "Rencontre", en: "Encounter" },
  colTeam: { "fr-CA": "Équipe", en: "Team" },
  colMeeting: { "fr-CA": "Réunion Teams", en: "Teams meeting" },
  noTeam: { "fr-CA": "Sans équipe", en: "No team" },
  chat: { "fr-CA": "Conversation", en: "Chat" },
  chatLabel: {
    "fr-CA": "Ouvrir dans Teams la conversation de la rencontre du {date}",
    en: "Open in Teams the chat of the encounter of {date}",
  },
  noChat: { "fr-CA": "Aucun lien", en: "No link" },
} as const satisfies Record<string, Localized>;

export const NOTES_STRINGS = {
  heading: { "fr-CA": "Notes au dossier à déposer", en: "Record notes to file" },
  intro: {
    "fr-CA":
      "La note au dossier est déposée tout de suite après la rencontre, au plus tard dans les 24 heures (Orientations MSSS §1.1). « Note déposée » fait ici ce que fait le bouton de la carte reçue dans Teams.",
    en: "The record note is filed right after the encounter, within 24 hours at the latest (MSSS guidelines §1.1). “Note filed” here does what the button of the card you got in Teams does.",
  },
  none: { "fr-CA": "Aucune note à déposer.", en: "No note to file." },
  caption: {
    "fr-CA": "Vos notes à déposer, l'échéance la plus proche d'abord",
    en: "Your notes to file, nearest deadline first",
  },
  colDeadline: { "fr-CA": "Échéance", en: "Deadline" },
  colActions: { "fr-CA": "Actions", en: "Actions" },
  open: { "fr-CA": "à déposer", en: "to file" },
  overdue: { "fr-CA": "en retard", en: "overdue" },
  file: { "fr-CA": "Note déposée", en: "Note filed" },
  fileLabel: { "fr-CA": "Note déposée : rencontre du {date}", en: "Note filed: encounter of {date}" },
  remind: { "fr-CA": "Me le rappeler plus tard", en: "Remind me later" },
  remindLabel: {
    "fr-CA": "Me le rappeler plus tard : note de la rencontre du {date}",
    en: "Remind me later: note of the encounter of {date}",
  },
  remindAt: {
    "fr-CA": "Rappel de la note du {date} vers {when}, dans votre conversation avec Balises.",
    en: "Reminder of the note of {date} around {when}, in your chat with Balises.",
  },
  noMoreReminder: {
    "fr-CA": "L'échéance de la note du {date} est passée : plus de rappel.",
    en: "The deadline of the note of {date} has passed: no more reminders.",
  },
  filedHeading: { "fr-CA": "Notes déposées", en: "Notes filed" },
  filedOnTime: {
    "fr-CA": "Note de la rencontre du {date} déposée le {when}, dans le délai.",
    en: "Note of the encounter of {date} filed on {when}, on time.",
  },
  filedLate: {
    "fr-CA": "Note de la rencontre du {date} déposée le {when}, après l'échéance.",
    en: "Note of the encounter of {date} filed on {when}, after the deadline.",
  },
} as const satisfies Record<string, Localized>;

export const FOLLOW_UPS_STRINGS = {
  heading: { "fr-CA": "Suivis en présentiel des nouveaux patients", en: "In-person follow-ups of new patients" },
  intro: {
    "fr-CA":
      "Pour un nouveau patient vu en visio pour sa prise en charge, les Orientations MSSS prévoient un suivi en présentiel dans le mois s'il est vulnérable, sinon dans les trois mois (§2.3). Consignez-le comme offert une fois proposé à la personne.",
    en: "For a new patient seen by video for intake, the MSSS guidelines call for an in-person follow-up within a month if vulnerable, otherwise within three months (§2.3). Record it as offered once you have proposed it.",
  },
  none: { "fr-CA": "Aucun suivi en présentiel à offrir.", en: "No in-person follow-up to offer." },
  caption: {
    "fr-CA": "Suivis en présentiel, ceux à offrir d'abord, le plus tôt dû d'abord",
    en: "In-person follow-ups, those to offer first, earliest due first",
  },
  colDue: { "fr-CA": "À faire au plus tard le", en: "Due by" },
  colState: { "fr-CA": "État", en: "Status" },
  colActions: { "fr-CA": "Action", en: "Action" },
  due: { "fr-CA": "à venir", en: "upcoming" },
  pastDue: { "fr-CA": "en retard", en: "past due" },
  offered: { "fr-CA": "consigné comme offert le {date}", en: "recorded as offered on {date}" },
  offer: { "fr-CA": "Consigner comme offert", en: "Record as offered" },
  offerLabel: {
    "fr-CA": "Consigner comme offert le suivi en présentiel de la rencontre du {date}",
    en: "Record as offered the in-person follow-up of the encounter of {date}",
  },
  undo: { "fr-CA": "Retirer la mention", en: "Unmark as offered" },
  undoLabel: {
    "fr-CA": "Retirer la mention « offert » du suivi en présentiel de la rencontre du {date}",
    en: "Unmark as offered the in-person follow-up of the encounter of {date}",
  },
  offeredNotice: {
    "fr-CA": "Suivi en présentiel de la rencontre du {date} consigné comme offert.",
    en: "In-person follow-up of the encounter of {date} recorded as offered.",
  },
  undoneNotice: {
    "fr-CA": "Le suivi en présentiel de la rencontre du {date} n'est plus consigné comme offert.",
    en: "The in-person follow-up of the encounter of {date} is no longer recorded as offered.",
  },
} as const satisfies Record<string, Localized>;

export const LEARNING_STRINGS = {
  heading: { "fr-CA": "Ma formation", en: "My training" },
  intro: {
    "fr-CA":
      "Vos participations aux rencontres de télésanté, telles que consignées par le personnel clinique ou les personnes qui vous supervisent (Orientations MSSS §9.3, §9.4).",
    en: "Your participations in telehealth encounters, as recorded by the clinicians or the people who supervise you (MSSS guidelines §9.3, §9.4).",
  },
  standing: { "fr-CA": "{team} — {role} : {observations}.", en: "{team} — {role}: {observations}." },
  thresholdMet: {
    "fr-CA": "Seuil de l'équipe : observer {threshold} avant d'en mener une sous observation — atteint.",
    en: "Team threshold: observe {threshold} before leading one under observation — met.",
  },
  thresholdNotMet: {
    "fr-CA": "Seuil de l'équipe : observer {threshold} avant d'en mener une sous observation — non atteint.",
    en: "Team threshold: observe {threshold} before leading one under observation — not met.",
  },
  designated: {
    "fr-CA": "Désignation de compétence en télésanté depuis le {date}.",
    en: "Designated competent for telehealth since {date}.",
  },
  notDesignated: {
    "fr-CA": "Pas encore de désignation de compétence en télésanté : la personne qui vous supervise la donne.",
    en: "Not yet designated competent for telehealth: the person who supervises you gives it.",
  },
  caption: { "fr-CA": "Mes participations, les plus récentes d'abord", en: "My participations, newest first" },
  none: { "fr-CA": "Aucune participation consignée.", en: "No participation recorded." },
  colPart: { "fr-CA": "Participation", en: "Part" },
  colWith: { "fr-CA": "Avec", en: "With" },
} as const satisfies Record<string, Localized>;

/** "2 téléconsultations observées" / "1 teleconsultation observed". */
export const OBSERVED: NounForms = {
  "fr-CA": { one: "téléconsultation observée", other: "téléconsultations observées" },
  en: { one: "teleconsultation observed", other: "teleconsultations observed" },
};

/** "3 téléconsultations" / "3 teleconsultations": a threshold. */
export const TELECONSULTATIONS: NounForms = {
  "fr-CA": { one: "téléconsultation", other: "téléconsultations" },
  en: { one: "teleconsultation", other: "teleconsultations" },
};
