/**
 * The words for what a consent records (seed 003 §1.1, §1.3): the codes of the domain as people read them, on the
 * consent card and in the side panel alike, and why an entry cannot be recorded (the message under its field).
 */
import type { Localized } from "../i18n/locale.js";
import type {
  CompanionPresence,
  ConsentEntryProblems,
  ConsentGap,
  ConsentMethod,
  IdentityDocumentKind,
  InPersonOfferChoice,
} from "./consent.js";

/** The consent entry's fields whose labels the card's clinician view and the side panel's form share. */
export const CONSENT_FIELD_LABELS = {
  method: { "fr-CA": "Mode de consentement (§1.3.1)", en: "How consent was given (§1.3.1)" },
  scopeSession: { "fr-CA": "Cette séance", en: "This session" },
  scopeRecording: { "fr-CA": "Enregistrement de la séance", en: "Recording the session" },
  scopeSharing: { "fr-CA": "Partage des informations à venir", en: "Sharing information from now on" },
  inPersonOffer: {
    "fr-CA":
      "Rendez-vous en personne offert, droit de refus et de retrait expliqués : réponse de la personne (§1.3.2, §1.3.7, §1.3.8)",
    en: "In-person appointment offered, right to refuse and withdraw explained: the person's answer (§1.3.2, §1.3.7, §1.3.8)",
  },
  interpreter: {
    "fr-CA": "Services d'interprétation utilisés pendant la séance (§1.3.9)",
    en: "An interpreter took part in the session (§1.3.9)",
  },
  caregivers: { "fr-CA": "Proches aidants (§1.3.6)", en: "Caregivers (§1.3.6)" },
  supportStaff: { "fr-CA": "Personnel de soutien (§8.7)", en: "Support staff (§8.7)" },
  consentsRecorded: { "fr-CA": "Consentements obtenus", en: "Consents obtained" },
  conductRules: {
    "fr-CA": "Engagement de chacun à respecter les règles de bonne conduite",
    en: "Each participant committed to the conduct rules",
  },
  organisedByEstablishment: {
    "fr-CA":
      "Activité organisée par l'établissement (règlement, art. 1, dernier alinéa : la condition 4 ne s'applique pas)",
    en: "Activity organised by the establishment (regulation, s. 1, last paragraph: condition 4 does not apply)",
  },
  withdraw: { "fr-CA": "La personne retire son consentement", en: "The person withdraws consent" },
  // Asked first, on the card and in the side panel: the meeting's card tells the patient at once.
  withdrawQuestion: {
    "fr-CA":
      "Consigner le retrait du consentement? La télésanté s'arrête et la carte de la rencontre, dans la conversation, l'indique à tous.",
    en: "Record that consent is withdrawn? Telehealth stops, and the meeting's card in the chat says so to everyone.",
  },
  withdrawYes: { "fr-CA": "Consigner le retrait", en: "Record the withdrawal" },
  withdrawNo: { "fr-CA": "Ne pas consigner", en: "Do not record" },
} satisfies Record<string, Localized>;

export const CONSENT_METHOD_LABELS: Record<ConsentMethod, Localized> = {
  verbal: { "fr-CA": "Verbal", en: "Verbal" },
  written: { "fr-CA": "Écrit (formulaire, signature électronique)", en: "Written (form, e-signature)" },
  emailReply: { "fr-CA": "Réponse par courriel", en: "E-mail reply" },
};

/** §1.3.7: "accepted" is a refusal of telehealth — the person takes the in-person appointment instead. */
export const IN_PERSON_OFFER_LABELS: Record<InPersonOfferChoice, Localized> = {
  notOffered: { "fr-CA": "Non offert", en: "Not offered" },
  declined: { "fr-CA": "Offert : la personne choisit la télésanté", en: "Offered: the person chooses telehealth" },
  accepted: {
    "fr-CA": "Offert : la personne préfère être vue en personne (refus de la télésanté)",
    en: "Offered: the person would rather be seen in person (refuses telehealth)",
  },
};

export const IDENTITY_LABELS: Record<IdentityDocumentKind, Localized> = {
  ramqCard: { "fr-CA": "Carte d'assurance maladie (RAMQ)", en: "Health insurance card (RAMQ)" },
  otherId: { "fr-CA": "Autre pièce d'identité", en: "Other ID" },
  notChecked: { "fr-CA": "Pas encore vérifiée", en: "Not checked yet" },
};

export const COMPANION_LABELS: Record<CompanionPresence, Localized> = {
  none: { "fr-CA": "Aucun", en: "None" },
  presentWithConsent: {
    "fr-CA": "Présents, avec le consentement du patient",
    en: "Present, with the patient's consent",
  },
  presentWithoutConsent: {
    "fr-CA": "Présents, consentement du patient non obtenu",
    en: "Present, patient's consent not obtained",
  },
};

export const CONSENT_GAP_LABELS: Record<ConsentGap, Localized> = {
  method: { "fr-CA": "le mode de consentement", en: "how consent was given" },
  scopeSession: { "fr-CA": "un consentement qui couvre cette séance", en: "a consent covering this session" },
  limitsExplained: { "fr-CA": "l'explication des limites de la télésanté", en: "explaining the limits of telehealth" },
  identity: {
    "fr-CA": "la vérification de l'identité (carte RAMQ ou autre pièce)",
    en: "checking identity (RAMQ card or other ID)",
  },
  inPersonOffered: { "fr-CA": "l'offre de l'alternative en personne", en: "offering the in-person alternative" },
  caregiversConsent: {
    "fr-CA": "le consentement du patient à la présence de ses proches",
    en: "the patient's consent to the caregivers' presence",
  },
  supportStaffConsent: {
    "fr-CA": "le consentement du patient à la présence du personnel de soutien",
    en: "the patient's consent to the support staff's presence",
  },
  groupConsents: { "fr-CA": "un consentement par participant", en: "one consent per participant" },
  conductRules: { "fr-CA": "l'engagement aux règles de bonne conduite", en: "the commitment to the conduct rules" },
};

/** Each reason an entry is not recorded (consent.ts `consentEntryProblems`), said under its field. */
export const CONSENT_ENTRY_MESSAGES: Record<keyof ConsentEntryProblems, Localized> = {
  method: {
    "fr-CA":
      "Choisissez le mode de consentement (verbal, écrit ou réponse par courriel), ou cochez l'exception de transfert urgent.",
    en: "Choose how consent was given (verbal, written or e-mail reply), or tick the urgent-transfer exception.",
  },
  consentsRecorded: {
    "fr-CA": "Il y a plus de consentements obtenus que de patients : corrigez l'un des deux nombres (§1.1).",
    en: "There are more consents obtained than patients: correct one of the two numbers (§1.1).",
  },
};
