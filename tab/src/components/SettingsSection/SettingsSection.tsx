/** Paramètres (pilots only): pilots, the yearly evaluation date (§11), the change history. */
import { useStrings } from "../../i18n/localeContext.js";
import { AuditHistory } from "../AuditHistory/AuditHistory.js";
import { EvaluationDate } from "../EvaluationDate/EvaluationDate.js";
import { PilotsPanel } from "../PilotsPanel/PilotsPanel.js";
import { useSectionStyles } from "../shared/section.styles.js";

const STRINGS = { heading: { "fr-CA": "Paramètres", en: "Settings" } };

export function SettingsSection() {
  const styles = useSectionStyles();
  const text = useStrings(STRINGS);
  return (
    <section className={styles.root} aria-labelledby="settings-heading" data-testid="settings-section">
      <h2 id="settings-heading" className={styles.heading}>
        {text.heading}
      </h2>
      <PilotsPanel />
      <EvaluationDate />
      <AuditHistory />
    </section>
  );
}
