/**
 * A part's action that failed (other than a conflict): the service's own words when it sent them; a refusal whose
 * every reason the part already shows at its fields (`fields`: their paths) is said as such, not in the service's
 * general words about "the data received".
 */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { ApiError } from "../../api/apiError.js";
import { errorText } from "../../i18n/errorText.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { ENCOUNTER_PANEL_STRINGS } from "./EncounterPanel.strings.js";

export function ActionFailure({ error, fields = [] }: { error: unknown; fields?: readonly string[] }) {
  const locale = useLocale();
  const text = useStrings(ENCOUNTER_PANEL_STRINGS);
  if (error === undefined) return null;
  const atFields =
    error instanceof ApiError && error.details.length > 0 && error.details.every((d) => fields.includes(d.path));
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>{atFields ? text.fixFields : errorText(error, locale, text.failed)}</MessageBarBody>
    </MessageBar>
  );
}
