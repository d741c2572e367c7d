/**
 * The §2.3 table as a real <table>: caption, column headers (modalities, starred as in the MSSS table) and row
 * headers (situations). `renderCell` lets the pilots' editor put controls in the cells; by default a cell shows its
 * rating. A cell's note (the new patient's follow-up under video) shows in both, where the MSSS table prints it.
 * In a container of 480 px or less (the meeting side panel, a phone) a four-column table would leave only the
 * situations in view: each situation is then a heading with its three modalities listed under it (MatrixList.tsx).
 */
import { Badge, mergeClasses } from "@fluentui/react-components";
import { matrixColumnLabel } from "@shared/domain/matrix.js";
import { MODALITIES } from "@shared/domain/modality.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { useNarrow } from "../../hooks/useNarrow.js";
import { MatrixList } from "./MatrixList.js";
import { CellContent, findDifference, type MatrixCellProps, type MatrixTableProps } from "./matrixCells.js";
import { useMatrixTableStyles } from "./MatrixTable.styles.js";
import { MATRIX_TABLE_STRINGS } from "./MatrixTable.strings.js";

/** At most this wide, the matrix is a list: the table needs 640 px. */
const NARROW_PX = 480;

export function MatrixTable(props: MatrixTableProps) {
  const { ref, narrow } = useNarrow<HTMLDivElement>(NARROW_PX);
  return (
    <div ref={ref} data-layout={narrow ? "list" : "table"}>
      {narrow ? <MatrixList {...props} /> : <MatrixGrid {...props} />}
    </div>
  );
}

function MatrixGrid({ matrix, caption, differences, renderCell }: MatrixTableProps) {
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

function MatrixCell(props: MatrixCellProps) {
  const styles = useMatrixTableStyles();
  const { modality, difference } = props;
  return (
    <td
      className={mergeClasses(styles.cell, difference && styles.adjusted)}
      data-modality={modality}
      data-adjusted={difference ? "true" : undefined}
    >
      <CellContent {...props} />
    </td>
  );
}
