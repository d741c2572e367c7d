/** A part's action that failed (other than a conflict): the service's own words when it sent them. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { errorText } from "../../i18n/errorText.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { ENCOUNTER_PANEL_STRINGS } from "./EncounterPanel.strings.js";

export function ActionFailure({ error }: { error: unknown }) {
  const locale = useLocale();
  const text = useStrings(ENCOUNTER_PANEL_STRINGS);
  if (error === undefined) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>{errorText(error, locale, text.failed)}</MessageBarBody>
    </MessageBar>
  );
}
