/** A pilot's editable list of small records (crisis resources, interpreters): one fieldset per row. */
import { Button, Field, Input } from "@fluentui/react-components";
import type { Localized } from "@shared/i18n/locale.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { EDITOR_STRINGS } from "../shared/editor.strings.js";
import { useLayoutStyles } from "../shared/layout.styles.js";
import { useEditableRowsStyles } from "./EditableRows.styles.js";

export interface RowField<T> {
  key: keyof T & string;
  label: string;
  required?: boolean;
  type?: "text" | "tel";
  /** What the field expects (a phone number's format), or how the row's value will be read. */
  hint?: string | ((row: T) => string | undefined);
}

export interface EditableRowsProps<T extends { id: string }> {
  rows: T[];
  fields: RowField<T>[];
  onChange: (rows: T[]) => void;
  /** "contingency.crisisResources": field errors are looked up as `${pathPrefix}.${index}.${key}`. */
  pathPrefix: string;
  fieldError: (path: string) => Localized | undefined;
  rowLabel: (row: T, index: number) => string;
  addLabel: string;
  create: () => T;
}

export function EditableRows<T extends { id: string }>(props: EditableRowsProps<T>) {
  const { rows, fields, onChange, pathPrefix, fieldError, rowLabel, addLabel, create } = props;
  const locale = useLocale();
  const styles = useEditableRowsStyles();
  const layout = useLayoutStyles();
  const common = useStrings(EDITOR_STRINGS);
  const update = (index: number, key: keyof T, value: string) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, [key]: value } : r)));
  return (
    <>
      <ul className={styles.list}>
        {rows.map((row, index) => (
          <li key={row.id}>
            <fieldset className={styles.row}>
              <legend className={styles.legend}>{rowLabel(row, index)}</legend>
              <div className={styles.fields}>
                {fields.map((f) => (
                  <Field
                    key={f.key}
                    className={styles.field}
                    label={f.label}
                    required={f.required}
                    hint={typeof f.hint === "function" ? f.hint(row) : f.hint}
                    validationMessage={fieldError(`${pathPrefix}.${index}.${f.key}`)?.[locale]}
                  >
                    <Input
                      type={f.type ?? "text"}
                      value={String(row[f.key] ?? "")}
                      onChange={(_, d) => update(index, f.key, d.value)}
                    />
                  </Field>
                ))}
                <Button
                  className={layout.levelWithInputs}
                  onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  aria-label={format(common.removeRow, { row: rowLabel(row, index) })}
                >
                  {common.remove}
                </Button>
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
      <div>
        <Button onClick={() => onChange([...rows, create()])}>{addLabel}</Button>
      </div>
    </>
  );
}
