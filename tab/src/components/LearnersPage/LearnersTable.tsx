/** The learners as a table: role, supervisors, site, §9.4 designation, §9.3 observations, and what the user may do. */
import { Button } from "@fluentui/react-components";
import { LEARNER_ROLE_LABELS, needsDesignation } from "@shared/domain/learners.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import type { LearnerChange } from "../../hooks/useLearnerActions.js";
import type { LearnerView } from "../../hooks/useLearners.js";
import { usePersonName } from "../../hooks/usePersonName.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { RecordTable } from "../RecordTable/RecordTable.js";
import { AskedFirst } from "../shared/AskedFirst.js";
import { longDay } from "../shared/dates.js";
import { LEARNERS_STRINGS } from "./LearnersPage.strings.js";
import { useLearnersStyles } from "./LearnersPage.styles.js";

export interface LearnersTableProps {
  learners: LearnerView[];
  canManage: boolean;
  onChange: (learner: LearnerView, change: LearnerChange) => void;
}

export function LearnersTable({ learners, canManage, onChange }: LearnersTableProps) {
  const locale = useLocale();
  const text = useStrings(LEARNERS_STRINGS);
  const nameOf = usePersonName();
  return (
    <RecordTable<LearnerView>
      caption={text.caption}
      rows={learners}
      rowKey={(l) => l.oid}
      columns={[
        { key: "learner", header: text.colLearner, render: (l) => nameOf(l.oid) },
        { key: "role", header: text.colRole, render: (l) => LEARNER_ROLE_LABELS[l.role][locale] },
        { key: "supervisors", header: text.colSupervisors, render: (l) => l.supervisors.map(nameOf).join(", ") },
        { key: "site", header: text.colSite, render: (l) => l.trainingSite },
        { key: "designation", header: text.colDesignation, render: (l) => <Designation learner={l} /> },
        { key: "observations", header: text.colObservations, render: (l) => <Observations learner={l} /> },
        {
          key: "actions",
          header: text.colActions,
          render: (l) => <LearnerActions learner={l} canManage={canManage} onChange={onChange} />,
        },
      ]}
    />
  );
}

/** §9.4: residents and fellows only — designated (when, by whom), or not, or withdrawn. */
function Designation({ learner }: { learner: LearnerView }) {
  const locale = useLocale();
  const text = useStrings(LEARNERS_STRINGS);
  const nameOf = usePersonName();
  // An instant: its Québec day (its UTC date is the next one every evening).
  const day = (iso: string) => longDay(iso, locale);
  const last = learner.designations[learner.designations.length - 1];
  const words = !needsDesignation(learner.role)
    ? text.notApplicable
    : learner.designation
      ? format(text.designatedOn, { date: day(learner.designation.at), who: nameOf(learner.designation.by) })
      : last?.withdrawnAt
        ? `${text.notDesignated} — ${format(text.withdrawnOn, { date: day(last.withdrawnAt) })}`
        : text.notDesignated;
  return <span data-testid="designation">{words}</span>;
}

/** §9.3: a student's observations before leading one under observation, against the threshold. */
function Observations({ learner }: { learner: LearnerView }) {
  const text = useStrings(LEARNERS_STRINGS);
  const styles = useLearnersStyles();
  const p = learner.progress;
  if (!p) return <>{text.notApplicable}</>;
  return (
    <span data-testid="observations">
      {format(text.observations, { count: p.observationsBeforeFirstObserved, threshold: p.threshold })}
      {p.observedTooEarly && <strong className={styles.warning}> — {text.observedTooEarly}</strong>}
      {!p.observedTooEarly && p.thresholdMet && <span className={styles.ok}> — {text.thresholdMet}</span>}
    </span>
  );
}

/** A supervisor designates or withdraws; a pilot removes. */
function LearnerActions({
  learner,
  canManage,
  onChange,
}: { learner: LearnerView } & Omit<LearnersTableProps, "learners">) {
  const text = useStrings(LEARNERS_STRINGS);
  const styles = useLearnersStyles();
  const nameOf = usePersonName();
  const { me } = useTeam();
  const name = nameOf(learner.oid);
  const designates = learner.supervisors.includes(me?.userId ?? "") && needsDesignation(learner.role);
  const button = (change: LearnerChange, label: string, ariaLabel: string, primary = false) => (
    <Button
      size="small"
      appearance={primary ? "primary" : undefined}
      aria-label={ariaLabel}
      onClick={() => onChange(learner, change)}
    >
      {label}
    </Button>
  );
  return (
    <div className={styles.actions}>
      {designates &&
        !learner.designation &&
        button("designate", text.designate, format(text.designateLabel, { name }), true)}
      {designates && learner.designation && button("withdraw", text.withdraw, format(text.withdrawLabel, { name }))}
      {/* Asked first, as removing a corridor is. */}
      {canManage && (
        <AskedFirst
          label={format(text.removeLabel, { name })}
          question={format(text.removeConfirm, { name })}
          yes={text.removeConfirmYes}
          testId="learner-remove-confirm"
          onConfirm={() => onChange(learner, "remove")}
        />
      )}
    </div>
  );
}
