/**
 * The configurable tab's configurationUrl (/config), by where the tab is being added: a team installs
 * Balises (TeamConfigPage), a meeting shows and chooses its team (MeetingConfigPage), a group chat only
 * gets the MSSS matrix (Balises is configured in a team).
 */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useConfigSave } from "../../hooks/useConfigSave.js";
import { useSession } from "../../hooks/useSession.js";
import { useStrings } from "../../i18n/localeContext.js";
import { ChatNote } from "../ChatNote/ChatNote.js";
import { Section } from "../Section/Section.js";
import { useConfigPageStyles } from "./ConfigPage.styles.js";
import { CONFIG_PAGE_STRINGS } from "./ConfigPage.strings.js";
import { MeetingConfigPage } from "./MeetingConfigPage.js";
import { TeamConfigPage } from "./TeamConfigPage.js";

export function ConfigPage({ requestedView }: { requestedView?: string }) {
  const styles = useConfigPageStyles();
  const text = useStrings(CONFIG_PAGE_STRINGS);
  const { place } = useSession();
  const { heading, intro } =
    place.kind === "meeting"
      ? { heading: text.meetingHeading, intro: text.meetingIntro }
      : place.kind === "chat"
        ? { heading: text.chatHeading, intro: undefined }
        : { heading: text.heading, intro: text.intro };
  return (
    <Section heading={heading} intro={intro} className={styles.root} data-testid="config-page" data-place={place.kind}>
      {place.kind === "team" && <TeamConfigPage groupId={place.groupId} requestedView={requestedView} />}
      {place.kind === "meeting" && <MeetingConfigPage meetingId={place.meetingId} />}
      {place.kind === "chat" && <ChatConfig />}
      {(place.kind === "personal" || place.kind === "none") && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{text.noTeam}</MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}

/** A group chat's tab shows the MSSS matrix only: it can be saved as is. */
function ChatConfig() {
  const text = useStrings(CONFIG_PAGE_STRINGS);
  useConfigSave("matrix", true, () => Promise.resolve(), text.failed);
  return <ChatNote />;
}
