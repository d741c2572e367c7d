/**
 * The progress-note block's words (noteObligationBlock.ts), in the clinician's language. Each says only what Balises
 * recorded, or leaves a blank ("[à compléter]", "— à préciser") for what the clinician knows and Balises does not.
 */
import type { Locale } from "../i18n/locale.js";

export const NOTE_BLOCK_WORDS = {
  title: { "fr-CA": "NOTE D'ÉVOLUTION — TÉLÉSANTÉ (AH-253)", en: "PROGRESS NOTE — TELEHEALTH (AH-253)" },
  date: { "fr-CA": "Date", en: "Date" },
  timeRange: {
    "fr-CA": "{date}, de {start} à {end} (heure de Montréal), durée {minutes} min",
    en: "{date}, {start} to {end} (Montréal time), {minutes} min",
  },
  timeRangeScheduledEnd: {
    "fr-CA":
      "{date}, début à {start} (heure de Montréal); fin réelle non reçue par Balises, fin prévue à {end} — durée à préciser",
    en: "{date}, started {start} (Montréal time); actual end not received by Balises, scheduled end {end} — duration to be completed",
  },
  timeRangeFirstUse: {
    "fr-CA":
      "{date}, de {start} à {end} (heure de Montréal); début réel non consigné dans Balises : {start} est l'heure où une commande y a ouvert la rencontre — durée à préciser",
    en: "{date}, {start} to {end} (Montréal time); actual start not recorded in Balises: {start} is when a command opened the encounter there — duration to be completed",
  },
  timeRangeFirstUseScheduledEnd: {
    "fr-CA":
      "{date}, rencontre ouverte dans Balises par une commande à {start}, fin prévue à {end} (heure de Montréal); début et fin réels non consignés dans Balises — durée à préciser",
    en: "{date}, encounter opened in Balises by a command at {start}, scheduled end {end} (Montréal time); actual start and end not recorded in Balises — duration to be completed",
  },
  modality: { "fr-CA": "Modalité", en: "Modality" },
  // Balises knows the meeting was a Teams one, not whether the person had video or joined by audio only.
  video: {
    "fr-CA": "téléconsultation dans une réunion Microsoft Teams; vidéo ou audio seulement : à préciser",
    en: "telehealth in a Microsoft Teams meeting; video or audio only: to be completed",
  },
  phone: { "fr-CA": "téléconsultation par téléphone", en: "telehealth by phone" },
  switched: {
    "fr-CA": "réunion Microsoft Teams, puis téléphone à partir de {time} (plan de contingence)",
    en: "Microsoft Teams meeting, then phone from {time} (contingency plan)",
  },
  consent: { "fr-CA": "Consentement à la télésanté", en: "Consent to telehealth" },
  verbal: { "fr-CA": "verbal", en: "verbal" },
  written: { "fr-CA": "écrit", en: "written" },
  emailReply: { "fr-CA": "par réponse courriel", en: "by e-mail reply" },
  obtained: { "fr-CA": "{method}, obtenu et consigné dans Balises", en: "{method}, obtained and recorded in Balises" },
  noted: { "fr-CA": "{method}, consigné dans Balises", en: "{method}, recorded in Balises" },
  gaps: {
    "fr-CA": "; éléments non consignés dans Balises : {gaps} — à préciser",
    en: "; items not recorded in Balises: {gaps} — to be completed",
  },
  gapsUnknown: {
    "fr-CA": "; des éléments n'ont pas été consignés dans Balises — à préciser",
    en: "; some items were not recorded in Balises — to be completed",
  },
  substitute: {
    "fr-CA": "; donné par la personne autorisée à consentir (patient inapte)",
    en: "; given by the person authorised to consent (patient unable to consent)",
  },
  scope: { "fr-CA": "; portée : {items}", en: "; scope: {items}" },
  scopeSession: { "fr-CA": "séance en cours", en: "this session" },
  scopeRecording: { "fr-CA": "enregistrement", en: "recording" },
  scopeSharing: { "fr-CA": "partage d'information", en: "information sharing" },
  emergency: {
    "fr-CA": "impossible à obtenir (transfert urgent, exception consignée dans Balises); motif : [à compléter]",
    en: "impossible to obtain (urgent transfer, exception recorded in Balises); reason: [to be completed]",
  },
  withdrawn: { "fr-CA": "retiré à {time}", en: "withdrawn at {time}" },
  withdrawnInPersonOffered: {
    "fr-CA": "; un rendez-vous en personne avait été offert",
    en: "; an in-person appointment had been offered",
  },
  refused: {
    "fr-CA": "refusé par la personne ({source}); rendez-vous en personne à planifier",
    en: "refused by the person ({source}); in-person appointment to be scheduled",
  },
  notRecorded: {
    "fr-CA": "non documenté dans Balises — à préciser",
    en: "not documented in Balises — to be completed",
  },
  location: { "fr-CA": "Lieu de la personne pendant la séance", en: "Person's location during the session" },
  locationRecorded: {
    "fr-CA": "région {region}; pouvait parler en toute confidentialité : {confidential}",
    en: "region {region}; could speak confidentially: {confidential}",
  },
  locationNotRecorded: {
    "fr-CA": "non consigné dans Balises — à préciser",
    en: "not recorded in Balises — to be completed",
  },
  yes: { "fr-CA": "oui", en: "yes" },
  no: { "fr-CA": "non", en: "no" },
  contingency: { "fr-CA": "Plan de contingence", en: "Contingency plan" },
  planAgreed: { "fr-CA": "convenu", en: "agreed" },
  planAgreedBefore: { "fr-CA": "convenu avant la séance", en: "agreed before the session" },
  // The plan's last save: an agreement recorded then, perhaps made earlier in the session.
  planAgreedDuring: {
    "fr-CA": "convenu, consigné à {time} pendant la séance",
    en: "agreed, recorded at {time} during the session",
  },
  // No plan, or one without the agreement or without a confirmed phone or e-mail (contingency.ts planStatus).
  planMissing: {
    "fr-CA":
      "non consigné comme complet dans Balises (convenu avec la personne, téléphone ou courriel confirmé) — à préciser",
    en: "not recorded in Balises as complete (agreed with the person, phone or e-mail confirmed) — to be completed",
  },
  noIncident: {
    "fr-CA": "aucun incident technologique consigné dans Balises",
    en: "no technology incident recorded in Balises",
  },
  incidents: { "fr-CA": "incidents : {list}", en: "incidents: {list}" },
  phoneFallback: { "fr-CA": "recours au téléphone à {time}", en: "switched to phone at {time}" },
  emergencyContact: {
    "fr-CA": "Contact d'urgence autorisé par la personne",
    en: "Emergency contact authorised by the person",
  },
  contactConfirmed: { "fr-CA": "confirmé au plan", en: "confirmed in the plan" },
  contactNotConfirmed: { "fr-CA": "non confirmé au plan", en: "not confirmed in the plan" },
  crisis: { "fr-CA": "Situation de crise", en: "Crisis" },
  crisisRecorded: {
    "fr-CA": "consignée à {times}; interventions : [à compléter]",
    en: "recorded at {times}; interventions: [to be completed]",
  },
  followUp: { "fr-CA": "Suivi prévu", en: "Follow-up planned" },
  toComplete: { "fr-CA": "[à compléter]", en: "[to be completed]" },
  inPerson: { "fr-CA": "Suivi en présentiel", en: "In-person follow-up" },
  inPersonDue: {
    "fr-CA": "à faire au plus tard le {date} (nouveau patient vu en visio : {months}, MSSS §2.3)",
    en: "to take place by {date} (new patient seen by video: {months}, MSSS §2.3)",
  },
  inPersonOffered: {
    "fr-CA":
      "offert, consigné le {offered} (à faire au plus tard le {date} : nouveau patient vu en visio, {months}, MSSS §2.3)",
    en: "offered, recorded on {offered} (to take place by {date}: new patient seen by video, {months}, MSSS §2.3)",
  },
  clinical: { "fr-CA": "Évaluation, interventions et plan", en: "Assessment, interventions and plan" },
} satisfies Record<string, Record<Locale, string>>;
