/**
 * Which team a meeting belongs to, and the organiser's (or the encounter's clinician's) way to change it
 * among their own teams where Balises is installed. The same component is the meeting configuration
 * page's section (`page`) and the small banner above the matrix in the meeting (`banner`).
 */
import { useState } from "react";
import { Button, Field, MessageBar, MessageBarBody, Select, Spinner } from "@fluentui/react-components";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { errorText, LoadError } from "../LoadError/LoadError.js";
import { useMeetingTeamStyles } from "./MeetingTeam.styles.js";
import { MEETING_TEAM_STRINGS } from "./MeetingTeam.strings.js";
import type { MeetingTeamState } from "./useMeetingTeam.js";

export function MeetingTeamCard({ meeting, variant }: { meeting: MeetingTeamState; variant: "page" | "banner" }) {
  const locale = useLocale();
  const text = useStrings(MEETING_TEAM_STRINGS);
  const styles = useMeetingTeamStyles();
  const [editing, setEditing] = useState(false);
  const [choice, setChoice] = useState("");
  const view = meeting.view;

  if (meeting.status === "loading") return <Spinner size="small" label={text.loading} />;
  if (meeting.status === "error" || !view) return <LoadError error={meeting.error} onRetry={meeting.reload} />;

  const choices = view.choices;
  const open = () => {
    setChoice(view.team?.groupId ?? choices[0]?.groupId ?? "");
    setEditing(true);
  };
  const save = async () => {
    if (await meeting.change(choice)) setEditing(false);
  };

  return (
    <section
      className={variant === "page" ? styles.root : styles.banner}
      aria-labelledby="meeting-team-heading"
      data-testid="meeting-team"
      data-team={view.team?.groupId ?? ""}
    >
      {variant === "page" ? (
        <>
          <h2 id="meeting-team-heading" className={styles.heading}>
            {text.heading}
          </h2>
          <p className={styles.text}>{text.intro}</p>
        </>
      ) : (
        <h2 id="meeting-team-heading" className={styles.bannerHeading}>
          {text.heading}
        </h2>
      )}
      <div className={styles.line}>
        <p className={view.team ? styles.team : styles.text} data-testid="meeting-team-name">
          {view.team ? format(text.team, { name: view.team.name }) : text.noTeam}
        </p>
        {view.canChange && choices.length > 0 && !editing && (
          <Button
            size={variant === "banner" ? "small" : "medium"}
            onClick={open}
            aria-label={view.team ? text.changeLabel : undefined}
          >
            {view.team ? text.change : text.choose}
          </Button>
        )}
      </div>
      {!view.encounter && view.team && <p className={styles.text}>{text.beforeStart}</p>}
      {choices.length === 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="meeting-team-no-choice">
          <MessageBarBody>{text.noChoice}</MessageBarBody>
        </MessageBar>
      )}
      {editing && (
        <form
          className={styles.form}
          aria-label={text.changeLabel}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Field label={text.field}>
            <Select className={styles.select} value={choice} onChange={(_, d) => setChoice(d.value)}>
              {choices.map((t) => (
                <option key={t.groupId} value={t.groupId}>
                  {t.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" appearance="primary" disabled={meeting.saving || !choice}>
            {text.save}
          </Button>
          <Button onClick={() => setEditing(false)} disabled={meeting.saving}>
            {text.cancel}
          </Button>
        </form>
      )}
      {meeting.saveError !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{errorText(meeting.saveError, locale, text.failed)}</MessageBarBody>
        </MessageBar>
      )}
      <span role="status" aria-live="polite" className={styles.text}>
        {meeting.changes > 0 && view.team ? format(text.saved, { name: view.team.name }) : ""}
      </span>
    </section>
  );
}
