/** A team nobody has configured yet runs on the MSSS defaults; configuring the tab makes one a pilot. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { useStrings } from "../../i18n/localeContext.js";
import { NOT_INSTALLED_STRINGS } from "./NotInstalledNote.strings.js";

export function NotInstalledNote() {
  const { config } = useTeam();
  const text = useStrings(NOT_INSTALLED_STRINGS);
  if (!config.view?.isDefault) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="not-installed">
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle>
        {text.body}
      </MessageBarBody>
    </MessageBar>
  );
}
