/** One cell of the pilots' matrix: its rating saved as soon as it is picked; where it differs, the MSSS value and a reset. */
import { Badge, Button, Select, type SelectOnChangeData } from "@fluentui/react-components";
import type { Matrix, Situation } from "@shared/domain/matrix.js";
import { MODALITY_LABELS, NOT_INDICATED, type Modality } from "@shared/domain/modality.js";
import type { MatrixAdjustments } from "@shared/domain/teamConfig.js";
import type { MatrixDifference } from "../../api/types.js";
import type { ConfigEditor } from "../../hooks/useConfigEditor.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { RATING_CELL_STRINGS } from "../RatingCell/RatingCell.strings.js";
import { useRatingCellStyles } from "../RatingCell/RatingCell.styles.js";
import { waitWhileBusy } from "../shared/waitWhileBusy.js";
import { parseRating, resetCell, setCellRating } from "./matrixEdits.js";
import { useMatrixEditorStyles } from "./MatrixEditor.styles.js";
import { MATRIX_EDITOR_STRINGS } from "./MatrixEditor.strings.js";

const RATING_VALUES = ["", "+", "++", "+++"] as const;

export interface EditableCellProps {
  situation: Situation;
  modality: Modality;
  difference: MatrixDifference | undefined;
  baseline: Matrix;
  editor: ConfigEditor<MatrixAdjustments>;
}

export function EditableCell({ situation, modality, difference, baseline, editor }: EditableCellProps) {
  const locale = useLocale();
  const styles = useMatrixEditorStyles();
  const cellStyles = useRatingCellStyles();
  const text = useStrings(MATRIX_EDITOR_STRINGS);
  const cellText = useStrings(RATING_CELL_STRINGS);
  const busy = editor.status === "saving";
  const names = { situation: situation.label[locale], modality: MODALITY_LABELS[modality][locale] };
  return (
    <div className={styles.cell}>
      <Select
        className={styles.select}
        size="small"
        aria-label={format(text.cellLabel, names)}
        value={situation.ratings[modality] ?? ""}
        {...waitWhileBusy(busy, (_: unknown, data: SelectOnChangeData) => {
          void editor.save(setCellRating(editor.draft, baseline, situation, modality, parseRating(data.value)));
        })}
      >
        {RATING_VALUES.map((value) => (
          <option key={value} value={value}>
            {value === "" ? NOT_INDICATED[locale] : value}
          </option>
        ))}
      </Select>
      {difference && (
        <>
          <Badge appearance="tint" color="warning" shape="rounded" size="small">
            {cellText.adjusted}
          </Badge>
          <span className={cellStyles.baseline}>
            {format(cellText.baseline, { rating: difference.baseline ?? NOT_INDICATED[locale] })}
          </span>
          <Button
            size="small"
            appearance="secondary"
            disabledFocusable={busy}
            aria-label={format(text.resetLabel, names)}
            onClick={() => void editor.save(resetCell(editor.draft, situation.id, modality))}
          >
            {text.reset}
          </Button>
        </>
      )}
    </div>
  );
}
