/**
 * The §2.3 table as a real <table>: caption, column headers (modalities) and row headers (situations).
 * `renderCell` lets the pilots' editor put controls in the cells; by default a cell shows its rating.
 */
import type { ReactNode } from "react";
import { Badge, mergeClasses } from "@fluentui/react-components";
import type { Matrix, Situation } from "@shared/domain/matrix.js";
import { MODALITIES, MODALITY_LABELS, type Modality } from "@shared/domain/modality.js";
import type { MatrixDifference } from "../../api/types.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { RatingCell } from "../RatingCell/RatingCell.js";
import { useMatrixTableStyles } from "./MatrixTable.styles.js";
import { MATRIX_TABLE_STRINGS } from "./MatrixTable.strings.js";

export interface MatrixTableProps {
  matrix: Matrix;
  caption: string;
  differences?: MatrixDifference[];
  renderCell?: (situation: Situation, modality: Modality, difference: MatrixDifference | undefined) => ReactNode;
}

export function findDifference(differences: MatrixDifference[] | undefined, situationId: string, modality: Modality) {
  return differences?.find((d) => d.situationId === situationId && d.modality === modality);
}

export function MatrixTable({ matrix, caption, differences, renderCell }: MatrixTableProps) {
  const locale = useLocale();
  const styles = useMatrixTableStyles();
  const text = useStrings(MATRIX_TABLE_STRINGS);
  return (
    <div className={styles.scroller} role="region" aria-label={text.region} tabIndex={0}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.colHeader}>
              {text.situation}
            </th>
            {MODALITIES.map((m) => (
              <th scope="col" key={m} className={styles.colHeader}>
                {MODALITY_LABELS[m][locale]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.situations.map((situation) => (
            <tr key={situation.id} className={styles.bodyRow} data-situation={situation.id}>
              <th scope="row" className={styles.rowHeader}>
                <span className={styles.label}>{situation.label[locale]}</span>
                {situation.note && <span className={styles.note}>{situation.note[locale]}</span>}
                {situation.local && (
                  <Badge className={styles.badge} appearance="outline" color="brand" size="small">
                    {text.local}
                  </Badge>
                )}
              </th>
              {MODALITIES.map((modality) => {
                const difference = findDifference(differences, situation.id, modality);
                return (
                  <td
                    key={modality}
                    className={mergeClasses(styles.cell, difference && styles.adjusted)}
                    data-modality={modality}
                    data-adjusted={difference ? "true" : undefined}
                  >
                    {renderCell ? (
                      renderCell(situation, modality, difference)
                    ) : (
                      <RatingCell
                        rating={situation.ratings[modality]}
                        baseline={difference ? difference.baseline : undefined}
                      />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
