/** The recommendation's modalities (rated, some ruled out for this patient) and its reasons with their section. */
import { MODALITY_LABELS } from "@shared/domain/modality.js";
import { REASON_TEXT, type Recommendation } from "@shared/domain/recommendation.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { colon } from "../shared/dates.js";
import { ratingLabel } from "../shared/ratingText.js";
import { useResultStyles } from "./RecommendationResult.styles.js";
import { RESULT_STRINGS } from "./RecommendationResult.strings.js";
import { citeSource } from "@shared/domain/citation.js";

export function ModalityOptions({ options }: { options: Recommendation["options"] }) {
  const locale = useLocale();
  const styles = useResultStyles();
  const text = useStrings(RESULT_STRINGS);
  return (
    <>
      <h4 className={styles.subheading}>{text.modalities}</h4>
      <ul className={styles.list}>
        {options.map((option) => (
          <li key={option.modality} data-modality={option.modality} data-allowed={option.allowed}>
            <span className={option.allowed || option.rating === null ? undefined : styles.ruledOut}>
              {MODALITY_LABELS[option.modality][locale]}
              {colon(locale)}
              {ratingLabel(option.rating, locale)}
            </span>
            {!option.allowed && option.rating !== null && (
              <span className={styles.ruledOutNote}> — {text.ruledOut}</span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export function ReasonList({ reasons }: { reasons: Recommendation["reasons"] }) {
  const locale = useLocale();
  const styles = useResultStyles();
  const text = useStrings(RESULT_STRINGS);
  return (
    <>
      <h4 className={styles.subheading}>{text.reasons}</h4>
      <ul className={styles.list} data-testid="reasons">
        {reasons.map((code) => (
          <li key={code} data-reason={code}>
            {REASON_TEXT[code].text[locale]}{" "}
            <span className={styles.citation}>({citeSource(REASON_TEXT[code].section, locale)})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
