import type { ChecklistProfile } from "../../../../bot/src/domain/teamConfig.js";
import type { Localized } from "../../../../bot/src/i18n/locale.js";

export const CHECKLIST_PROFILE_LABELS: Record<ChecklistProfile, Localized> = {
  medicine: { "fr-CA": "Médecine et soins (orientations du MSSS)", en: "Medicine and care (MSSS guidelines)" },
  careerCounselling: { "fr-CA": "Orientation (conseillers d'orientation, OCCOQ)", en: "Career counselling (OCCOQ)" },
  socialWork: { "fr-CA": "Travail social", en: "Social work" },
  counselling: { "fr-CA": "Relation d'aide et psychothérapie", en: "Counselling and psychotherapy" },
};
