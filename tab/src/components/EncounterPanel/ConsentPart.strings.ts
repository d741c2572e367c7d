/** The side panel's consent part (Orientations MSSS §1.1, §1.3): every string in fr-CA then en. */
import type { Localized } from "@shared/i18n/locale.js";
import { CONSENT_FIELD_LABELS } from "@shared/domain/consentLabels.js";

export const CONSENT_PART_STRINGS = {
  ...CONSENT_FIELD_LABELS,
  heading: { "fr-CA": "Consentement", en: "Consent" },
  none: { "fr-CA": "Pas encore consigné.", en: "Not recorded yet." },
  valid: { "fr-CA": "✓ Consigné le {when} par {who}.", en: "✓ Recorded on {when} by {who}." },
  incomplete: {
    "fr-CA": "Consigné le {when} par {who}, incomplet. À compléter :",
    en: "Recorded on {when} by {who}, incomplete. To complete:",
  },
  withdrawn: {
    "fr-CA": "Retiré le {when} : la télésanté s'arrête; offrez un rendez-vous en personne (§1.3.2, §1.3.7).",
    en: "Withdrawn on {when}: telehealth stops; offer an in-person appointment (§1.3.2, §1.3.7).",
  },
  emergency: {
    "fr-CA": "Exception d'urgence consignée le {when} : inscrivez le motif au dossier (§1.3.3).",
    en: "Emergency exception recorded on {when}: write the reason in the record (§1.3.3).",
  },
  refused: {
    "fr-CA":
      "Refus de la télésanté noté le {when} : la personne préfère être vue en personne; offrez-lui ce rendez-vous (§1.3.7).",
    en: "Refusal of telehealth noted on {when}: the person would rather be seen in person; offer them that appointment (§1.3.7).",
  },
  edit: { "fr-CA": "Modifier le consentement", en: "Change the consent" },
  formLabel: { "fr-CA": "Consigner le consentement", en: "Record consent" },
  scope: { "fr-CA": "Portée (§1.1)", en: "Scope (§1.1)" },
  identity: { "fr-CA": "Identité vérifiée avec (§1.3.5)", en: "Identity checked with (§1.3.5)" },
  identityHint: { "fr-CA": "Le type seulement, jamais le numéro.", en: "The kind only, never the number." },
  limitsExplained: {
    "fr-CA": "Limites expliquées : évaluation à distance, confidentialité, technologie (§1.3.1)",
    en: "Limits explained: remote evaluation, privacy, technology (§1.3.1)",
  },
  substitute: {
    "fr-CA": "Consentement substitué : usager inapte (§1.3.2)",
    en: "Substitute consent: patient unable to consent (§1.3.2)",
  },
  emergencyException: {
    "fr-CA": "Exception : transfert urgent, consentement impossible (§1.3.3)",
    en: "Exception: urgent transfer, consent impossible (§1.3.3)",
  },
  participants: { "fr-CA": "Nombre de patients (groupe, §1.1)", en: "Number of patients (group, §1.1)" },
  record: { "fr-CA": "Consigner le consentement", en: "Record consent" },
  usualIntro: {
    "fr-CA":
      "Vos choix habituels, à confirmer avec la personne. Seul ce que vous confirmez est consigné; sinon, modifiez-les.",
    en: "Your usual choices, to confirm with the person. Only what you confirm is recorded; otherwise, change them.",
  },
  usualMethod: { "fr-CA": "Mode de consentement : {method}", en: "How consent is given: {method}" },
  usualScope: { "fr-CA": "Portée : {scope}", en: "Scope: {scope}" },
  usualIdentity: { "fr-CA": "Identité vérifiée avec : {kind}", en: "Identity checked with: {kind}" },
  usualInPerson: { "fr-CA": "Rendez-vous en personne : {answer}", en: "In-person appointment: {answer}" },
  usualConfirm: { "fr-CA": "Confirmer et consigner le consentement", en: "Confirm and record consent" },
  usualChange: { "fr-CA": "Modifier avant de consigner", en: "Change before recording" },
} as const satisfies Record<string, Localized>;
