/** The encounters of the period: facts only (kinds, yes/no, times), with the §9 flags of the learners shown. */
import { ACTIVITY_VALUE_LABELS } from "../../../../bot/src/domain/activityCsv.js";
import { LEARNER_ROLE_LABELS } from "../../../../bot/src/domain/learners.js";
import { PARTICIPATION_LABELS, SUPERVISION_FLAG_LABELS } from "../../../../bot/src/domain/supervision.js";
import { usePersonName } from "../../hooks/usePersonName.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { RecordTable, type Column } from "../RecordTable/RecordTable.js";
import { dateTime, longDate } from "../shared/dates.js";
import { useActivityStyles } from "./ActivityPage.styles.js";
import { ACTIVITY_STRINGS } from "./ActivityPage.strings.js";
import type { ActivityRow } from "./activityTypes.js";

export function ActivityTable({ rows, showClinician }: { rows: ActivityRow[]; showClinician: boolean }) {
  const locale = useLocale();
  const text = useStrings(ACTIVITY_STRINGS);
  const styles = useActivityStyles();
  const nameOf = usePersonName();
  const label = (key: string | undefined) => (key ? (ACTIVITY_VALUE_LABELS[key]?.[locale] ?? key) : text.notRecorded);
  const columns: Column<ActivityRow>[] = [
    { key: "date", header: text.colDate, render: (r) => dateTime(r.startedAt, locale) },
    { key: "modality", header: text.colModality, render: (r) => label(r.modality) },
    {
      key: "duration",
      header: text.colDuration,
      render: (r) => (r.durationMinutes === undefined ? "—" : format(text.minutes, { n: r.durationMinutes })),
    },
    {
      key: "consent",
      header: text.colConsent,
      render: (r) =>
        r.consent.recorded ? (
          label(r.consent.kind ?? r.consent.status)
        ) : (
          <span className={styles.warning}>{text.notRecorded}</span>
        ),
    },
    {
      key: "plan",
      header: text.colPlan,
      render: (r) => (r.planAgreed ? text.yes : <span className={styles.warning}>{text.no}</span>),
    },
    { key: "incidents", header: text.colIncidents, render: (r) => String(r.incidentsCount) },
    {
      key: "note",
      header: text.colNote,
      render: (r) => (
        <span
          className={r.note.state === "overdue" || r.note.state === "late" ? styles.warning : undefined}
          data-note={r.note.state}
        >
          {label(r.note.state)}
          {r.note.filedAt ? ` ${format(text.filedAt, { when: dateTime(r.note.filedAt, locale) })}` : ""}
        </span>
      ),
    },
    {
      key: "followUp",
      header: text.colFollowUp,
      render: (r) =>
        r.followUp ? (
          <span className={r.followUp.pastDue ? styles.flag : undefined}>
            {format(text.dueBy, { date: longDate(r.followUp.dueDate, locale) })}
            {r.followUp.pastDue ? ` — ${text.pastDue}` : ""}
          </span>
        ) : (
          "—"
        ),
    },
    ...(showClinician
      ? [
          {
            key: "clinician",
            header: text.colClinician,
            render: (r: ActivityRow) => (r.clinicianId ? nameOf(r.clinicianId) : "—"),
          },
        ]
      : []),
    {
      key: "learners",
      header: text.colLearners,
      render: (r) =>
        r.learners.length === 0 ? (
          "—"
        ) : (
          <ul className={styles.compactList}>
            {r.learners.map((l) => (
              <li key={l.learnerId}>
                {nameOf(l.learnerId)} — {LEARNER_ROLE_LABELS[l.role][locale]},{" "}
                {PARTICIPATION_LABELS[l.participation][locale].toLowerCase()}
              </li>
            ))}
          </ul>
        ),
    },
    {
      key: "flags",
      header: text.colFlags,
      render: (r) =>
        r.flags.length === 0 ? (
          "—"
        ) : (
          <ul className={styles.compactList} data-testid="row-flags">
            {r.flags.map((f) => (
              <li key={f} className={styles.flag}>
                {SUPERVISION_FLAG_LABELS[f][locale]} ({SUPERVISION_FLAG_LABELS[f].source})
              </li>
            ))}
          </ul>
        ),
    },
  ];
  return (
    <RecordTable<ActivityRow> caption={text.tableCaption} rows={rows} rowKey={(r) => r.encounterId} columns={columns} />
  );
}
