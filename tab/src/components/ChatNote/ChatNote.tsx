/** A group chat is not a team: Balises is configured in a Teams team, so here only the MSSS matrix shows. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useStrings } from "../../i18n/localeContext.js";
import { CHAT_NOTE_STRINGS } from "./ChatNote.strings.js";

export function ChatNote() {
  const text = useStrings(CHAT_NOTE_STRINGS);
  return (
    <MessageBar intent="info" layout="multiline" data-testid="chat-note">
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle>
        {text.body}
      </MessageBarBody>
    </MessageBar>
  );
}
