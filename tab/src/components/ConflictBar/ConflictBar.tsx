/**
 * A change refused because someone else changed the same thing first (412 on the team's configuration, 409 on an
 * encounter): never a silent overwrite. The page shows the current version; the bar says so and what to do.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { useStrings } from "../../i18n/localeContext.js";
import { CONFLICT_STRINGS } from "./ConflictBar.strings.js";

export interface ConflictNoticeProps {
  title: string;
  body: string;
  action: string;
  onAction: () => void;
}

export function ConflictNotice({ title, body, action, onAction }: ConflictNoticeProps) {
  return (
    <MessageBar intent="warning" layout="multiline" role="alert" data-testid="conflict-bar">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onAction}>
          {action}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** The team's configuration: Reload brings the server's version back. */
export function ConflictBar() {
  const { config } = useTeam();
  const text = useStrings(CONFLICT_STRINGS);
  if (!config.conflict) return null;
  return <ConflictNotice title={text.title} body={text.body} action={text.reload} onAction={config.reload} />;
}
