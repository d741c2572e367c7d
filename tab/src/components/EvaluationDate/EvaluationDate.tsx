/** Paramètres › the yearly evaluation of virtual care, coordinated by the pilots (003 §11). */
import { Field, Input } from "@fluentui/react-components";
import type { TeamConfiguration } from "@shared/domain/teamConfig.js";
import { useConfigEditor } from "../../hooks/useConfigEditor.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { SaveBar } from "../SaveBar/SaveBar.js";
import { Section } from "../Section/Section.js";
import { useLayoutStyles } from "../shared/layout.styles.js";
import { EVALUATION_DATE_STRINGS } from "./EvaluationDate.strings.js";

const pick = (c: TeamConfiguration) => c.annualEvaluationDate ?? "";
const put = (c: TeamConfiguration, date: string) => ({ ...c, annualEvaluationDate: date || null });

export function EvaluationDate() {
  const locale = useLocale();
  const styles = useLayoutStyles();
  const text = useStrings(EVALUATION_DATE_STRINGS);
  const editor = useConfigEditor(pick, put);
  return (
    <Section level={3} heading={text.heading} intro={text.intro}>
      <Field
        className={styles.narrow}
        label={text.date}
        validationMessage={editor.fieldError("annualEvaluationDate")?.[locale]}
      >
        <Input type="date" value={editor.draft} onChange={(_, d) => editor.setDraft(d.value)} />
      </Field>
      <SaveBar
        editor={editor}
        onSave={() => void editor.save()}
        onCancel={editor.dirty ? editor.discard : undefined}
        fieldErrors={editor.errorsUnder("annualEvaluationDate")}
      />
    </Section>
  );
}
