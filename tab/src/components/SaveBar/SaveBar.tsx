/** Save / cancel for a section's draft, with what happened (saved, field errors, refused). */
import { useEffect, useRef } from "react";
import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { FieldDetail } from "../../api/apiError.js";
import type { ConfigEditor } from "../../hooks/useConfigEditor.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { EDITOR_STRINGS } from "../shared/editor.strings.js";
import { useSaveBarStyles } from "./SaveBar.styles.js";
import { SAVE_BAR_STRINGS, SECTION_NAMES } from "./SaveBar.strings.js";

export interface SaveBarProps {
  editor: Pick<ConfigEditor<unknown>, "status" | "failure" | "dirty" | "allErrors">;
  onSave: () => void;
  onCancel?: () => void;
  saveLabel?: string;
  /** The section's field errors: summarised, and listed when no field shows them. */
  fieldErrors?: FieldDetail[];
  listFieldErrors?: boolean;
  /** No buttons: for editors that save on every change (matrix cells). */
  statusOnly?: boolean;
}

/**
 * What happened to a list saved on every change (matrix cells, a corridor removed): no buttons, the field errors
 * listed since the list shows no fields.
 */
export function SaveStatus({ editor, fieldErrors }: Pick<SaveBarProps, "editor" | "fieldErrors">) {
  return <SaveBar editor={editor} onSave={() => undefined} statusOnly fieldErrors={fieldErrors} listFieldErrors />;
}

export function SaveBar({
  editor,
  onSave,
  onCancel,
  saveLabel,
  fieldErrors = [],
  listFieldErrors,
  statusOnly,
}: SaveBarProps) {
  const locale = useLocale();
  const text = useStrings(EDITOR_STRINGS);
  const styles = useSaveBarStyles();
  const saving = editor.status === "saving";
  const root = useFirstRefusedField(!statusOnly && editor.status === "failed" && fieldErrors.length > 0);
  return (
    <div ref={root} className={styles.root}>
      <div className={styles.buttons}>
        {!statusOnly && (
          <Button appearance="primary" onClick={onSave} disabledFocusable={saving}>
            {saveLabel ?? text.save}
          </Button>
        )}
        {!statusOnly && onCancel && (
          <Button onClick={onCancel} disabledFocusable={saving}>
            {text.cancel}
          </Button>
        )}
        <span role="status" className={styles.status}>
          {saving ? (
            <Spinner size="tiny" label={text.saving} />
          ) : editor.status === "saved" && !editor.dirty ? (
            text.saved
          ) : (
            ""
          )}
        </span>
      </div>
      {editor.status === "failed" && fieldErrors.length > 0 && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {text.invalid}
            {listFieldErrors && (
              <ul>
                {fieldErrors.map((d) => (
                  <li key={d.path}>{d.message[locale]}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {editor.status === "failed" && fieldErrors.length === 0 && <ErrorsElsewhere errors={editor.allErrors} />}
      {editor.failure && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{editor.failure.messages?.[locale] ?? text.failed}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/**
 * WCAG 3.3.1: once a save is refused at its fields, the keyboard goes to the first one to correct in the section
 * (the bar under the buttons still says so to everyone) — once per refusal, not at every render after it.
 */
function useFirstRefusedField(refused: boolean) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refused) root.current?.closest("section")?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refused]);
  return root;
}

/**
 * A save refused for a field this section does not show (a rule tightened since another section was saved,
 * e.g. an e-mail address in a corridor's hours): which section, and the service's words.
 */
function ErrorsElsewhere({ errors }: { errors: FieldDetail[] }) {
  const locale = useLocale();
  const text = useStrings(SAVE_BAR_STRINGS);
  if (errors.length === 0) return null;
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        {text.invalidElsewhere}
        <ul>
          {errors.map((d) => {
            const section = SECTION_NAMES[d.path.split(".")[0] ?? ""]?.[locale] ?? d.path;
            return <li key={d.path}>{format(text.elsewhereItem, { section, message: d.message[locale] })}</li>;
          })}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
