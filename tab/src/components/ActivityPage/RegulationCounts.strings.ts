/** The regulation's conditions as counts (S-4.2, r. 23.1, art. 1): every string in fr-CA then en. */
import type { Localized } from "@shared/i18n/locale.js";

export const REGULATION_COUNT_STRINGS = {
  heading: {
    "fr-CA": "Règlement sur les services à distance (art. 1) — rencontres où chaque condition est réunie (sur {count})",
    en: "Regulation on remote services (s. 1) — encounters where each condition is met (out of {count})",
  },
  line: { "fr-CA": "{label} : {count}", en: "{label}: {count}" },
  consent: { "fr-CA": "1. La personne consent", en: "1. The person consents" },
  noPhysicalPresence: {
    "fr-CA": "2. Aucune présence en personne requise",
    en: "2. No in-person presence required",
  },
  contingencyPlan: { "fr-CA": "3. Plan de contingence élaboré", en: "3. Contingency plan drawn up" },
  inPersonFollowUp: {
    "fr-CA": "4. Suivi en présence possible (corridor actuel de l'équipe)",
    en: "4. In-person follow-up possible (the team's current corridor)",
  },
  notApplicable: {
    "fr-CA": " — ne s'applique pas : {count} (activité organisée par l'établissement)",
    en: " — does not apply: {count} (activity organised by the establishment)",
  },
} as const satisfies Record<string, Localized>;
