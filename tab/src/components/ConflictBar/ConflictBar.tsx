/** 412 from the API: never a silent overwrite. Reload brings the server's version back. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { useStrings } from "../../i18n/localeContext.js";
import { CONFLICT_STRINGS } from "./ConflictBar.strings.js";

export function ConflictBar() {
  const { config } = useTeam();
  const text = useStrings(CONFLICT_STRINGS);
  if (!config.conflict) return null;
  return (
    <MessageBar intent="warning" layout="multiline" role="alert" data-testid="conflict-bar">
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle>
        {text.body}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={config.reload}>
          {text.reload}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
