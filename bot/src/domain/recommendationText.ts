/**
 * A recommendation in words (003 §2.3): the verdict on in-person care and the new patient's follow-up date,
 * the same sentences on the bot's matrix card and in the tab's helper.
 */
import { format } from "../i18n/format.js";
import type { Locale, Localized } from "../i18n/locale.js";
import { counted, MONTHS } from "../i18n/plural.js";
import type { InPersonFollowUp } from "./followUp.js";
import { MODALITY_LABELS } from "./modality.js";
import type { Recommendation } from "./recommendation.js";

const VERDICT = {
  required: { "fr-CA": "Voir le patient en présentiel.", en: "See the patient in person." },
  mustBeOffered: {
    "fr-CA": "Télésanté possible, mais offrez un rendez-vous en présentiel.",
    en: "Telehealth possible, but offer an in-person appointment.",
  },
  available: {
    "fr-CA": "Télésanté possible ({modality}); le présentiel reste l'activité de référence.",
    en: "Telehealth possible ({modality}); in person remains the reference standard.",
  },
} satisfies Record<string, Localized>;

const FOLLOW_UP: Localized = {
  "fr-CA": "Suivi en présentiel à prévoir au plus tard le {date} ({months}).",
  en: "In-person follow-up due by {date} ({months}).",
};

export function verdictText(recommendation: Pick<Recommendation, "inPerson" | "remote">, locale: Locale): string {
  const { inPerson, remote } = recommendation;
  if (inPerson === "required" || !remote) return VERDICT.required[locale];
  if (inPerson === "mustBeOffered") return VERDICT.mustBeOffered[locale];
  return format(VERDICT.available[locale], { modality: MODALITY_LABELS[remote.modality][locale] });
}

/** `date`: the due date as the reader's surface writes it. */
export function followUpText(followUp: InPersonFollowUp, date: string, locale: Locale): string {
  return format(FOLLOW_UP[locale], { date, months: counted(followUp.withinMonths, MONTHS, locale) });
}
