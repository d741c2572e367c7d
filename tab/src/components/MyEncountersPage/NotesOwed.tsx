/**
 * The notes the user still owes (003 §1.1, §8.8), the nearest deadline first. « Note déposée » and « Me le
 * rappeler plus tard » go through the note card's own code on the server (POST /me/notes/{id}/…); a filed
 * note moves to « Notes déposées », which is announced, and the keyboard focus moves to the next note's
 * « Note déposée » rather than fall to the top of the page with the row it was on (WCAG 2.4.3).
 */
import { useId, useLayoutEffect, useRef, useState } from "react";
import { Button } from "@fluentui/react-components";
import type { MyNote, NoteFiledAnswer, RemindLaterAnswer, TeamRef } from "../../api/types.js";
import { useSession } from "../../hooks/useSession.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { ActionOutcome } from "../ActionOutcome/ActionOutcome.js";
import { RecordTable } from "../RecordTable/RecordTable.js";
import { Section } from "../Section/Section.js";
import { dateTime } from "../shared/dates.js";
import { MeetingChatLink } from "./MeetingChatLink.js";
import { MY_ENCOUNTERS_STRINGS, NOTES_STRINGS } from "./MyEncountersPage.strings.js";
import { useMyEncountersStyles } from "./MyEncountersPage.styles.js";
import { teamNameOf } from "./teamName.js";
import { useRowAction } from "./useRowAction.js";

interface Filed {
  note: MyNote;
  answer: NoteFiledAnswer;
}

export function NotesOwed({ notes, teams }: { notes: MyNote[]; teams: TeamRef[] }) {
  const locale = useLocale();
  const text = useStrings(NOTES_STRINGS);
  const common = useStrings(MY_ENCOUNTERS_STRINGS);
  const styles = useMyEncountersStyles();
  const { api } = useSession();
  const [filed, setFiled] = useState<Filed[]>([]);
  /** After a filing: the next note's « Note déposée », or the filed notes' heading when none is left. */
  const focusNext = useRef<{ note: string } | "filedHeading">(undefined);
  const filedHeadingId = useId();
  const { busy, notice, failure, run } = useRowAction();
  const pathOf = (note: MyNote) => `/me/notes/${encodeURIComponent(note.encounterId)}`;
  const owed = notes.filter((n) => !filed.some((f) => f.note.encounterId === n.encounterId));
  const file = (note: MyNote) =>
    run(`filed|${note.encounterId}`, async () => {
      const { data } = await api.send<NoteFiledAnswer>("POST", `${pathOf(note)}/filed`);
      // Only when the focus is still on the button pressed: the person may have gone on meanwhile.
      if (document.activeElement === fileButtonOf(note.encounterId)) {
        const next = neighbourOf(owed, note);
        focusNext.current = next ? { note: next.encounterId } : "filedHeading";
      }
      setFiled((list) => [...list, { note, answer: data }]);
      return undefined; // « Notes déposées » says it
    });
  // A layout effect: it runs before the section's own rescue (useFocusRescue), which then finds the focus placed.
  useLayoutEffect(() => {
    const target = focusNext.current;
    if (target === undefined) return;
    focusNext.current = undefined;
    (target === "filedHeading" ? document.getElementById(filedHeadingId) : fileButtonOf(target.note))?.focus();
  }, [filed, filedHeadingId]);
  const remind = (note: MyNote) =>
    run(`remind|${note.encounterId}`, async () => {
      const { data } = await api.send<RemindLaterAnswer>("POST", `${pathOf(note)}/remind-later`);
      const date = dateTime(note.startedAt, locale);
      const when = data.remindAt ? dateTime(data.remindAt, locale) : "";
      return data.remindAt ? format(text.remindAt, { date, when }) : format(text.noMoreReminder, { date });
    });

  return (
    <Section level={3} heading={text.heading} intro={text.intro} data-testid="notes-owed">
      {owed.length === 0 ? (
        <p className={styles.muted}>{text.none}</p>
      ) : (
        <OwedTable notes={owed} teams={teams} busy={busy} onFile={file} onRemind={remind} />
      )}
      <FiledNotes filed={filed} headingId={filedHeadingId} />
      <ActionOutcome failure={failure} fallback={common.failed} notice={notice} noticeClassName={styles.status} />
    </Section>
  );
}

