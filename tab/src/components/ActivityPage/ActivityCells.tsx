/** The activity table's cells that say more than a value: warnings, dates due, learners, §9 flags. */
import { ACTIVITY_VALUE_LABELS } from "@shared/domain/activityCsv.js";
import { LEARNER_ROLE_LABELS } from "@shared/domain/learners.js";
import { participationMidSentence, SUPERVISION_FLAG_LABELS } from "@shared/domain/supervision.js";
import type { ActivityRow } from "../../hooks/activityTypes.js";
import { usePersonName } from "../../hooks/usePersonName.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { dateTime, longDate } from "../shared/dates.js";
import { useActivityStyles } from "./ActivityPage.styles.js";
import { ACTIVITY_STRINGS } from "./ActivityPage.strings.js";
import { citeSource } from "@shared/domain/citation.js";

/** A recorded value (modality, consent kind, note state) in words; nothing recorded says so. */
export function useValueLabel(): (key: string | undefined) => string {
  const locale = useLocale();
  const text = useStrings(ACTIVITY_STRINGS);
  return (key) => (key ? (ACTIVITY_VALUE_LABELS[key]?.[locale] ?? key) : text.notRecorded);
}

export function ConsentCell({ consent }: { consent: ActivityRow["consent"] }) {
  const text = useStrings(ACTIVITY_STRINGS);
  const styles = useActivityStyles();
  const label = useValueLabel();
  if (!consent.recorded) return <span className={styles.warning}>{text.notRecorded}</span>;
  const kind = label(consent.kind ?? consent.status);
  if (!consent.complete) return <span className={styles.warning}>{format(text.incomplete, { kind })}</span>;
  // Recorded, then revoked by the person (003 §1.3.2): condition 1 no longer holds, whatever the kind said.
  if (consent.status === "withdrawn") return <span className={styles.warning}>{format(text.withdrawn, { kind })}</span>;
  return <>{kind}</>;
}

export function PlanCell({ agreed }: { agreed: boolean }) {
  const text = useStrings(ACTIVITY_STRINGS);
  const styles = useActivityStyles();
  return agreed ? <>{text.yes}</> : <span className={styles.warning}>{text.no}</span>;
}

export function NoteCell({ note }: { note: ActivityRow["note"] }) {
  const locale = useLocale();
  const text = useStrings(ACTIVITY_STRINGS);
  const styles = useActivityStyles();
  const label = useValueLabel();
  const late = note.state === "overdue" || note.state === "late";
  return (
    <span className={late ? styles.warning : undefined} data-note={note.state}>
      {label(note.state)}
      {note.filedAt ? ` ${format(text.filedAt, { when: dateTime(note.filedAt, locale) })}` : ""}
    </span>
  );
}

export function FollowUpCell({ followUp }: { followUp: ActivityRow["followUp"] }) {
  const locale = useLocale();
  const text = useStrings(ACTIVITY_STRINGS);
  const styles = useActivityStyles();
  if (!followUp) return <>—</>;
  return (
    <span className={followUp.pastDue ? styles.flag : undefined}>
      {format(text.dueBy, { date: longDate(followUp.dueDate, locale) })}
      {followUp.pastDue ? ` — ${text.pastDue}` : ""}
      {followUp.offeredOn ? ` — ${format(text.offeredOn, { date: longDate(followUp.offeredOn, locale) })}` : ""}
    </span>
  );
}

export function LearnersCell({ learners }: { learners: ActivityRow["learners"] }) {
  const locale = useLocale();
  const styles = useActivityStyles();
  const nameOf = usePersonName();
  if (learners.length === 0) return <>—</>;
  return (
    <ul className={styles.compactList}>
      {learners.map((l) => (
        <li key={l.learnerId}>
          {nameOf(l.learnerId)} — {LEARNER_ROLE_LABELS[l.role][locale]},{" "}
          {participationMidSentence(l.participation, locale)}
        </li>
      ))}
    </ul>
  );
}

export function FlagsCell({ flags }: { flags: ActivityRow["flags"] }) {
  const locale = useLocale();
  const styles = useActivityStyles();
  if (flags.length === 0) return <>—</>;
  return (
    <ul className={styles.compactList} data-testid="row-flags">
      {flags.map((f) => (
        <li key={f} className={styles.flag}>
          {SUPERVISION_FLAG_LABELS[f][locale]} ({citeSource(SUPERVISION_FLAG_LABELS[f].source, locale)})
        </li>
      ))}
    </ul>
  );
}
