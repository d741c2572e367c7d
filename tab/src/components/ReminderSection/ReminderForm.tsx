/** A pilot's reminder policy: the reminders (hours after the meeting's end) and the note's deadline. */
import { useState } from "react";
import { Button, Field, Input } from "@fluentui/react-components";
import type { ConfigEditor } from "../../hooks/useConfigEditor.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { SaveBar } from "../SaveBar/SaveBar.js";
import { useLayoutStyles } from "../shared/layout.styles.js";
import { parseHours, type HoursPolicy } from "./reminderHours.js";
import { REMINDER_STRINGS } from "./ReminderSection.strings.js";

export function ReminderForm({ editor }: { editor: ConfigEditor<HoursPolicy> }) {
  const locale = useLocale();
  const styles = useLayoutStyles();
  const text = useStrings(REMINDER_STRINGS);
  const draft = editor.draft;
  // Hours are typed as text (a number field read "1,5" as 15): what is not a number is said at its field, not saved.
  const [checked, setChecked] = useState(false);
  const notHours = (value: string) => (checked && parseHours(value) === undefined ? text.hoursExpected : undefined);
  const err = (path: string) => editor.fieldError(`reminderPolicy.${path}`)?.[locale];
  const save = () => {
    setChecked(true);
    if ([...draft.offsets, draft.deadline].every((v) => parseHours(v) !== undefined)) void editor.save();
  };
  const setOffsets = (offsets: string[]) => editor.setDraft({ ...draft, offsets });
  return (
    <>
      <h3 className={styles.subheading}>{text.offsets}</h3>
      {draft.offsets.map((offset, index) => (
        <div key={index} className={styles.inlineRow}>
          <Field
            className={styles.narrow}
            label={format(text.offset, { n: index + 1 })}
            validationMessage={notHours(offset) ?? err(`offsets.${index}`)}
          >
            <Input
              inputMode="decimal"
              value={offset}
              onChange={(_, d) => setOffsets(draft.offsets.map((o, i) => (i === index ? d.value : o)))}
            />
          </Field>
          <div>
            <Button onClick={() => setOffsets(draft.offsets.filter((_, i) => i !== index))}>
              {format(text.removeOffset, { n: index + 1 })}
            </Button>
          </div>
        </div>
      ))}
      <div>
        <Button onClick={() => setOffsets([...draft.offsets, ""])}>{text.addOffset}</Button>
      </div>
      <Field
        className={styles.narrow}
        label={text.deadline}
        validationMessage={notHours(draft.deadline) ?? err("deadline") ?? err("offsets")}
        required
      >
        <Input
          inputMode="decimal"
          value={draft.deadline}
          onChange={(_, d) => editor.setDraft({ ...draft, deadline: d.value })}
        />
      </Field>
      <SaveBar
        editor={editor}
        onSave={save}
        onCancel={editor.dirty ? editor.discard : undefined}
        fieldErrors={editor.errorsUnder("reminderPolicy")}
      />
    </>
  );
}
