/**
 * Apprenants (seed 003 §9): pilots register learners and set the §9.3 threshold; a supervisor designates
 * their residents and fellows as competent for telehealth (§9.4) and follows their students' observations
 * (§9.3); a learner sees themself. The API enforces all of it; buttons only appear where they will work.
 */
import { useEffect, useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { teamPath } from "../../api/apiClient.js";
import { LEARNER_ROLE_LABELS, needsDesignation } from "../../../../bot/src/domain/learners.js";
import { usePersonName } from "../../hooks/usePersonName.js";
import { useSession } from "../../hooks/useSession.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { errorText, LoadError } from "../LoadError/LoadError.js";
import { RecordTable } from "../RecordTable/RecordTable.js";
import { colon, longDate } from "../shared/dates.js";
import { LEARNERS_STRINGS } from "./LearnersPage.strings.js";
import { useLearnersStyles } from "./LearnersPage.styles.js";
import { RegisterLearnerForm } from "./RegisterLearnerForm.js";
import { useLearners, type LearnerView } from "./useLearners.js";

export function LearnersPage() {
  const locale = useLocale();
  const text = useStrings(LEARNERS_STRINGS);
  const styles = useLearnersStyles();
  const { api, teamKey } = useSession();
  const { me } = useTeam();
  const nameOf = usePersonName();
  const learners = useLearners();
  const [failure, setFailure] = useState<unknown>();
  const [notice, setNotice] = useState("");
  const userId = me?.userId ?? "";

  const act = async (l: LearnerView, method: "PUT" | "DELETE", path: string) => {
    if (!teamKey) return;
    setFailure(undefined);
    try {
      const { data } = await api.send<LearnerView | undefined>(
        method,
        teamPath(teamKey, `/learners/${l.oid}${path}`),
        method === "PUT" ? {} : undefined,
        { ifMatch: l.etag },
      );
      learners.replace(l.oid, path === "" ? null : (data ?? null));
      setNotice(text.done);
    } catch (e) {
      setFailure(e);
      learners.reload();
    }
  };

  const designationText = (l: LearnerView) => {
    if (!needsDesignation(l.role)) return text.notApplicable;
    if (l.designation)
      return format(text.designatedOn, {
        date: longDate(l.designation.at.slice(0, 10), locale),
        who: nameOf(l.designation.by),
      });
    const last = l.designations[l.designations.length - 1];
    return last?.withdrawnAt
      ? `${text.notDesignated} — ${format(text.withdrawnOn, { date: longDate(last.withdrawnAt.slice(0, 10), locale) })}`
      : text.notDesignated;
  };

  const observations = (l: LearnerView) => {
    if (!l.progress) return text.notApplicable;
    const p = l.progress;
    return (
      <span data-testid="observations">
        {format(text.observations, { count: p.observationsBeforeFirstObserved, threshold: p.threshold })}
        {p.observedTooEarly && <strong className={styles.warning}> — {text.observedTooEarly}</strong>}
        {!p.observedTooEarly && p.thresholdMet && <span className={styles.ok}> — {text.thresholdMet}</span>}
      </span>
    );
  };

  const actions = (l: LearnerView) => {
    const name = nameOf(l.oid);
    const supervises = l.supervisors.includes(userId);
    return (
      <div className={styles.actions}>
        {supervises && needsDesignation(l.role) && !l.designation && (
          <Button
            size="small"
            appearance="primary"
            aria-label={format(text.designateLabel, { name })}
            onClick={() => void act(l, "PUT", "/designation")}
          >
            {text.designate}
          </Button>
        )}
        {supervises && needsDesignation(l.role) && l.designation && (
          <Button
            size="small"
            aria-label={format(text.withdrawLabel, { name })}
            onClick={() => void act(l, "DELETE", "/designation")}
          >
            {text.withdraw}
          </Button>
        )}
        {learners.canManage && (
          <Button
            size="small"
            aria-label={format(text.removeLabel, { name })}
            onClick={() => void act(l, "DELETE", "")}
          >
            {text.remove}
          </Button>
        )}
      </div>
    );
  };

  return (
    <section className={styles.root} aria-labelledby="learners-heading" data-testid="learners-page">
      <h2 id="learners-heading" className={styles.heading}>
        {text.heading}
      </h2>
      <p className={styles.intro}>{text.intro}</p>
      {learners.status === "loading" && <Spinner label={text.loading} />}
      {learners.status === "error" && <LoadError error={learners.error} onRetry={learners.reload} />}
      {failure !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{errorText(failure, locale, text.failed)}</MessageBarBody>
        </MessageBar>
      )}
      <span role="status" aria-live="polite" style={{ position: "absolute", left: "-10000px" }}>
        {notice}
      </span>
      {learners.status === "ready" && (
        <ThresholdPanel threshold={learners.threshold} editable={learners.canManage} onSaved={learners.reload} />
      )}
      {learners.status === "ready" && learners.items.length === 0 && <p className={styles.intro}>{text.none}</p>}
      {learners.items.length > 0 && (
        <RecordTable<LearnerView>
          caption={text.caption}
          rows={learners.items}
          rowKey={(l) => l.oid}
          columns={[
            { key: "learner", header: text.colLearner, render: (l) => nameOf(l.oid) },
            { key: "role", header: text.colRole, render: (l) => LEARNER_ROLE_LABELS[l.role][locale] },
            { key: "supervisors", header: text.colSupervisors, render: (l) => l.supervisors.map(nameOf).join(", ") },
            { key: "site", header: text.colSite, render: (l) => l.trainingSite },
            {
              key: "designation",
              header: text.colDesignation,
              render: (l) => <span data-testid="designation">{designationText(l)}</span>,
            },
            { key: "observations", header: text.colObservations, render: observations },
            { key: "actions", header: text.colActions, render: actions },
          ]}
        />
      )}
      {learners.more && <Button onClick={learners.loadMore}>{text.more}</Button>}
      {learners.canManage && <RegisterLearnerForm onRegistered={learners.reload} />}
    </section>
  );
}

function ThresholdPanel({
  threshold,
  editable,
  onSaved,
}: {
  threshold: number;
  editable: boolean;
  onSaved: () => void;
}) {
  const locale = useLocale();
  const text = useStrings(LEARNERS_STRINGS);
  const styles = useLearnersStyles();
  const { api, teamKey } = useSession();
  const [value, setValue] = useState(String(threshold));
  const [error, setError] = useState<unknown>();
  useEffect(() => setValue(String(threshold)), [threshold]);
  if (!editable)
    return <p className={styles.intro} data-testid="threshold">{`${text.threshold}${colon(locale)}${threshold}`}</p>;
  const save = async () => {
    setError(undefined);
    try {
      await api.send("PUT", teamPath(teamKey ?? "", "/supervision-settings"), { observationThreshold: Number(value) });
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form
      className={styles.inline}
      aria-label={text.threshold}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field
        label={text.threshold}
        validationMessage={error !== undefined ? errorText(error, locale, text.failed) : undefined}
      >
        <Input
          type="number"
          min={1}
          max={20}
          value={value}
          onChange={(_, d) => setValue(d.value)}
          data-testid="threshold-input"
        />
      </Field>
      <Button type="submit">{text.saveThreshold}</Button>
    </form>
  );
}
