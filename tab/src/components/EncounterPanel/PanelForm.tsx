/** A form of the side panel: one column, named for assistive technologies, submitted without reloading the page. */
import type { ReactNode } from "react";
import { useEncounterPanelStyles } from "./EncounterPanel.styles.js";

export function PanelForm({ label, onSubmit, children }: { label: string; onSubmit: () => void; children: ReactNode }) {
  const styles = useEncounterPanelStyles();
  return (
    <form
      className={styles.form}
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
