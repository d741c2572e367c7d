/**
 * Contingency plan text (seed 003 §3, §4): what happens if the technology fails, in plain words for
 * patients; yes/no confirmations for the clinician (never the number, the address or the contact).
 */
import type { Localized } from "../../i18n/locale.js";
import { PLAN_LABELS } from "../../domain/planLabels.js";

export const CONTINGENCY_PATIENT_STRINGS = {
  title: { "fr-CA": "Si la technologie fait défaut : le plan", en: "If the technology fails: the plan" },
  intro: {
    "fr-CA": "Si la connexion coupe pendant la rencontre :",
    en: "If the connection drops during the appointment:",
  },
  // What the clinician will do, not a promise made for them: who calls, and when.
  callback: {
    "fr-CA":
      "1. Restez près de votre téléphone : si la connexion n'est pas rétablie au bout de {minutes} minutes, votre clinicien ou clinicienne vous rappellera au numéro confirmé avec vous.",
    en: "1. Stay near your phone: if the connection is not back after {minutes} minutes, your clinician will call you back on the number confirmed with you.",
  },
  callbackToConfirm: {
    "fr-CA":
      "1. Restez près de votre téléphone : si la connexion n'est pas rétablie au bout de {minutes} minutes, votre clinicien ou clinicienne vous rappellera au numéro qu'il ou elle confirmera avec vous.",
    en: "1. Stay near your phone: if the connection is not back after {minutes} minutes, your clinician will call you back on the number they confirm with you.",
  },
  dialIn: {
    "fr-CA": "2. Vous pouvez aussi rejoindre la rencontre par téléphone : {bridge}",
    en: "2. You can also join the meeting by phone: {bridge}",
  },
  dialInDefault: {
    "fr-CA": "composez le numéro indiqué dans l'invitation Teams, s'il y en a un.",
    en: "dial the number shown in the Teams invitation, if there is one.",
  },
  inPerson: {
    "fr-CA":
      "3. Si la rencontre ne peut pas se poursuivre à distance, votre clinicien ou clinicienne vous proposera un rendez-vous en personne.",
    en: "3. If the appointment cannot continue remotely, your clinician will offer you an in-person appointment.",
  },
  // The team's corridors (up to five), not where this appointment will be.
  inPersonWhere: { "fr-CA": "Lieux possibles : {places}.", en: "Possible places: {places}." },
  crisisTitle: { "fr-CA": "En cas d'urgence ou de détresse, appelez :", en: "In an emergency or in distress, call:" },
  emergencyContact: {
    "fr-CA": "Dites à votre clinicien ou clinicienne quelle personne joindre en cas d'urgence, si vous l'autorisez.",
    en: "Tell your clinician whom to contact in an emergency, if you allow it.",
  },
  // 003 §3, 004: the plan covers an emergency during the meeting; 9-1-1 is called for where the person is.
  emergencyDuring: {
    "fr-CA":
      "En cas d'urgence pendant la rencontre, votre clinicien ou clinicienne appellera le 9-1-1 pour l'endroit où vous vous trouvez : dites-lui où vous êtes en début de rencontre.",
    en: "If there is an emergency during the appointment, your clinician will call 911 for the place where you are: tell them where you are at the start.",
  },
  statusNone: { "fr-CA": "Plan : pas encore confirmé avec vous.", en: "Plan: not yet confirmed with you." },
  // {when}: the plan's last save, which says it was agreed — not necessarily the moment it was.
  statusAgreed: {
    "fr-CA": "✓ Plan convenu avec vous, consigné le {when}.",
    en: "✓ Plan agreed with you, recorded on {when}.",
  },
  statusContactToConfirm: {
    "fr-CA":
      "Plan convenu avec vous, consigné le {when}; votre numéro de téléphone ou votre courriel reste à confirmer.",
    en: "Plan agreed with you, recorded on {when}; your phone number or e-mail is still to be confirmed.",
  },
  statusNotAgreed: {
    "fr-CA": "Plan noté le {when}, à confirmer avec vous.",
    en: "Plan noted on {when}, to be confirmed with you.",
  },
  statusPhone: {
    "fr-CA": "La rencontre se poursuit par téléphone depuis le {when}.",
    en: "The appointment has continued by phone since {when}.",
  },
  lostTitle: { "fr-CA": "Connexion perdue : que faire", en: "Connection lost: what to do" },
  lostIntro: {
    "fr-CA": "Perte de connexion signalée à {when}. Pas d'inquiétude, voici la suite :",
    en: "Connection loss reported at {when}. Don't worry, here is what happens next:",
  },
} satisfies Record<string, Localized>;

