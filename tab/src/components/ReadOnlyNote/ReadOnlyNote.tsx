/** Told to everyone who is not a pilot: what they see is the team's configuration, set by its pilots. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useStrings } from "../../i18n/localeContext.js";

const STRINGS = {
  readOnly: {
    "fr-CA": "Lecture seule : les pilotes cliniques de l'équipe tiennent cette configuration à jour.",
    en: "Read-only: the team's clinical pilots keep this configuration up to date.",
  },
};

export function ReadOnlyNote() {
  const text = useStrings(STRINGS);
  return (
    <MessageBar intent="info" data-testid="read-only-note">
      <MessageBarBody>{text.readOnly}</MessageBarBody>
    </MessageBar>
  );
}
