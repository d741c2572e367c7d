/**
 * The team's Balises is out of reach, said in plain words: not installed yet (or still learning its
 * roster, right after install: try again) or the user is not on the team's roster. The MSSS matrix
 * stays below; no section that would fail is offered.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { useStrings } from "../../i18n/localeContext.js";
import { TEAM_ACCESS_STRINGS } from "./TeamAccessNote.strings.js";

export function TeamAccessNote({ retry = true }: { retry?: boolean }) {
  const { config, reload } = useTeam();
  const text = useStrings(TEAM_ACCESS_STRINGS);
  if (!config.denied) return null;
  const notInstalled = config.denied === "notInstalled";
  return (
    <MessageBar
      intent={notInstalled ? "info" : "warning"}
      layout="multiline"
      data-testid="team-access"
      data-denied={config.denied}
    >
      <MessageBarBody>
        <MessageBarTitle>{notInstalled ? text.notInstalledTitle : text.notMemberTitle}</MessageBarTitle>
        {notInstalled ? text.notInstalled : text.notMember}
      </MessageBarBody>
      {retry && notInstalled && (
        <MessageBarActions>
          <Button onClick={reload}>{text.retry}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
