/** Neither in Teams nor with a development identity: nobody to sign in as. Said in both languages. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useUnavailableStyles } from "./Unavailable.styles.js";

export function Unavailable() {
  const styles = useUnavailableStyles();
  return (
    <main className={styles.root} data-testid="unavailable">
      <h1 className={styles.heading}>Balises télésanté</h1>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Ouvrez Balises dans Microsoft Teams.</MessageBarTitle>
          Cet onglet a besoin de votre identité Teams : ajoutez l'application Balises à une équipe, une conversation ou
          une réunion.
        </MessageBarBody>
      </MessageBar>
      <MessageBar intent="error" layout="multiline" lang="en">
        <MessageBarBody>
          <MessageBarTitle>Open Balises in Microsoft Teams.</MessageBarTitle>
          This tab needs your Teams identity: add the Balises app to a team, a chat or a meeting.
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
