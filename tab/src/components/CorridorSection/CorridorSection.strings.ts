import type { CorridorKind } from "@shared/domain/teamConfig.js";
import type { Localized } from "@shared/i18n/locale.js";

export const CORRIDOR_STRINGS = {
  heading: { "fr-CA": "Corridor de référence", en: "Referral corridor" },
  intro: {
    "fr-CA":
      "Aucune consultation à distance sans mécanisme de référence interne pour voir le patient en présentiel au besoin. Les urgences et les cliniques désignées d'évaluation (CDE) ne sont pas des corridors valables (§4).",
    en: "No remote consultation without an internal referral mechanism to see the patient in person when needed. Emergency departments and designated evaluation clinics (CDE) are not valid corridors (§4).",
  },
  missing: {
    "fr-CA": "Votre équipe n'a aucun corridor de référence valide pour le présentiel (§4).",
    en: "Your team has no valid in-person referral corridor (§4).",
  },
  missingPilot: {
    "fr-CA": "Ajoutez-en un avant d'offrir des consultations à distance.",
    en: "Add one before offering remote consultations.",
  },
  missingMember: {
    "fr-CA": "Demandez à votre pilote clinique de le configurer.",
    en: "Ask your clinical pilot to configure it.",
  },
  none: { "fr-CA": "Aucun corridor configuré.", en: "No corridor configured." },
  add: { "fr-CA": "Ajouter un corridor", en: "Add a corridor" },
  editLabel: { "fr-CA": "Modifier le corridor « {name} »", en: "Edit the corridor “{name}”" },
  removeLabel: { "fr-CA": "Retirer le corridor « {name} »", en: "Remove the corridor “{name}”" },
  list: { "fr-CA": "Corridors de l'équipe", en: "The team's corridors" },
  removeConfirm: {
    "fr-CA": "Retirer le corridor « {name} » de l'équipe? Le personnel clinique ne le verra plus.",
    en: "Remove the corridor “{name}” from the team? Clinicians will no longer see it.",
  },
  removeConfirmYes: { "fr-CA": "Retirer le corridor", en: "Remove the corridor" },
  goneMeanwhile: {
    "fr-CA": "Le corridor que vous modifiiez a été retiré entre-temps par une autre personne.",
    en: "The corridor you were editing was removed meanwhile by someone else.",
  },
} as const satisfies Record<string, Localized>;

export const CORRIDOR_KIND_LABELS = {
  sameClinic: { "fr-CA": "Même clinique (plage en présentiel)", en: "Same clinic (in-person slot)" },
  gmf: { "fr-CA": "Groupe de médecine de famille (GMF)", en: "Family medicine group (GMF)" },
  clsc: { "fr-CA": "CLSC", en: "CLSC (local community service centre)" },
  outpatientClinic: { "fr-CA": "Clinique externe", en: "Outpatient clinic" },
  hospitalClinic: { "fr-CA": "Clinique hospitalière", en: "Hospital clinic" },
  other: { "fr-CA": "Autre", en: "Other" },
  emergencyDepartment: { "fr-CA": "Urgence", en: "Emergency department" },
  designatedEvaluationClinic: {
    "fr-CA": "Clinique désignée d'évaluation (CDE)",
    en: "Designated evaluation clinic (CDE)",
  },
} as const satisfies Record<CorridorKind, Localized>;

export const CORRIDOR_FIELD_LABELS = {
  name: { "fr-CA": "Nom du corridor", en: "Corridor name" },
  kind: { "fr-CA": "Type", en: "Kind" },
  contact: {
    "fr-CA": "Comment joindre (poste, ligne, courriel du service)",
    en: "How to reach (extension, line, service e-mail)",
  },
  address: { "fr-CA": "Adresse", en: "Address" },
  hours: { "fr-CA": "Heures", en: "Hours" },
  conditions: { "fr-CA": "Conditions d'accès", en: "Access conditions" },
  whoMayRefer: { "fr-CA": "Qui peut diriger un patient", en: "Who may refer a patient" },
} as const satisfies Record<string, Localized>;
