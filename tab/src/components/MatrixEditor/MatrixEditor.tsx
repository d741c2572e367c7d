/** Pilots' matrix: a rating picker in every cell, the MSSS value and a reset where the team differs. */
import type { Matrix } from "@shared/domain/matrix.js";
import type { MatrixAdjustments } from "@shared/domain/teamConfig.js";
import type { MatrixDifference } from "../../api/types.js";
import type { ConfigEditor } from "../../hooks/useConfigEditor.js";
import { useStrings } from "../../i18n/localeContext.js";
import { MatrixTable } from "../MatrixTable/MatrixTable.js";
import { SaveStatus } from "../SaveBar/SaveBar.js";
import { EditableCell } from "./EditableCell.js";
import { useMatrixEditorStyles } from "./MatrixEditor.styles.js";
import { MATRIX_EDITOR_STRINGS } from "./MatrixEditor.strings.js";

export interface MatrixEditorProps {
  matrix: Matrix;
  baseline: Matrix;
  differences: MatrixDifference[];
  caption: string;
  editor: ConfigEditor<MatrixAdjustments>;
}

export function MatrixEditor({ matrix, baseline, differences, caption, editor }: MatrixEditorProps) {
  const styles = useMatrixEditorStyles();
  const text = useStrings(MATRIX_EDITOR_STRINGS);
  return (
    <div className={styles.root}>
      <p className={styles.intro}>{text.intro}</p>
      <MatrixTable
        matrix={matrix}
        caption={caption}
        differences={differences}
        renderCell={(situation, modality, difference) => (
          <EditableCell
            situation={situation}
            modality={modality}
            difference={difference}
            baseline={baseline}
            editor={editor}
          />
        )}
      />
      <SaveStatus editor={editor} fieldErrors={editor.errorsUnder("matrix")} />
    </div>
  );
}
