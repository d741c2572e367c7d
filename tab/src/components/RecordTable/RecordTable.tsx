/**
 * A small data table with a caption: crisis resources, interpreters, audit history, the personal tab's notes and
 * follow-ups. Narrow, each row is a block of « header value » lines (RecordTable.styles.ts).
 */
import type { ReactNode } from "react";
import { useRecordTableStyles } from "./RecordTable.styles.js";

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
}

export function RecordTable<T>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T, index: number) => string;
}) {
  const styles = useRecordTableStyles();
  // The roles are said outright: a table laid out as blocks (narrow) keeps them in every browser's reading of it.
  return (
    <div className={styles.scroller}>
      <table role="table" className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead role="rowgroup" className={styles.head}>
          <tr role="row">
            {columns.map((c) => (
              <th key={c.key} role="columnheader" scope="col" className={styles.th}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className={styles.body}>
          {rows.map((row, i) => (
            <tr key={rowKey(row, i)} role="row" className={styles.row}>
              {columns.map((c) => (
                <td key={c.key} role="cell" className={styles.td}>
                  <span aria-hidden="true" className={styles.cellHeader}>
                    {c.header}
                  </span>
                  <div>{c.render(row)}</div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
