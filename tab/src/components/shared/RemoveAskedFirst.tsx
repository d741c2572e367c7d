/**
 * A « Retirer » that asks first (ConfirmRemoval, under it): « Garder » gives the focus back to it, the other answer
 * removes. For what takes effect at once: a pilot or a learner removed, a consent withdrawn.
 */
import { useRef, useState } from "react";
import { Button } from "@fluentui/react-components";
import { useStrings } from "../../i18n/localeContext.js";
import { ConfirmRemoval } from "./ConfirmRemoval.js";
import { EDITOR_STRINGS } from "./editor.strings.js";

export interface RemoveAskedFirstProps {
  /** The button's words when not « Retirer », and its size (small in a table's row). */
  action?: string;
  size?: "small" | "medium";
  /** The button's accessible name when its words are not enough (« Retirer … des pilotes »). */
  label?: string;
  question: string;
  yes: string;
  onRemove: () => void;
  busy?: boolean;
  testId: string;
}

export function RemoveAskedFirst(props: RemoveAskedFirstProps) {
  const { action, size = "small", label, question, yes, onRemove, busy = false, testId } = props;
  const common = useStrings(EDITOR_STRINGS);
  const [asking, setAsking] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button ref={button} size={size} disabledFocusable={busy} aria-label={label} onClick={() => setAsking(true)}>
        {action ?? common.remove}
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
