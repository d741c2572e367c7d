/** Pilots' matrix: a rating picker in every cell, the MSSS value and a reset where the team differs. */
import { Badge, Button, Select } from "@fluentui/react-components";
import type { Matrix, Situation } from "../../../../bot/src/domain/matrix.js";
import { MODALITY_LABELS, NOT_INDICATED, type Modality } from "../../../../bot/src/domain/modality.js";
import type { MatrixAdjustments } from "../../../../bot/src/domain/teamConfig.js";
import type { MatrixDifference } from "../../api/types.js";
import type { ConfigEditor } from "../../hooks/useConfigEditor.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { MatrixTable } from "../MatrixTable/MatrixTable.js";
import { RATING_CELL_STRINGS } from "../RatingCell/RatingCell.strings.js";
import { useRatingCellStyles } from "../RatingCell/RatingCell.styles.js";
import { SaveBar } from "../SaveBar/SaveBar.js";
import { parseRating, resetCell, setCellRating } from "./matrixEdits.js";
import { useMatrixEditorStyles } from "./MatrixEditor.styles.js";
import { MATRIX_EDITOR_STRINGS } from "./MatrixEditor.strings.js";

export interface MatrixEditorProps {
  matrix: Matrix;
  baseline: Matrix;
  differences: MatrixDifference[];
  caption: string;
  editor: ConfigEditor<MatrixAdjustments>;
}

const RATING_VALUES = ["", "+", "++", "+++"] as const;

export function MatrixEditor({ matrix, baseline, differences, caption, editor }: MatrixEditorProps) {
  const locale = useLocale();
  const styles = useMatrixEditorStyles();
  const cellStyles = useRatingCellStyles();
  const text = useStrings(MATRIX_EDITOR_STRINGS);
  const cellText = useStrings(RATING_CELL_STRINGS);
  const busy = editor.status === "saving";

  const renderCell = (situation: Situation, modality: Modality, difference: MatrixDifference | undefined) => {
    const names = { situation: situation.label[locale], modality: MODALITY_LABELS[modality][locale] };
    return (
      <div className={styles.cell}>
        <Select
          className={styles.select}
          size="small"
          aria-label={format(text.cellLabel, names)}
          value={situation.ratings[modality] ?? ""}
          disabled={busy}
          onChange={(_, data) =>
            void editor.save(setCellRating(editor.draft, baseline, situation, modality, parseRating(data.value)))
          }
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
              disabled={busy}
              aria-label={format(text.resetLabel, names)}
              onClick={() => void editor.save(resetCell(editor.draft, situation.id, modality))}
            >
              {text.reset}
            </Button>
          </>
        )}
      </div>
    );
  };

  return (
    <div className={styles.root}>
      <p className={styles.intro}>{text.intro}</p>
      <MatrixTable matrix={matrix} caption={caption} differences={differences} renderCell={renderCell} />
      <SaveBar
        editor={editor}
        onSave={() => undefined}
        statusOnly
        fieldErrors={editor.errorsUnder("matrix")}
        listFieldErrors
      />
    </div>
  );
}
