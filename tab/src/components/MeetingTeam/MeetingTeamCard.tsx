/**
 * Which team a meeting belongs to, and the organiser's (or the encounter's clinician's) way to change it
 * among their own teams where Balises is installed. The same component is the meeting configuration
 * page's section (`page`) and the small banner above the matrix in the meeting (`banner`).
 */
import { useState } from "react";
import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { MeetingTeamView } from "../../api/types.js";
import type { MeetingTeamState } from "../../hooks/useMeetingTeam.js";
import { errorText } from "../../i18n/errorText.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { LoadError } from "../LoadError/LoadError.js";
import { Section } from "../Section/Section.js";
import { MeetingTeamForm } from "./MeetingTeamForm.js";
import { useMeetingTeamStyles } from "./MeetingTeamCard.styles.js";
import { MEETING_TEAM_STRINGS } from "./MeetingTeamCard.strings.js";

type Variant = "page" | "banner";

export function MeetingTeamCard({ meeting, variant }: { meeting: MeetingTeamState; variant: Variant }) {
  const text = useStrings(MEETING_TEAM_STRINGS);
  if (meeting.status === "loading") return <Spinner size="small" label={text.loading} />;
  if (meeting.status === "error" || !meeting.view) return <LoadError error={meeting.error} onRetry={meeting.reload} />;
  return <MeetingTeamDetails meeting={meeting} view={meeting.view} variant={variant} />;
}

function MeetingTeamDetails(props: { meeting: MeetingTeamState; view: MeetingTeamView; variant: Variant }) {
  const { meeting, view, variant } = props;
  const locale = useLocale();
  const text = useStrings(MEETING_TEAM_STRINGS);
  const styles = useMeetingTeamStyles();
  const [editing, setEditing] = useState(false);
  const page = variant === "page";
  return (
    <Section
      heading={text.heading}
      intro={page ? text.intro : undefined}
      className={page ? styles.root : styles.banner}
      headingClassName={page ? undefined : styles.bannerHeading}
      data-testid="meeting-team"
      data-team={view.team?.groupId ?? ""}
    >
      <div className={styles.line}>
        <p className={view.team ? styles.team : styles.text} data-testid="meeting-team-name">
          {view.team ? format(text.team, { name: view.team.name }) : text.noTeam}
        </p>
        {view.canChange && view.choices.length > 0 && !editing && (
          <Button
            size={page ? "medium" : "small"}
            onClick={() => setEditing(true)}
            aria-label={view.team ? text.changeLabel : undefined}
          >
            {view.team ? text.change : text.choose}
          </Button>
        )}
      </div>
      {!view.encounter && view.team && <p className={styles.text}>{text.beforeStart}</p>}
      {view.choices.length === 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="meeting-team-no-choice">
          <MessageBarBody>{text.noChoice}</MessageBarBody>
        </MessageBar>
      )}
      {editing && <MeetingTeamForm meeting={meeting} view={view} onClose={() => setEditing(false)} />}
      {meeting.saveError !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{errorText(meeting.saveError, locale, text.failed)}</MessageBarBody>
        </MessageBar>
      )}
      <span role="status" aria-live="polite" className={styles.text}>
        {meeting.changes > 0 && view.team ? format(text.saved, { name: view.team.name }) : ""}
      </span>
    </Section>
  );
}
