/** Neither in Teams nor with a development identity: nobody to sign in as. Said in both languages. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { pick } from "@shared/i18n/locale.js";
import { useUnavailableStyles } from "./Unavailable.styles.js";
import { UNAVAILABLE_STRINGS } from "./Unavailable.strings.js";

const FRENCH = pick(UNAVAILABLE_STRINGS, "fr-CA");
const ENGLISH = pick(UNAVAILABLE_STRINGS, "en");

export function Unavailable() {
  const styles = useUnavailableStyles();
  return (
    <main className={styles.root} data-testid="unavailable">
      <h1 className={styles.heading}>{FRENCH.heading}</h1>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{FRENCH.title}</MessageBarTitle>
          {FRENCH.body}
        </MessageBarBody>
      </MessageBar>
      <MessageBar intent="error" layout="multiline" lang="en">
        <MessageBarBody>
          <MessageBarTitle>{ENGLISH.title}</MessageBarTitle>
          {ENGLISH.body}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
