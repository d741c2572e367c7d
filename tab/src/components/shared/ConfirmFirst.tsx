/**
 * « Retirer …? » asked before what takes effect at once (a corridor, a pilot, a learner removed; a consent
 * withdrawn). The question takes the keyboard focus, on the answer that changes nothing; Escape gives that answer.
 */
import { useEffect, useRef } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useStrings } from "../../i18n/localeContext.js";
import { EDITOR_STRINGS } from "./editor.strings.js";

export interface ConfirmFirstProps {
  question: string;
  yes: string;
  /** The answer that changes nothing, when « Garder » does not fit the question. */
  no?: string;
  onConfirm: () => void;
  onCancel: () => void;
  testId: string;
}

export function ConfirmFirst({ question, yes, no, onConfirm, onCancel, testId }: ConfirmFirstProps) {
  const common = useStrings(EDITOR_STRINGS);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <MessageBar
      intent="warning"
      layout="multiline"
      data-testid={testId}
      // Escape answers « Garder », as it closes a dialog.
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <MessageBarBody>{question}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onConfirm}>
          {yes}
        </Button>
        <Button ref={keep} onClick={onCancel}>
          {no ?? common.keep}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
