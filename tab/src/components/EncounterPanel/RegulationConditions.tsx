/** The four conditions of the 2024 regulation (S-4.2, r. 23.1, art. 1) for this encounter, live, as the domain says. */
import { CONDITION_LABELS, CONDITION_STATE_LABELS, REGULATION_TITLE } from "@shared/domain/regulation2024.js";
import type { EncounterPanel } from "../../api/types.js";
import { useLocale } from "../../i18n/localeContext.js";
import { Section } from "../Section/Section.js";
import { useEncounterPanelStyles } from "./EncounterPanel.styles.js";

export function RegulationConditions({ conditions }: { conditions: EncounterPanel["conditions"] }) {
  const locale = useLocale();
  const styles = useEncounterPanelStyles();
  const stateClass = { met: styles.met, notMet: styles.notMet, toConfirm: styles.pending, exception: styles.pending };
  return (
    <Section heading={REGULATION_TITLE[locale]} level={3} className={styles.part} data-testid="regulation-conditions">
      <ul className={styles.conditions}>
        {conditions.map((c) => (
          <li key={c.id} className={styles.condition} data-condition={c.id} data-state={c.state}>
            <span>{CONDITION_LABELS[c.id][locale]}</span>
            <span className={stateClass[c.state]}>{CONDITION_STATE_LABELS[c.state][locale]}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
