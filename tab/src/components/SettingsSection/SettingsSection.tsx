/** Paramètres (pilots only): pilots, the yearly evaluation date (§11), the change history. */
import { useStrings } from "../../i18n/localeContext.js";
import { AuditHistory } from "../AuditHistory/AuditHistory.js";
import { EvaluationDate } from "../EvaluationDate/EvaluationDate.js";
import { PilotsPanel } from "../PilotsPanel/PilotsPanel.js";
import { Section } from "../Section/Section.js";
import { SETTINGS_STRINGS } from "./SettingsSection.strings.js";

export function SettingsSection() {
  const text = useStrings(SETTINGS_STRINGS);
  return (
    <Section heading={text.heading} data-testid="settings-section">
      <PilotsPanel />
      <EvaluationDate />
      <AuditHistory />
    </Section>
  );
}
