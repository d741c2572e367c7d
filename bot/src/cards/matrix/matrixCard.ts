/**
 * The modality-matrix card: the form, and after "Obtenir la recommandation" the same card with the
 * domain's recommendation under it (Action.Execute updates the card in place). Like the §2.3 table, it stars the
 * remote modalities, prints the new patient's note in the video cell, and ends with the table's footnotes.
 */
import { pick, type Locale } from "../../i18n/locale.js";
import { KNOWN_PATIENT_DEFINITION, matrixColumnLabel, type Matrix } from "../../domain/matrix.js";
import { NOT_INDICATED, NOT_INDICATED_MEANING, RATING_BASIS } from "../../domain/modality.js";
import { REASON_TEXT, type Recommendation, type RecommendationInput } from "../../domain/recommendation.js";
import { renderCard, type AdaptiveCard } from "../renderCard.js";
import { MATRIX_STRINGS } from "./matrix.strings.js";
import template from "./matrix.json" with { type: "json" };
import { citeSource } from "../../domain/citation.js";
import { followUpText, verdictText } from "../../domain/recommendationText.js";

export interface MatrixCardInput {
  locale: Locale;
  matrix: Matrix;
  /** Today's date in Québec (yyyy-mm-dd), the default visit date. */
  today: string;
  form?: RecommendationInput;
  recommendation?: Recommendation;
  /** True when the team has no valid in-person corridor (§4). */
  missingCorridor?: boolean;
}

const flag = (value: boolean | undefined) => (value ? "true" : "false");

function describeResult(locale: Locale, recommendation: Recommendation) {
  const t = pick(MATRIX_STRINGS, locale);
  const options = recommendation.options.map((o) => {
    const rating = o.rating === null ? NOT_INDICATED[locale] : o.allowed ? o.rating : `${o.rating} — ${t.notAdvised}`;
    const note = recommendation.situation.cellNotes?.[o.modality]?.[locale];
    return { label: matrixColumnLabel(o.modality, locale), value: note ? `${rating} · ${note}` : rating };
  });
  const inPersonText = verdictText(recommendation, locale);
  const followUp = recommendation.followUp;
  return {
    situationLabel: recommendation.situation.label[locale],
    options,
    inPersonText,
    reasons: recommendation.reasons.map((code) => ({
      text: REASON_TEXT[code].text[locale],
      section: citeSource(REASON_TEXT[code].section, locale),
    })),
    hasFollowUp: followUp !== undefined,
    followUpText: followUp ? followUpText(followUp, followUp.dueDate, locale) : "",
  };
}

export function buildMatrixCard(input: MatrixCardInput): AdaptiveCard {
  const { locale, form } = input;
  const t = pick(MATRIX_STRINGS, locale);
  return renderCard(template, {
    t,
    locale,
    footnotes: {
      ratingBasis: RATING_BASIS[locale],
      notIndicated: NOT_INDICATED_MEANING[locale],
      knownPatient: KNOWN_PATIENT_DEFINITION[locale],
    },
    hasNotice: input.missingCorridor === true,
    notice: input.missingCorridor ? t.noCorridor : "",
    situations: input.matrix.situations.map((s) => ({ title: s.label[locale], value: s.id })),
    form: {
      situationId: form?.situationId ?? "",
      physicalExamNeeded: flag(form?.physicalExamNeeded),
      patientRefuses: flag(form?.patientRefuses),
      patientReluctant: flag(form?.patientReluctant),
      equityBarriers: flag(form?.equityBarriers),
      vulnerable: flag(form?.vulnerable),
      reoriented: flag(form?.reoriented !== undefined),
      patientKnownToSetting: flag(form?.reoriented?.patientKnownToSetting),
      problemKnownToSetting: flag(form?.reoriented?.problemKnownToSetting),
      patientWishesInPerson: flag(form?.reoriented?.patientWishesInPerson),
      visitDate: form?.visitDate ?? input.today,
    },
    hasResult: input.recommendation !== undefined,
    result: input.recommendation
      ? describeResult(locale, input.recommendation)
      : { situationLabel: "", options: [], inPersonText: "", reasons: [], hasFollowUp: false, followUpText: "" },
  });
}
