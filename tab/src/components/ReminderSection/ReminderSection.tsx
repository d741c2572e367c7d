/** Politique de rappel: when Balises reminds a clinician of the note, and the deadline (≤ 24 h, §1.1, §8.8). */
import { Button, Field, Input } from "@fluentui/react-components";
import type { ReminderPolicy, TeamConfiguration } from "../../../../bot/src/domain/teamConfig.js";
import { useConfigEditor } from "../../hooks/useConfigEditor.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { ReadOnlyNote } from "../ReadOnlyNote/ReadOnlyNote.js";
import { SaveBar } from "../SaveBar/SaveBar.js";
import { useSectionStyles } from "../shared/section.styles.js";
import { hoursToIso, isoToHours } from "./reminderHours.js";
import { REMINDER_STRINGS } from "./ReminderSection.strings.js";

/** The draft keeps what people type (hours); saving turns it into ISO durations. */
interface HoursPolicy {
  offsets: string[];
  deadline: string;
}

const pick = (c: TeamConfiguration): HoursPolicy => ({
  offsets: c.reminderPolicy.offsets.map(isoToHours),
  deadline: isoToHours(c.reminderPolicy.deadline),
});
const put = (c: TeamConfiguration, p: HoursPolicy): TeamConfiguration => {
  const reminderPolicy: ReminderPolicy = { offsets: p.offsets.map(hoursToIso), deadline: hoursToIso(p.deadline) };
  return { ...c, reminderPolicy };
};

export function ReminderSection() {
  const locale = useLocale();
  const styles = useSectionStyles();
  const text = useStrings(REMINDER_STRINGS);
  const { canEdit } = useTeam();
  const editor = useConfigEditor(pick, put);
  const draft = editor.draft;
  const err = (path: string) => editor.fieldError(`reminderPolicy.${path}`)?.[locale];
  const setOffset = (index: number, value: string) =>
    editor.setDraft({ ...draft, offsets: draft.offsets.map((o, i) => (i === index ? value : o)) });

  return (
    <section className={styles.root} aria-labelledby="reminders-heading" data-testid="reminders-section">
      <h2 id="reminders-heading" className={styles.heading}>
        {text.heading}
      </h2>
      <p className={styles.intro}>{text.intro}</p>
      {!canEdit ? (
        <>
          <ReadOnlyNote />
          <p>
            {format(text.summary, {
              offsets: draft.offsets.length ? draft.offsets.map((o) => `+${o}`).join(", ") : text.noReminder,
              deadline: draft.deadline,
            })}
          </p>
        </>
      ) : (
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
                  onChange={(_, d) => setOffset(index, d.value)}
                />
              </Field>
              <div>
                <Button
                  onClick={() => editor.setDraft({ ...draft, offsets: draft.offsets.filter((_, i) => i !== index) })}
                >
                  {format(text.removeOffset, { n: index + 1 })}
                </Button>
              </div>
            </div>
          ))}
          <div>
            <Button onClick={() => editor.setDraft({ ...draft, offsets: [...draft.offsets, ""] })}>
              {text.addOffset}
            </Button>
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
      )}
    </section>
  );
}
