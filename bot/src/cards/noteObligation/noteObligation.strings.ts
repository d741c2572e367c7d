import type { Localized } from "../../i18n/locale.js";

export const NOTE_OBLIGATION_STRINGS = {
  headingOpen: { "fr-CA": "Note au dossier à déposer", en: "Record note to file" },
  headingReminder: { "fr-CA": "Rappel : note au dossier à déposer", en: "Reminder: record note to file" },
  headingOverdue: { "fr-CA": "Note au dossier en retard", en: "Record note overdue" },
  headingFiled: { "fr-CA": "Note au dossier déposée", en: "Record note filed" },
  intro: {
    "fr-CA":
      "Déposez la note de votre rencontre de télésanté au dossier tout de suite après la prestation, au plus tard dans les 24 heures (MSSS §1.1, §8.8). Une note par intervention.",
    en: "File the note of your telehealth encounter in the record right after it, at the latest within 24 hours (MSSS §1.1, §8.8). One note per intervention.",
  },
  introFiled: {
    "fr-CA": "Merci. Balises a consigné le dépôt de la note.",
    en: "Thank you. Balises recorded that the note was filed.",
  },
  encounter: { "fr-CA": "Rencontre", en: "Encounter" },
  encounterValue: { "fr-CA": "terminée le {ended}", en: "ended {ended}" },
  encounterClosedAtScheduledEnd: {
    "fr-CA": "close par Balises à sa fin prévue, le {ended} (fin réelle non reçue)",
    en: "closed by Balises at its scheduled end, {ended} (actual end not received)",
  },
  deadline: { "fr-CA": "Échéance", en: "Deadline" },
  localDeadline: {
    "fr-CA":
      "{deadline} — échéance fixée localement; selon le MSSS, au plus tard 24 heures après la rencontre (§1.1) : {regulatory}",
    en: "{deadline} — the local deadline; per the MSSS, at the latest 24 hours after the encounter (§1.1): {regulatory}",
  },
  remaining: { "fr-CA": "Temps restant", en: "Time left" },
  filedAt: { "fr-CA": "Déposée", en: "Filed" },
  filedOnTime: { "fr-CA": "dans le délai", en: "on time" },
  filedLate: { "fr-CA": "après l'échéance", en: "after the deadline" },
  overdueNotice: {
    "fr-CA": "L'échéance est passée : déposez la note dès que possible, puis indiquez-le ici.",
    en: "The deadline has passed: file the note as soon as possible, then say so here.",
  },
  snoozedNotice: { "fr-CA": "Je vous le rappellerai vers {time}.", en: "I will remind you around {time}." },
  blockLabel: {
    "fr-CA": "Bloc prêt à copier dans la note d'évolution (AH-253)",
    en: "Ready-to-copy block for the progress note (AH-253)",
  },
  privacy: {
    "fr-CA":
      "Ce bloc ne contient aucun renseignement permettant d'identifier le patient et Balises ne le conserve pas. Complétez-le dans le dossier.",
    en: "This block contains nothing that identifies the patient and Balises does not keep it. Complete it in the record.",
  },
  source: {
    "fr-CA": "Source : MSSS, Orientations ministérielles en télésanté, §1.1 et §8.8.",
    en: "Source: MSSS, ministerial telehealth guidelines, §1.1 and §8.8.",
  },
  filed: { "fr-CA": "Note déposée", en: "Note filed" },
  later: { "fr-CA": "Me le rappeler plus tard", en: "Remind me later" },
  summaryOpen: {
    "fr-CA": "Balises : note au dossier à déposer d'ici le {deadline}",
    en: "Balises: record note due by {deadline}",
  },
  summaryOverdue: { "fr-CA": "Balises : note au dossier en retard", en: "Balises: record note overdue" },
  installHint: {
    "fr-CA":
      "Balises, pour le personnel clinique : la note au dossier de cette rencontre est maintenant à déposer. Pour recevoir en privé son rappel (24 h), ajoutez l'application Balises pour vous-même (Applications › Balises › Ajouter) : les rappels suivants vous y parviendront.",
    en: "Balises, for the clinical staff: the record note for this meeting is now to be filed. To receive its 24-hour reminder privately, add the Balises app for yourself (Apps › Balises › Add): the next reminders will reach you there.",
  },
} satisfies Record<string, Localized>;
