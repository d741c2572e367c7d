/** One of the domain's codes (a companion's presence, a learner's part…), chosen by its label in the page's language. */
import { Field, Select } from "@fluentui/react-components";
import type { Localized } from "@shared/i18n/locale.js";
import { useLocale } from "../../i18n/localeContext.js";
import { useEncounterPanelStyles } from "./EncounterPanel.styles.js";

export interface CodeSelectProps<C extends string> {
  label: string;
  value: C;
  codes: readonly C[];
  labels: Record<C, Localized>;
  onChange: (code: C) => void;
}

export function CodeSelect<C extends string>({ label, value, codes, labels, onChange }: CodeSelectProps<C>) {
  const locale = useLocale();
  const styles = useEncounterPanelStyles();
  return (
    <Field label={label}>
      <Select className={styles.select} value={value} onChange={(_, d) => onChange(d.value as C)}>
        {codes.map((c) => (
          <option key={c} value={c}>
            {labels[c][locale]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
