/**
 * "Remove …?" asked before a removal that takes effect at once (a corridor, a pilot, a learner). The question takes
 * the keyboard focus, on the answer that removes nothing.
 */
import { useEffect, useRef } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";

export interface ConfirmRemovalProps {
  question: string;
  yes: string;
  no: string;
  onConfirm: () => void;
  onCancel: () => void;
  testId: string;
}

export function ConfirmRemoval({ question, yes, no, onConfirm, onCancel, testId }: ConfirmRemovalProps) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid={testId}>
      <MessageBarBody>{question}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onConfirm}>
          {yes}
        </Button>
        <Button ref={keep} onClick={onCancel}>
          {no}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
