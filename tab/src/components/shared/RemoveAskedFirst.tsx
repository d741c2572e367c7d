/**
 * A « Retirer » that asks first (ConfirmRemoval, under it): « Garder » gives the focus back to it, the other answer
 * removes. For a pilot or a learner, whose removal takes effect at once.
 */
import { useRef, useState } from "react";
import { Button } from "@fluentui/react-components";
import { useStrings } from "../../i18n/localeContext.js";
import { ConfirmRemoval } from "./ConfirmRemoval.js";
import { EDITOR_STRINGS } from "./editor.strings.js";

export interface RemoveAskedFirstProps {
  /** The button's accessible name (« Retirer … des pilotes »). */
  label: string;
  question: string;
  yes: string;
  onRemove: () => void;
  busy?: boolean;
  testId: string;
}

export function RemoveAskedFirst({ label, question, yes, onRemove, busy = false, testId }: RemoveAskedFirstProps) {
  const common = useStrings(EDITOR_STRINGS);
  const [asking, setAsking] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button ref={button} size="small" disabledFocusable={busy} aria-label={label} onClick={() => setAsking(true)}>
        {common.remove}
      </Button>
      {asking && (
        <ConfirmRemoval
          question={question}
          yes={yes}
          testId={testId}
          onConfirm={() => {
            setAsking(false);
            onRemove();
          }}
          onCancel={() => {
            setAsking(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
