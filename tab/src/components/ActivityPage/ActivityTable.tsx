/** The encounters of the period: facts only (kinds, yes/no, times), with the §9 flags of the learners shown. */
import type { ActivityRow } from "../../hooks/activityTypes.js";
import { usePersonName } from "../../hooks/usePersonName.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { RecordTable, type Column } from "../RecordTable/RecordTable.js";
import { dateTime } from "../shared/dates.js";
import {
  ConsentCell,
  FlagsCell,
  FollowUpCell,
  LearnersCell,
  NoteCell,
  PlanCell,
  useValueLabel,
} from "./ActivityCells.js";
import { ACTIVITY_STRINGS } from "./ActivityPage.strings.js";

export function ActivityTable({ rows, showClinician }: { rows: ActivityRow[]; showClinician: boolean }) {
  const locale = useLocale();
  const text = useStrings(ACTIVITY_STRINGS);
  const nameOf = usePersonName();
  const label = useValueLabel();
  const clinician: Column<ActivityRow> = {
    key: "clinician",
    header: text.colClinician,
    render: (r) => (r.clinicianId ? nameOf(r.clinicianId) : "—"),
  };
  const columns: Column<ActivityRow>[] = [
    { key: "date", header: text.colDate, render: (r) => dateTime(r.startedAt, locale) },
    { key: "modality", header: text.colModality, render: (r) => label(r.modality) },
    {
      key: "duration",
      header: text.colDuration,
      render: (r) => (r.durationMinutes === undefined ? "—" : format(text.minutes, { n: r.durationMinutes })),
    },
    { key: "consent", header: text.colConsent, render: (r) => <ConsentCell consent={r.consent} /> },
    { key: "plan", header: text.colPlan, render: (r) => <PlanCell agreed={r.planAgreed} /> },
    { key: "incidents", header: text.colIncidents, render: (r) => String(r.incidentsCount) },
    { key: "note", header: text.colNote, render: (r) => <NoteCell note={r.note} /> },
    { key: "followUp", header: text.colFollowUp, render: (r) => <FollowUpCell followUp={r.followUp} /> },
    ...(showClinician ? [clinician] : []),
    { key: "learners", header: text.colLearners, render: (r) => <LearnersCell learners={r.learners} /> },
    { key: "flags", header: text.colFlags, render: (r) => <FlagsCell flags={r.flags} /> },
  ];
  return (
    <RecordTable<ActivityRow> caption={text.tableCaption} rows={rows} rowKey={(r) => r.encounterId} columns={columns} />
  );
}
