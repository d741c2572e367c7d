/**
 * The §2.3 matrix for a narrow container (the meeting side panel at 280–320 px): the caption as a heading, then
 * each situation as a heading over a definition list of the three modalities and their ratings, in words as well
 * as signs — every rating in view without scrolling sideways, none told by colour alone. Same cells as the table.
 */
import { useId } from "react";
import { Badge, mergeClasses } from "@fluentui/react-components";
import { matrixColumnLabel } from "@shared/domain/matrix.js";
import { MODALITIES } from "@shared/domain/modality.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { CellContent, findDifference, type MatrixTableProps } from "./matrixCells.js";
import { useMatrixListStyles } from "./MatrixList.styles.js";
import { MATRIX_TABLE_STRINGS } from "./MatrixTable.strings.js";

export function MatrixList({ matrix, caption, differences, renderCell }: MatrixTableProps) {
  const locale = useLocale();
  const styles = useMatrixListStyles();
  const text = useStrings(MATRIX_TABLE_STRINGS);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h3 id={headingId} className={styles.caption}>
        {caption}
      </h3>
      <ul className={styles.situations}>
        {matrix.situations.map((situation) => (
          <li key={situation.id} className={styles.situation} data-situation={situation.id}>
            <h4 className={styles.label}>{situation.label[locale]}</h4>
            {situation.note && <p className={styles.note}>{situation.note[locale]}</p>}
            {situation.local && (
              <Badge className={styles.badge} appearance="outline" color="brand" size="small">
                {text.local}
              </Badge>
            )}
            <dl className={styles.ratings}>
              {MODALITIES.map((modality) => {
                const difference = findDifference(differences, situation.id, modality);
                return (
                  <div
                    key={modality}
                    className={mergeClasses(styles.rating, difference && styles.adjusted)}
                    data-modality={modality}
                    data-adjusted={difference ? "true" : undefined}
                  >
                    <dt className={styles.modality}>{matrixColumnLabel(modality, locale)}</dt>
                    <dd className={styles.value}>
                      <CellContent {...{ situation, modality, difference, renderCell }} spelled />
                    </dd>
                  </div>
                );
              })}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
