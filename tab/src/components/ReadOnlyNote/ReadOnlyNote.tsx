/** Told to everyone who is not a pilot: what they see is the team's configuration, set by its pilots. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useStrings } from "../../i18n/localeContext.js";
import { READ_ONLY_STRINGS } from "./ReadOnlyNote.strings.js";

export function ReadOnlyNote() {
  const text = useStrings(READ_ONLY_STRINGS);
  return (
    <MessageBar intent="info" data-testid="read-only-note">
      <MessageBarBody>{text.readOnly}</MessageBarBody>
    </MessageBar>
  );
}
