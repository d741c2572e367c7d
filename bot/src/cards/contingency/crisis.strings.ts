/**
 * The crisis steps the clinician sees privately (001, 004) and the resources card posted for
 * the patient. The steps say what the clinician does; the patient card lists resources only.
 */
import { CRISIS_STEP_LABELS } from "../../domain/crisisLabels.js";
import type { Localized } from "../../i18n/locale.js";

export const CRISIS_CLINICIAN_STRINGS = {
  ...CRISIS_STEP_LABELS,
  title: {
    "fr-CA": "Situation de crise : les étapes (vous seul ou seule voyez cette vue)",
    en: "Crisis: the steps (only you see this view)",
  },
  notRecorded: {
    "fr-CA":
      "Situation de crise non consignée : cette carte n'était plus à jour. Consignez-la avec le bouton ci-dessous.",
    en: "Crisis not recorded: this card was out of date. Record it with the button below.",
  },
  record: { "fr-CA": "Consigner la situation de crise", en: "Record the crisis" },
  back: { "fr-CA": "Revenir au plan de contingence", en: "Back to the contingency plan" },
} satisfies Record<string, Localized>;

export const CRISIS_PATIENT_STRINGS = {
  title: {
    "fr-CA": "Ressources en cas d'urgence ou de détresse",
    en: "Resources in an emergency or in distress",
  },
} satisfies Record<string, Localized>;
