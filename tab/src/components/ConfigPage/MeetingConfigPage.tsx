/**
 * The configuration page when the tab is added to a meeting: which team the meeting belongs to, and the
 * organiser's choice among their teams (or a note to add Balises to one). Nothing to install: Save adds
 * the tab, which then shows that team's matrix in the meeting.
 */
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useConfigSave } from "../../hooks/useConfigSave.js";
import { useMeetingTeam } from "../../hooks/useMeetingTeam.js";
import { useSession } from "../../hooks/useSession.js";
import { errorText } from "../../i18n/errorText.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { MeetingTeamCard } from "../MeetingTeam/MeetingTeamCard.js";
import { useConfigPageStyles } from "./ConfigPage.styles.js";
import { CONFIG_PAGE_STRINGS } from "./ConfigPage.strings.js";

export function MeetingConfigPage({ meetingId }: { meetingId: string }) {
  const locale = useLocale();
  const styles = useConfigPageStyles();
  const text = useStrings(CONFIG_PAGE_STRINGS);
  const { host } = useSession();
  const meeting = useMeetingTeam(meetingId);
  const save = useConfigSave("matrix", meeting.status !== "loading", () => Promise.resolve(), text.failed);
  return (
    <>
      <MeetingTeamCard meeting={meeting} variant="page" />
      {host.kind === "teams" ? (
        <p className={styles.text}>{text.teamsSaveMeeting}</p>
      ) : (
        <div>
          <Button appearance="primary" onClick={save.saveHere} disabledFocusable={save.busy}>
            {text.devSave}
          </Button>
        </div>
      )}
      {save.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{errorText(save.error, locale, text.failed)}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
