/**
 * Apprenants (seed 003 §9): pilots register learners and set the §9.3 threshold; a supervisor designates
 * their residents and fellows as competent for telehealth (§9.4) and follows their students' observations
 * (§9.3); a learner sees themself. The API enforces all of it; buttons only appear where they will work.
 */
import { Button, Spinner } from "@fluentui/react-components";
import { useLearnerActions } from "../../hooks/useLearnerActions.js";
import { useLearners } from "../../hooks/useLearners.js";
import { useStrings } from "../../i18n/localeContext.js";
import { ActionOutcome } from "../ActionOutcome/ActionOutcome.js";
import { LoadError } from "../LoadError/LoadError.js";
import { Section } from "../Section/Section.js";
import { useSharedStyles } from "../shared/shared.styles.js";
import { LearnersTable } from "./LearnersTable.js";
import { LEARNERS_STRINGS } from "./LearnersPage.strings.js";
import { useLearnersStyles } from "./LearnersPage.styles.js";
import { RegisterLearnerForm } from "./RegisterLearnerForm.js";
import { ThresholdPanel } from "./ThresholdPanel.js";

export function LearnersPage() {
  const text = useStrings(LEARNERS_STRINGS);
  const styles = useLearnersStyles();
  const shared = useSharedStyles();
  const learners = useLearners();
  const { act, failure, notice } = useLearnerActions(learners, text.done);
  const ready = learners.status === "ready";
  return (
    <Section wide heading={text.heading} intro={text.intro} data-testid="learners-page">
      {learners.status === "loading" && <Spinner label={text.loading} />}
      {learners.status === "error" && <LoadError error={learners.error} onRetry={learners.reload} />}
      <ActionOutcome failure={failure} fallback={text.failed} notice={notice} noticeClassName={shared.visuallyHidden} />
      {ready && (
        // A new threshold from the service starts the field again from it.
        <ThresholdPanel
          key={learners.threshold}
          threshold={learners.threshold}
          editable={learners.canManage}
          onSaved={learners.reload}
        />
      )}
      {ready && learners.items.length === 0 && <p className={styles.intro}>{text.none}</p>}
      {learners.items.length > 0 && (
        <LearnersTable learners={learners.items} canManage={learners.canManage} onChange={(l, c) => void act(l, c)} />
      )}
      {learners.more && <Button onClick={learners.loadMore}>{text.more}</Button>}
      {learners.canManage && (
        <RegisterLearnerForm onRegistered={learners.reload} registered={learners.items.map((l) => l.oid)} />
      )}
    </Section>
  );
}
