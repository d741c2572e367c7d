/** What `recommend()` decided, with its reasons, their section of seed 003 and the follow-up due date. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Recommendation } from "@shared/domain/recommendation.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { Section } from "../Section/Section.js";
import { longDate } from "../shared/dates.js";
import { ModalityOptions, ReasonList } from "./RecommendationDetails.js";
import { useResultStyles } from "./RecommendationResult.styles.js";
import { RESULT_STRINGS } from "./RecommendationResult.strings.js";
import { followUpText, verdictText } from "@shared/domain/recommendationText.js";

export interface RecommendationResultProps {
  recommendation: Recommendation | null;
  validCorridor?: boolean;
}

const VERDICT_INTENT = { required: "warning", mustBeOffered: "info", available: "success" } as const;

export function RecommendationResult({ recommendation, validCorridor }: RecommendationResultProps) {
  const locale = useLocale();
  const styles = useResultStyles();
  const text = useStrings(RESULT_STRINGS);
  const heading = recommendation
    ? format(text.headingFor, { situation: recommendation.situation.label[locale] })
    : text.heading;
  return (
    <Section
      level={3}
      heading={heading}
      className={styles.root}
      headingClassName={styles.heading}
      aria-live="polite"
      data-testid="recommendation"
    >
      {recommendation ? (
        <RecommendationDetails recommendation={recommendation} validCorridor={validCorridor} />
      ) : (
        <p className={styles.placeholder}>{text.chooseSituation}</p>
      )}
    </Section>
  );
}

function RecommendationDetails({
  recommendation,
  validCorridor,
}: {
  recommendation: Recommendation;
  validCorridor?: boolean;
}) {
  const locale = useLocale();
  const styles = useResultStyles();
  const text = useStrings(RESULT_STRINGS);
  const { options, inPerson, reasons, followUp } = recommendation;
  const verdict = verdictText(recommendation, locale);
  return (
    <>
      <MessageBar intent={VERDICT_INTENT[inPerson]} layout="multiline" data-testid="verdict" data-verdict={inPerson}>
        <MessageBarBody>
          <MessageBarTitle>{verdict}</MessageBarTitle>
        </MessageBarBody>
      </MessageBar>
      {followUp && (
        <p className={styles.followUp} data-testid="follow-up" data-due={followUp.dueDate}>
          {followUpText(followUp, longDate(followUp.dueDate, locale), locale)}
        </p>
      )}
      <ModalityOptions options={options} />
      {reasons.length > 0 && <ReasonList reasons={reasons} />}
      {validCorridor === false && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text.noCorridor}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
