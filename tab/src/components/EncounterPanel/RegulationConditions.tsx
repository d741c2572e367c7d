/**
 * The four conditions of the 2024 regulation (S-4.2, r. 23.1, art. 1) for this encounter, live, as the domain derives
 * them: each with its state and why (describeCondition, the words the cards use).
 */
import { describeCondition, REGULATION_TITLE } from "@shared/domain/regulation2024.js";
import type { EncounterPanel } from "../../api/types.js";
import { useLocale } from "../../i18n/localeContext.js";
import { Section } from "../Section/Section.js";
import { useEncounterPanelStyles } from "./EncounterPanel.styles.js";

export function RegulationConditions({ conditions }: { conditions: EncounterPanel["conditions"] }) {
  const locale = useLocale();
  const styles = useEncounterPanelStyles();
  const stateClass = {
    met: styles.met,
    notMet: styles.notMet,
    toConfirm: styles.pending,
    exception: styles.pending,
    notApplicable: styles.muted,
  };
  return (
    <Section heading={REGULATION_TITLE[locale]} level={3} className={styles.part} data-testid="regulation-conditions">
      <ul className={styles.conditions}>
        {conditions.map((c) => {
          const { label, state, details } = describeCondition(c, locale);
          return (
            <li key={c.id} className={styles.condition} data-condition={c.id} data-state={c.state}>
              <span>{label}</span>
              <span className={stateClass[c.state]}>{state}</span>
              {details.map((d) => (
                <span key={d} className={styles.muted}>
                  {d}
                </span>
              ))}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
