/** Paramètres › the yearly evaluation of virtual care, coordinated by the pilots (003 §11). */
import { Field, Input } from "@fluentui/react-components";
import type { TeamConfiguration } from "../../../../bot/src/domain/teamConfig.js";
import { useConfigEditor } from "../../hooks/useConfigEditor.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { SaveBar } from "../SaveBar/SaveBar.js";
import { useSectionStyles } from "../shared/section.styles.js";

const STRINGS = {
  heading: { "fr-CA": "Évaluation annuelle", en: "Yearly evaluation" },
  intro: {
    "fr-CA":
      "La qualité des soins virtuels est évaluée au moins une fois par année, sous la coordination des pilotes (§11). Balises le rappelle à la date prévue.",
    en: "The quality of virtual care is evaluated at least once a year, coordinated by the pilots (§11). Balises reminds you on the planned date.",
  },
  date: { "fr-CA": "Date prévue de la prochaine évaluation", en: "Planned date of the next evaluation" },
};

const pick = (c: TeamConfiguration) => c.annualEvaluationDate ?? "";
const put = (c: TeamConfiguration, date: string) => ({ ...c, annualEvaluationDate: date || null });

export function EvaluationDate() {
  const locale = useLocale();
  const styles = useSectionStyles();
  const text = useStrings(STRINGS);
  const editor = useConfigEditor(pick, put);
  return (
    <section className={styles.root} aria-labelledby="evaluation-heading">
      <h3 id="evaluation-heading" className={styles.subheading}>
        {text.heading}
      </h3>
      <p className={styles.intro}>{text.intro}</p>
      <Field
        className={styles.narrow}
        label={text.date}
        validationMessage={editor.fieldError("annualEvaluationDate")?.[locale]}
      >
        <Input type="date" value={editor.draft} onChange={(_, d) => editor.setDraft(d.value)} />
      </Field>
      <SaveBar editor={editor} onSave={() => void editor.save()} onCancel={editor.dirty ? editor.discard : undefined} />
    </section>
  );
}
