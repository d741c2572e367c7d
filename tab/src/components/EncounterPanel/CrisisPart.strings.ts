/** The side panel's crisis part (001, 004; Orientations MSSS §3): fr-CA then en. The steps are the card's words. */
import type { Localized } from "@shared/i18n/locale.js";
import { CRISIS_STEP_LABELS } from "@shared/domain/crisisLabels.js";

export const CRISIS_PART_STRINGS = {
  ...CRISIS_STEP_LABELS,
  heading: { "fr-CA": "Situation de crise", en: "Crisis" },
  report: { "fr-CA": "Situation de crise", en: "Crisis" },
  reportHint: {
    "fr-CA":
      "Consigne le fait et l'heure, puis affiche ici, pour vous seul ou seule, les étapes et les lignes de crise de la région confirmée.",
    en: "Records the fact and the time, then shows here, for you alone, the steps and the crisis lines of the confirmed region.",
  },
  linesLabel: { "fr-CA": "Lignes de crise", en: "Crisis lines" },
} as const satisfies Record<string, Localized>;
