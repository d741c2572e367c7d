/**
 * Consent card text (seed 003 §1.1, §1.3.1–§1.3.9, §2.5, §10.1; regulation S-4.2, r. 23.1, art. 2). The shared view
 * is read by patients and caregivers, often anonymous in a browser: plain words, short sentences, and only what
 * Balises recorded or knows — the rest is what the clinician will do. The clinician view names the sections.
 */
import { CONSENT_FIELD_LABELS } from "../../domain/consentLabels.js";
import type { Localized } from "../../i18n/locale.js";

export const CONSENT_PATIENT_STRINGS = {
  title: { "fr-CA": "Votre rencontre en télésanté", en: "Your telehealth appointment" },
  intro: {
    "fr-CA":
      "Cette rencontre se fait à distance, dans Teams. Avant de commencer, votre clinicien ou clinicienne vous demandera si vous êtes d'accord. Voici ce qu'il faut savoir.",
    en: "This appointment takes place remotely, in Teams. Before starting, your clinician will ask whether you agree. Here is what you should know.",
  },
  meaning: {
    "fr-CA":
      "**Télésanté** : vous recevez un service de santé ou un service social à distance, par vidéo ou par téléphone, au lieu d'une rencontre en personne.",
    en: "**Telehealth**: you receive a health or social service remotely, by video or phone, instead of meeting in person.",
  },
  equipment: {
    "fr-CA": "**Ce qu'il vous faut** : une connexion Internet et un appareil avec caméra et micro (ou un téléphone).",
    en: "**What you need**: an internet connection and a device with a camera and microphone (or a phone).",
  },
  healthCard: {
    "fr-CA":
      "**Votre carte d'assurance maladie** : gardez-la à portée de main. Votre clinicien ou clinicienne vous demandera de vous nommer et de la présenter, ou de présenter une autre pièce d'identité.",
    en: "**Your health insurance card**: keep it at hand. Your clinician will ask you to state your name and show it, or another piece of ID.",
  },
  evaluationLimits: {
    "fr-CA":
      "**Limites** : à distance, certains examens ne sont pas possibles. Par vidéo, votre clinicien ou clinicienne peut voir une grande partie du corps et évaluer certains types de plaies ou de problèmes de peau; par téléphone, l'évaluation se fait seulement à l'oral. Si un examen en personne est nécessaire, il ou elle vous proposera un rendez-vous en personne.",
    en: "**Limits**: some examinations are not possible remotely. By video, your clinician can see much of the body and assess some kinds of wounds or skin problems; by phone, the assessment is by conversation only. If an in-person examination is needed, your clinician will offer you an in-person appointment.",
  },
  confidentiality: {
    "fr-CA":
      "**Confidentialité** : installez-vous dans un endroit calme et privé. Teams est autorisé par le réseau de la santé, mais la confidentialité de votre côté (lieu, appareil, Internet) ne peut pas être garantie.",
    en: "**Privacy**: settle in a quiet, private place. Teams is approved by the health network, but privacy on your side (place, device, internet) cannot be guaranteed.",
  },
  chat: {
    "fr-CA": "**Conversation écrite** : Teams conserve les messages écrits dans la conversation de cette rencontre.",
    en: "**Written chat**: Teams keeps the messages written in this meeting's chat.",
  },
  informationSharing: {
    "fr-CA":
      "**Partage d'information** : votre clinicien ou clinicienne vous demandera si vous acceptez que des renseignements sur votre santé soient transmis à distance après cette séance (par exemple des documents ou des résultats), avec les outils autorisés par le réseau de la santé. Il ou elle vous dira lesquels et à qui.",
    en: "**Information sharing**: your clinician will ask whether you agree that information about your health be sent remotely after this session (for example documents or results), with the tools approved by the health network. Your clinician will tell you what is sent and to whom.",
  },
  informationSharingYes: {
    "fr-CA":
      "**Partage d'information** : votre accord pour le partage d'information à venir a été noté. Votre clinicien ou clinicienne vous dira quels renseignements seront transmis, et à qui.",
    en: "**Information sharing**: your agreement to sharing information from now on was noted. Your clinician will tell you what is sent and to whom.",
  },
  informationSharingNo: {
    "fr-CA":
      "**Partage d'information** : le partage d'information à venir ne fait pas partie du consentement noté. Votre clinicien ou clinicienne vous demandera votre accord avant de transmettre des renseignements sur votre santé.",
    en: "**Information sharing**: sharing information from now on is not part of the consent as noted. Your clinician will ask for your agreement before sending information about your health.",
  },
  companions: {
    "fr-CA": "**Vos proches** : une personne proche aidante peut se joindre à la rencontre si vous êtes d'accord.",
    en: "**Family and caregivers**: a caregiver may join the appointment if you agree.",
  },
  interpreter: {
    "fr-CA":
      "**Interprétation** : si vous avez besoin de services d'interprétation, dites-le. Votre clinicien ou clinicienne peut en organiser, même à distance.",
    en: "**Interpreting**: if you need an interpreter, say so. Your clinician can arrange one, even remotely.",
  },
  followUpAt: {
    "fr-CA":
      "**Suivi en personne** : si un suivi en personne est nécessaire, votre clinicien ou clinicienne vous orientera vers {places}.",
    en: "**In-person follow-up**: if an in-person follow-up is needed, your clinician will refer you to {places}.",
  },
  followUpAtMore: {
    "fr-CA":
      "**Suivi en personne** : si un suivi en personne est nécessaire, votre clinicien ou clinicienne vous orientera vers {places}, ou vers un autre lieu de son équipe qu'il ou elle vous indiquera.",
    en: "**In-person follow-up**: if an in-person follow-up is needed, your clinician will refer you to {places}, or to another place of their team that they will tell you.",
  },
  followUpToBeTold: {
    "fr-CA":
      "**Suivi en personne** : si un suivi en personne est nécessaire, votre clinicien ou clinicienne vous dira où il aura lieu.",
    en: "**In-person follow-up**: if an in-person follow-up is needed, your clinician will tell you where it will take place.",
  },
  refuse: {
    "fr-CA":
      "**Vous pouvez refuser** la télésanté : votre clinicien ou clinicienne vous proposera alors un rendez-vous en personne.",
    en: "**You may refuse** telehealth: your clinician will then offer you an in-person appointment.",
  },
  withdraw: {
    "fr-CA": "**Vous pouvez changer d'idée à tout moment**, même pendant la rencontre : dites-le simplement.",
    en: "**You may change your mind at any time**, even during the appointment: just say so.",
  },
  recordingNotYet: {
    "fr-CA":
      "**Enregistrement** : la rencontre ne peut être enregistrée qu'avec votre accord. Si elle devait l'être, on vous le demandera avant.",
    en: "**Recording**: the appointment may be recorded only with your agreement. If it were to be, you would be asked beforehand.",
  },
  recordingNotYetWritten: {
    "fr-CA":
      "**Enregistrement** : la rencontre ne peut être enregistrée qu'avec votre autorisation formelle et écrite. Si elle devait l'être, on vous le dira avant.",
    en: "**Recording**: the appointment may be recorded only with your formal, written authorisation. If it were to be, you would be told beforehand.",
  },
  recordingYes: {
    "fr-CA":
      "**Enregistrement** : votre accord pour l'enregistrement a été noté; vous pouvez le retirer à tout moment.",
    en: "**Recording**: your agreement to recording was noted; you may withdraw it at any time.",
  },
  recordingYesWritten: {
    "fr-CA":
      "**Enregistrement** : votre accord pour l'enregistrement a été noté. Il faut aussi votre autorisation écrite; vous pouvez retirer votre accord à tout moment.",
    en: "**Recording**: your agreement to recording was noted. Your written authorisation is also needed; you may withdraw your agreement at any time.",
  },
  recordingNo: {
    "fr-CA":
      "**Enregistrement** : l'enregistrement ne fait pas partie du consentement noté; la rencontre ne doit donc pas être enregistrée.",
    en: "**Recording**: recording is not part of the consent as noted, so the appointment must not be recorded.",
  },
  statusNone: { "fr-CA": "Consentement : pas encore noté.", en: "Consent: not yet noted." },
  statusRecorded: {
    "fr-CA": "✓ Consentement noté le {when} par {who} : {method}. Portée : {scope}.",
    en: "✓ Consent noted on {when} by {who}: {method}. Scope: {scope}.",
  },
  statusRecordedIncomplete: {
    "fr-CA":
      "Consentement noté le {when} par {who} : {method}. Portée : {scope}. Votre clinicien ou clinicienne reverra quelques points avec vous.",
    en: "Consent noted on {when} by {who}: {method}. Scope: {scope}. Your clinician will go over a few remaining points with you.",
  },
  statusWithdrawn: {
    "fr-CA":
      "Consentement retiré le {when}. La télésanté s'arrête; votre clinicien ou clinicienne vous proposera un rendez-vous en personne.",
    en: "Consent withdrawn on {when}. Telehealth stops; your clinician will offer you an in-person appointment.",
  },
  statusRefused: {
    "fr-CA":
      "Vous avez choisi un rendez-vous en personne (noté le {when}) : la télésanté s'arrête ici. Votre clinicien ou clinicienne vous proposera ce rendez-vous.",
    en: "You chose an in-person appointment (noted on {when}): telehealth stops here. Your clinician will offer you that appointment.",
  },
  statusEmergency: {
    "fr-CA":
      "Situation urgente : le consentement n'a pas pu être obtenu (noté le {when}). Votre clinicien ou clinicienne en inscrira le motif à votre dossier.",
    en: "Urgent situation: consent could not be obtained (noted on {when}). Your clinician will write the reason in your record.",
  },
  whoOrganizer: { "fr-CA": "l'organisateur ou l'organisatrice de la rencontre", en: "the meeting organiser" },
  whoClinician: { "fr-CA": "un clinicien ou une clinicienne de la rencontre", en: "a clinician of the meeting" },
  scopeSession: { "fr-CA": "cette séance", en: "this session" },
  scopeRecording: { "fr-CA": "l'enregistrement", en: "recording" },
  scopeSharing: { "fr-CA": "le partage d'information à venir", en: "sharing information from now on" },
  scopeNone: { "fr-CA": "aucune", en: "none" },
} satisfies Record<string, Localized>;

