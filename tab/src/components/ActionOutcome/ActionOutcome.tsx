/**
 * What became of the user's last action on a page: the failure, in the service's own words when it sent some
 * (an alert), and the success said in a polite live region, so a screen reader hears both.
 */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { errorText } from "../../i18n/errorText.js";
import { useLocale } from "../../i18n/localeContext.js";

export interface ActionOutcomeProps {
  failure: unknown;
  /** Said when the service gave no message of its own. */
  fallback: string;
  notice: string;
  /** The live region's look (visible muted text, or visually hidden). */
  noticeClassName: string;
}

export function ActionOutcome({ failure, fallback, notice, noticeClassName }: ActionOutcomeProps) {
  const locale = useLocale();
  return (
    <>
      {failure !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{errorText(failure, locale, fallback)}</MessageBarBody>
        </MessageBar>
      )}
      <span role="status" aria-live="polite" className={noticeClassName}>
        {notice}
      </span>
    </>
  );
}
