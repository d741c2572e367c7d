import type { CorridorKind } from "../../../../bot/src/domain/teamConfig.js";
import type { Localized } from "../../../../bot/src/i18n/locale.js";

export const CORRIDOR_KIND_LABELS: Record<CorridorKind, Localized> = {
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
};

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
} satisfies Record<string, Localized>;
