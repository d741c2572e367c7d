/** What `recommend()` decided, with its reasons, their section of seed 003 and the follow-up due date. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { MODALITY_LABELS } from "../../../../bot/src/domain/modality.js";
import { REASON_TEXT, type Recommendation } from "../../../../bot/src/domain/recommendation.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { ratingLabel } from "../shared/ratingText.js";
import { colon, longDate } from "../shared/dates.js";
import { useResultStyles } from "./RecommendationResult.styles.js";
import { RESULT_STRINGS } from "./RecommendationResult.strings.js";

export interface RecommendationResultProps {
  recommendation: Recommendation | null;
  validCorridor?: boolean;
}

const VERDICT_INTENT = { required: "warning", mustBeOffered: "info", available: "success" } as const;

export function RecommendationResult({ recommendation, validCorridor }: RecommendationResultProps) {
  const locale = useLocale();
  const styles = useResultStyles();
  const text = useStrings(RESULT_STRINGS);

  if (!recommendation) {
    return (
      <section className={styles.root} aria-live="polite" aria-labelledby="result-heading" data-testid="recommendation">
        <h3 id="result-heading" className={styles.heading}>
          {text.heading}
        </h3>
        <p className={styles.placeholder}>{text.chooseSituation}</p>
      </section>
    );
  }

  const { situation, options, remote, inPerson, reasons, followUp } = recommendation;
  const verdict =
    inPerson === "required"
      ? text.inPersonRequired
      : inPerson === "mustBeOffered"
        ? text.inPersonOffered
        : format(text.inPersonAvailable, { modality: remote ? MODALITY_LABELS[remote.modality][locale] : "" });

  return (
    <section className={styles.root} aria-live="polite" aria-labelledby="result-heading" data-testid="recommendation">
      <h3 id="result-heading" className={styles.heading}>
        {format(text.headingFor, { situation: situation.label[locale] })}
      </h3>
      <MessageBar intent={VERDICT_INTENT[inPerson]} layout="multiline" data-testid="verdict" data-verdict={inPerson}>
        <MessageBarBody>
          <MessageBarTitle>{verdict}</MessageBarTitle>
        </MessageBarBody>
      </MessageBar>
      {followUp && (
        <p className={styles.followUp} data-testid="follow-up" data-due={followUp.dueDate}>
          {format(text.followUp, {
            date: `${longDate(followUp.dueDate, locale)} (${followUp.dueDate})`,
            months: followUp.withinMonths,
          })}
        </p>
      )}
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
      {reasons.length > 0 && (
        <>
          <h4 className={styles.subheading}>{text.reasons}</h4>
          <ul className={styles.list} data-testid="reasons">
            {reasons.map((code) => (
              <li key={code} data-reason={code}>
                {REASON_TEXT[code].text[locale]} <span className={styles.citation}>({REASON_TEXT[code].section})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {validCorridor === false && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text.noCorridor}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
