/** What the matrix's two layouts share (MatrixTable.tsx, MatrixList.tsx): their props and a cell's content. */
import type { ReactNode } from "react";
import type { Matrix, Situation } from "@shared/domain/matrix.js";
import type { Modality } from "@shared/domain/modality.js";
import type { MatrixDifference } from "../../api/types.js";
import { useLocale } from "../../i18n/localeContext.js";
import { RatingCell } from "../RatingCell/RatingCell.js";
import { useMatrixTableStyles } from "./MatrixTable.styles.js";

export interface MatrixTableProps {
  matrix: Matrix;
  caption: string;
  differences?: MatrixDifference[];
  renderCell?: (situation: Situation, modality: Modality, difference: MatrixDifference | undefined) => ReactNode;
}

export function findDifference(differences: MatrixDifference[] | undefined, situationId: string, modality: Modality) {
  return differences?.find((d) => d.situationId === situationId && d.modality === modality);
}

export type MatrixCellProps = Pick<MatrixTableProps, "renderCell"> & {
  situation: Situation;
  modality: Modality;
  difference: MatrixDifference | undefined;
};

/** What a cell holds in both layouts: the editor's controls or the rating, then the cell's note. */
export function CellContent(props: MatrixCellProps & { spelled?: boolean }) {
  const locale = useLocale();
  const styles = useMatrixTableStyles();
  const { situation, modality, difference, renderCell, spelled } = props;
  const note = situation.cellNotes?.[modality];
  return (
    <>
      {renderCell ? (
        renderCell(situation, modality, difference)
      ) : (
        <RatingCell rating={situation.ratings[modality]} baseline={difference?.baseline} spelled={spelled} />
      )}
      {note && <span className={styles.note}>{note[locale]}</span>}
    </>
  );
}