interface OwedTableProps {
  notes: MyNote[];
  teams: TeamRef[];
  busy: boolean;
  onFile: (note: MyNote) => void;
  onRemind: (note: MyNote) => void;
}

function OwedTable({ notes, teams, busy, onFile, onRemind }: OwedTableProps) {
  const locale = useLocale();
  const text = useStrings(NOTES_STRINGS);
  const common = useStrings(MY_ENCOUNTERS_STRINGS);
  const styles = useMyEncountersStyles();
  const dateOf = (n: MyNote) => dateTime(n.startedAt, locale);
  return (
    <RecordTable<MyNote>
      caption={text.caption}
      rows={notes}
      rowKey={(n) => n.encounterId}
      columns={[
        { key: "date", header: common.colEncounter, render: dateOf },
        { key: "team", header: common.colTeam, render: (n) => teamNameOf(teams, n.teamKey) ?? common.noTeam },
        { key: "deadline", header: text.colDeadline, render: (n) => <Deadline note={n} /> },
        {
          key: "chat",
          header: common.colMeeting,
          render: (n) => <MeetingChatLink href={n.chatLink} date={dateOf(n)} />,
        },
        {
          key: "actions",
          header: text.colActions,
          render: (n) => (
            <div className={styles.actions}>
              <Button
                appearance="primary"
                data-file-note={n.encounterId}
                disabledFocusable={busy}
                aria-label={format(text.fileLabel, { date: dateOf(n) })}
                onClick={() => onFile(n)}
              >
                {text.file}
              </Button>
              {/* Past the deadline no reminder can come (snoozedReminderTime): the action is not offered. */}
              {n.state === "open" && (
                <Button
                  disabledFocusable={busy}
                  aria-label={format(text.remindLabel, { date: dateOf(n) })}
                  onClick={() => onRemind(n)}
                >
                  {text.remind}
                </Button>
              )}
            </div>
          ),
        },
      ]}
    />
  );
}

function Deadline({ note }: { note: MyNote }) {
  const locale = useLocale();
  const text = useStrings(NOTES_STRINGS);
  const styles = useMyEncountersStyles();
  const late = note.state === "overdue";
  return (
    <span className={late ? styles.late : undefined} data-note={note.state}>
      {dateTime(note.deadline, locale)} — {late ? text.overdue : text.open}
    </span>
  );
}

function fileButtonOf(encounterId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-file-note="${CSS.escape(encounterId)}"]`);
}

/** The note owed after `note` in the table, else the one before it: where the focus goes once it is filed. */
function neighbourOf(owed: MyNote[], note: MyNote): MyNote | undefined {
  const at = owed.findIndex((n) => n.encounterId === note.encounterId);
  return owed[at + 1] ?? owed[at - 1];
}

/** A live region from the start, so that each note filed is announced as it is added. */
function FiledNotes({ filed, headingId }: { filed: Filed[]; headingId: string }) {
  const locale = useLocale();
  const text = useStrings(NOTES_STRINGS);
  const styles = useMyEncountersStyles();
  return (
    <div data-testid="notes-filed" aria-live="polite">
      {filed.length > 0 && (
        <>
          {/* Focused when the last note owed is filed. */}
          <h4 id={headingId} tabIndex={-1} className={styles.subheading}>
            {text.filedHeading}
          </h4>
          <ul className={styles.list}>
            {filed.map(({ note, answer }) => (
              <li key={note.encounterId}>
                {format(answer.filedOnTime ? text.filedOnTime : text.filedLate, {
                  date: dateTime(note.startedAt, locale),
                  when: dateTime(answer.filedAt, locale),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
