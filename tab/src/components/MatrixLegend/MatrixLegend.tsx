/**
 * The §2.3 legend (+, ++, +++), the MSSS sentence on what ranks a modality, what a blank cell means, and the
 * starred definition of "patient connu, condition connue" the table's stars point to.
 */
import { NOT_INDICATED_MEANING, RATING_BASIS } from "@shared/domain/modality.js";
import type { Baseline } from "../../api/types.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { Section } from "../Section/Section.js";
import { useMatrixLegendStyles } from "./MatrixLegend.styles.js";
import { MATRIX_LEGEND_STRINGS } from "./MatrixLegend.strings.js";

const LEVELS = ["+", "++", "+++"] as const;

export function MatrixLegend({ baseline }: { baseline: Baseline }) {
  const locale = useLocale();
  const styles = useMatrixLegendStyles();
  const text = useStrings(MATRIX_LEGEND_STRINGS);
  return (
    <Section level={3} heading={text.heading} className={styles.root}>
      <dl className={styles.list}>
        {LEVELS.map((level) => (
          <div key={level} className={styles.pair}>
            <dt className={styles.term}>{level}</dt>
            <dd className={styles.description}>{baseline.legend[level][locale]}</dd>
          </div>
        ))}
      </dl>
      <p className={styles.description}>{RATING_BASIS[locale]}</p>
      <p className={styles.description}>{NOT_INDICATED_MEANING[locale]}</p>
      <p className={styles.definition} id="known-patient-definition">
        <span aria-hidden="true">* </span>
        {baseline.knownPatientDefinition[locale]}
      </p>
      <p className={styles.source}>{format(text.source, { source: baseline.source })}</p>
    </Section>
  );
}
