/**
 * The §2.3 table as a real <table>: caption, column headers (modalities, starred as in the MSSS table) and row
 * headers (situations). `renderCell` lets the pilots' editor put controls in the cells; by default a cell shows its
 * rating. A cell's note (the new patient's follow-up under video) shows in both, where the MSSS table prints it.
 */
import type { ReactNode } from "react";
import { Badge, mergeClasses } from "@fluentui/react-components";
import { matrixColumnLabel, type Matrix, type Situation } from "@shared/domain/matrix.js";
import { MODALITIES, type Modality } from "@shared/domain/modality.js";
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
                {matrixColumnLabel(m, locale)}
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
              {MODALITIES.map((modality) => (
                <MatrixCell
                  key={modality}
                  situation={situation}
                  modality={modality}
                  difference={findDifference(differences, situation.id, modality)}
                  renderCell={renderCell}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type MatrixCellProps = Pick<MatrixTableProps, "renderCell"> & {
  situation: Situation;
  modality: Modality;
  difference: MatrixDifference | undefined;
};

function MatrixCell({ situation, modality, difference, renderCell }: MatrixCellProps) {
  const locale = useLocale();
  const styles = useMatrixTableStyles();
  const note = situation.cellNotes?.[modality];
  return (
    <td
      className={mergeClasses(styles.cell, difference && styles.adjusted)}
      data-modality={modality}
      data-adjusted={difference ? "true" : undefined}
    >
      {renderCell ? (
        renderCell(situation, modality, difference)
      ) : (
        <RatingCell rating={situation.ratings[modality]} baseline={difference ? difference.baseline : undefined} />
      )}
      {note && <span className={styles.note}>{note[locale]}</span>}
    </td>
  );
}
