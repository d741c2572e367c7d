/**
 * A button that asks first (ConfirmFirst, under it) — « Retirer » unless told otherwise: « Garder » (or Escape) gives
 * the focus back to it, the other answer acts. For what takes effect at once: a pilot or a learner removed, a
 * consent withdrawn.
 */
import { useRef, useState } from "react";
import { Button } from "@fluentui/react-components";
import { useStrings } from "../../i18n/localeContext.js";
import { ConfirmFirst } from "./ConfirmFirst.js";
import { EDITOR_STRINGS } from "./editor.strings.js";

export interface AskedFirstProps {
  /** The button's words when not « Retirer », and its size (small in a table's row). */
  action?: string;
  size?: "small" | "medium";
  /** The button's accessible name when its words are not enough (« Retirer … des pilotes »). */
  label?: string;
  question: string;
  yes: string;
  no?: string;
  onConfirm: () => void;
  busy?: boolean;
  testId: string;
}

export function AskedFirst(props: AskedFirstProps) {
  const { action, size = "small", label, question, yes, no, onConfirm, busy = false, testId } = props;
  const common = useStrings(EDITOR_STRINGS);
  const [asking, setAsking] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button ref={button} size={size} disabledFocusable={busy} aria-label={label} onClick={() => setAsking(true)}>
        {action ?? common.remove}
      </Button>
      {asking && (
        <ConfirmFirst
          question={question}
          yes={yes}
          no={no}
          testId={testId}
          onConfirm={() => {
            setAsking(false);
            onConfirm();
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
