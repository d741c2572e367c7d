import type { Localized } from "@shared/i18n/locale.js";

export const RESULT_STRINGS = {
  heading: { "fr-CA": "Recommandation", en: "Recommendation" },
  headingFor: { "fr-CA": "Recommandation — {situation}", en: "Recommendation — {situation}" },
  chooseSituation: {
    "fr-CA": "Choisissez une situation du patient pour obtenir une recommandation.",
    en: "Choose a patient situation to get a recommendation.",
  },
  modalities: { "fr-CA": "Modalités pour cette situation", en: "Modalities for this situation" },
  ruledOut: { "fr-CA": "non retenue pour ce patient", en: "ruled out for this patient" },
  reasons: { "fr-CA": "Pourquoi", en: "Why" },
  noCorridor: {
    "fr-CA":
      "Votre équipe n'a pas encore de corridor de référence valide pour le présentiel (§4) : demandez à votre pilote clinique de le configurer.",
    en: "Your team has no valid in-person referral corridor yet (§4): ask your clinical pilot to configure it.",
  },
} as const satisfies Record<string, Localized>;
