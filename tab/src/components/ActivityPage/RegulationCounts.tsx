/** How many encounters of the period met each of the regulation's four conditions (among the rows that hold them). */
import { CONDITION_IDS } from "@shared/domain/regulation2024.js";
import type { RegulationCounts as Counts } from "@shared/domain/regulationActivity.js";
import { format, useStrings } from "../../i18n/localeContext.js";
import { useActivityStyles } from "./ActivityPage.styles.js";
import { REGULATION_COUNT_STRINGS } from "./RegulationCounts.strings.js";

export function RegulationCounts({ counts }: { counts: Counts }) {
  const text = useStrings(REGULATION_COUNT_STRINGS);
  const styles = useActivityStyles();
  if (counts.encounters === 0) return null;
  return (
    <div data-testid="regulation-counts">
      <p className={styles.cardLabel}>{format(text.heading, { count: counts.encounters })}</p>
      <ul className={styles.compactList}>
        {CONDITION_IDS.map((id) => (
          <li key={id} data-condition={id}>
            {format(text.line, { label: text[id], count: counts.met[id] })}
            {id === "inPersonFollowUp" && counts.notApplicable > 0
              ? format(text.notApplicable, { count: counts.notApplicable })
              : ""}
          </li>
        ))}
      </ul>
    </div>
  );
}
