/** An API failure shown with the service's own bilingual message when it sent one. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { errorText } from "../../i18n/errorText.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { LOAD_ERROR_STRINGS } from "./LoadError.strings.js";

export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const locale = useLocale();
  const text = useStrings(LOAD_ERROR_STRINGS);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle>
        {errorText(error, locale, text.generic)}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{text.retry}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
