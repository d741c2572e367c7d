/** Several checkboxes under one label (a consent's scope, a plan's facts), named as a group for screen readers. */
import { useId, type ReactNode } from "react";
import { Label } from "@fluentui/react-components";
import { useEncounterPanelStyles } from "./EncounterPanel.styles.js";

export function CheckGroup({ label, hint, children }: { label?: string; hint?: string; children: ReactNode }) {
  const styles = useEncounterPanelStyles();
  const labelId = useId();
  const hintId = useId();
  return (
    <div
      role="group"
      className={styles.group}
      aria-labelledby={label ? labelId : undefined}
      aria-describedby={hint ? hintId : undefined}
    >
      {label && (
        <Label id={labelId} weight="semibold">
          {label}
        </Label>
      )}
      {children}
      {hint && (
        <p id={hintId} className={styles.muted}>
          {hint}
        </p>
      )}
    </div>
  );
}