export const CONSENT_CLINICIAN_STRINGS = {
  ...CONSENT_FIELD_LABELS,
  statusRecorded: {
    "fr-CA": "✓ Consentement noté le {when} par {who} : {method}. Portée : {scope}.",
    en: "✓ Consent noted on {when} by {who}: {method}. Scope: {scope}.",
  },
  statusRecordedIncomplete: {
    "fr-CA": "Consentement noté le {when} par {who} : {method}. Portée : {scope}.",
    en: "Consent noted on {when} by {who}: {method}. Scope: {scope}.",
  },
  statusWithdrawn: {
    "fr-CA":
      "Consentement retiré le {when} : la télésanté s'arrête; offrez un rendez-vous en personne (§1.3.2, §1.3.7).",
    en: "Consent withdrawn on {when}: telehealth stops; offer an in-person appointment (§1.3.2, §1.3.7).",
  },
  statusRefused: {
    "fr-CA":
      "Refus de la télésanté noté le {when} : la personne préfère être vue en personne; offrez-lui ce rendez-vous (§1.3.7).",
    en: "Refusal of telehealth noted on {when}: the person would rather be seen in person; offer them that appointment (§1.3.7).",
  },
  statusEmergency: {
    "fr-CA": "Exception d'urgence consignée le {when} : consentement impossible (§1.3.3).",
    en: "Emergency exception noted on {when}: consent impossible (§1.3.3).",
  },
  title: {
    "fr-CA": "Consentement — vue clinicien (visible par vous seulement)",
    en: "Consent — clinician view (only you see it)",
  },
  privacy: {
    "fr-CA":
      "Cochez ce qui a été fait. Balises n'enregistre ni nom, ni numéro de carte, ni motif : inscrivez au dossier du patient ce qui doit l'être (§1.3.1).",
    en: "Tick what was done. Balises stores no name, card number or reason: write in the patient's record what belongs there (§1.3.1).",
  },
  methodPlaceholder: { "fr-CA": "Choisir…", en: "Choose…" },
  usualChoices: {
    "fr-CA":
      "Vos derniers choix sont présélectionnés : confirmez-les avec la personne. Seul ce que vous consignez est enregistré.",
    en: "Your last choices are preselected: confirm them with the person. Only what you record is saved.",
  },
  scope: { "fr-CA": "Portée du consentement (§1.1)", en: "Scope of the consent (§1.1)" },
  identity: {
    "fr-CA": "Identité vérifiée avec (§1.3.5) — le type seulement, jamais le numéro",
    en: "Identity checked with (§1.3.5) — the kind only, never the number",
  },
  limitsExplained: {
    "fr-CA": "Limites expliquées : évaluation à distance, confidentialité, technologie, enregistrement (§1.3.1)",
    en: "Limits explained: remote evaluation, privacy, technology, recording (§1.3.1)",
  },
  substitute: {
    "fr-CA": "Consentement substitué : usager inapte (§1.3.2)",
    en: "Substitute consent: patient unable to consent (§1.3.2)",
  },
  emergency: {
    "fr-CA": "Exception : transfert urgent, consentement impossible (§1.3.3)",
    en: "Exception: urgent transfer, consent impossible (§1.3.3)",
  },
  emergencyReminder: {
    "fr-CA": "Exception d'urgence : inscrivez le motif au dossier du patient. Balises ne l'enregistre pas.",
    en: "Emergency exception: write the reason in the patient's record. Balises does not store it.",
  },
  group: {
    "fr-CA": "Activité de groupe (§1.1) — laissez 1 pour une rencontre individuelle",
    en: "Group activity (§1.1) — leave 1 for an individual appointment",
  },
  participants: { "fr-CA": "Nombre de patients", en: "Number of patients" },
  participantsRange: { "fr-CA": "Entrez un nombre entier de 1 à 200.", en: "Enter a whole number from 1 to 200." },
  consentsRecordedRange: { "fr-CA": "Entrez un nombre entier de 0 à 200.", en: "Enter a whole number from 0 to 200." },
  presence: {
    "fr-CA":
      "Le service requiert-il la présence en personne, pour un examen ou un soutien qui ne peuvent être offerts à distance? (§5; règlement, condition 2)",
    en: "Does the service require being present in person, for an examination or support that cannot be provided remotely? (§5; regulation, condition 2)",
  },
  presenceToConfirm: { "fr-CA": "À confirmer", en: "To be confirmed" },
  presenceNotRequired: {
    "fr-CA": "Non : le service peut se faire à distance",
    en: "No: the service can be given remotely",
  },
  presenceRequired: {
    "fr-CA": "Oui : le service doit se faire en personne",
    en: "Yes: the service must be given in person",
  },
  record: { "fr-CA": "Consigner le consentement", en: "Record consent" },
  gapsTitle: { "fr-CA": "À compléter pour un consentement valide :", en: "To complete for a valid consent:" },
  historyCount: {
    "fr-CA":
      "Historique : {count} consentements consignés pendant cette rencontre; le plus récent est affiché ci-dessus.",
    en: "History: {count} consents recorded during this encounter; the most recent is shown above.",
  },
  historyInAuditOne: {
    "fr-CA": "Le plus ancien n'est plus conservé avec la rencontre : il est au journal d'audit.",
    en: "The oldest is no longer kept with the encounter: it is in the audit log.",
  },
  historyInAudit: {
    "fr-CA": "Les {earlier} plus anciens ne sont plus conservés avec la rencontre : ils sont au journal d'audit.",
    en: "The {earlier} oldest are no longer kept with the encounter: they are in the audit log.",
  },
} satisfies Record<string, Localized>;
