/** A pilot's reminder policy: the reminders (hours after the meeting's end) and the note's deadline. */
import { Button, Field, Input } from "@fluentui/react-components";
import type { ConfigEditor } from "../../hooks/useConfigEditor.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { SaveBar } from "../SaveBar/SaveBar.js";
import { useLayoutStyles } from "../shared/layout.styles.js";
import type { HoursPolicy } from "./reminderHours.js";
import { REMINDER_STRINGS } from "./ReminderSection.strings.js";

export function ReminderForm({ editor }: { editor: ConfigEditor<HoursPolicy> }) {
  const locale = useLocale();
  const styles = useLayoutStyles();
  const text = useStrings(REMINDER_STRINGS);
  const draft = editor.draft;
  const err = (path: string) => editor.fieldError(`reminderPolicy.${path}`)?.[locale];
  const setOffsets = (offsets: string[]) => editor.setDraft({ ...draft, offsets });
  return (
    <>
      <h3 className={styles.subheading}>{text.offsets}</h3>
      {draft.offsets.map((offset, index) => (
        <div key={index} className={styles.inlineRow}>
          <Field
            className={styles.narrow}
            label={format(text.offset, { n: index + 1 })}
            validationMessage={err(`offsets.${index}`)}
          >
            <Input
              type="number"
              min={0.25}
              max={24}
              step={0.25}
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
        validationMessage={err("deadline") ?? err("offsets")}
        required
      >
        <Input
          type="number"
          min={1}
          max={24}
          step={0.25}
          value={draft.deadline}
          onChange={(_, d) => editor.setDraft({ ...draft, deadline: d.value })}
        />
      </Field>
      <SaveBar
        editor={editor}
        onSave={() => void editor.save()}
        onCancel={editor.dirty ? editor.discard : undefined}
        fieldErrors={editor.errorsUnder("reminderPolicy")}
      />
    </>
  );
}