/** The clinician's view of the plan's state: the same facts, about the person rather than to them. */
export const CONTINGENCY_CLINICIAN_STATUS = {
  statusNone: {
    "fr-CA": "Plan : pas encore confirmé avec la personne.",
    en: "Plan: not yet confirmed with the person.",
  },
  statusAgreed: {
    "fr-CA": "✓ Plan convenu avec la personne, consigné le {when}.",
    en: "✓ Plan agreed with the person, recorded on {when}.",
  },
  statusContactToConfirm: {
    "fr-CA": "Plan convenu avec la personne, consigné le {when}; téléphone ou courriel à confirmer.",
    en: "Plan agreed with the person, recorded on {when}; phone or e-mail to be confirmed.",
  },
  statusNotAgreed: {
    "fr-CA": "Plan noté le {when}, à confirmer avec la personne.",
    en: "Plan noted on {when}, to be confirmed with the person.",
  },
} satisfies Record<string, Localized>;

export const CONTINGENCY_CLINICIAN_STRINGS = {
  title: {
    "fr-CA": "Plan de contingence — vue clinicien (visible par vous seulement)",
    en: "Contingency plan — clinician view (only you see it)",
  },
  privacy: PLAN_LABELS.privacy,
  callbackDelay: {
    "fr-CA": "Délai avant de rappeler (configuration de l'équipe)",
    en: "Delay before calling back (team configuration)",
  },
  callbackDelayPlan: {
    "fr-CA": "Délai avant de rappeler (consigné au plan)",
    en: "Delay before calling back (recorded in the plan)",
  },
  minutes: { "fr-CA": "{minutes} minutes", en: "{minutes} minutes" },
  phoneVerified: PLAN_LABELS.phoneVerified,
  emailVerified: PLAN_LABELS.emailVerified,
  emergencyContact: PLAN_LABELS.emergencyContact,
  agreed: PLAN_LABELS.agreed,
  agreedQuick: PLAN_LABELS.agreedQuick,
  agreedQuickHint: PLAN_LABELS.agreedQuickHint,
  gapAgreed: { "fr-CA": "Convenir du plan avec la personne (§3)", en: "Agree the plan with the person (§3)" },
  gapContact: {
    "fr-CA": "Confirmer le téléphone ou le courriel de la personne (§3)",
    en: "Confirm the person's phone or e-mail (§3)",
  },
  incidents: PLAN_LABELS.incidents,
  // 001: after a change of medium (there, video to e-mail), the person's identity is checked again.
  modalityPhone: {
    "fr-CA":
      "Modalité : téléphone depuis le {when}. Reconfirmez l'identité de la personne au téléphone avant de poursuivre ({source}).",
    en: "Modality: phone since {when}. Confirm the person's identity again on the phone before going on ({source}).",
  },
  noCorridor: {
    "fr-CA":
      "Votre équipe n'a pas de corridor de référence valide pour le présentiel (§4) : la condition 4 du règlement n'est pas respectée.",
    en: "Your team has no valid in-person referral corridor (§4): condition 4 of the regulation is not met.",
  },
  record: PLAN_LABELS.record,
  connectionLost: PLAN_LABELS.connectionLost,
  crisis: { "fr-CA": "Situation de crise", en: "Crisis" },
  switchToPhone: PLAN_LABELS.switchToPhone,
} satisfies Record<string, Localized>;
