/** Pilots add or remove the team's own situations (e.g. CHSLD, 003 §8.9); everyone sees them in the matrix. */
import { useState } from "react";
import { Button, Field, Input, Select } from "@fluentui/react-components";
import {
  MODALITIES,
  MODALITY_LABELS,
  NOT_INDICATED,
  type Modality,
  type Rating,
} from "../../../../bot/src/domain/modality.js";
import type { LocalSituation, MatrixAdjustments } from "../../../../bot/src/domain/teamConfig.js";
import type { ConfigEditor } from "../../hooks/useConfigEditor.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { parseRating } from "../MatrixEditor/matrixEdits.js";
import { SaveBar } from "../SaveBar/SaveBar.js";
import { EDITOR_STRINGS } from "../shared/editor.strings.js";
import { localSituationId } from "./localSituationId.js";
import { useLocalSituationsStyles } from "./LocalSituations.styles.js";
import { LOCAL_SITUATION_STRINGS } from "./LocalSituations.strings.js";

interface Draft {
  labelFr: string;
  labelEn: string;
  noteFr: string;
  noteEn: string;
  ratings: Record<Modality, Rating>;
}

const EMPTY: Draft = {
  labelFr: "",
  labelEn: "",
  noteFr: "",
  noteEn: "",
  ratings: { phone: null, video: "++", inPerson: "+++" },
};

export function LocalSituations({ editor, takenIds }: { editor: ConfigEditor<MatrixAdjustments>; takenIds: string[] }) {
  const locale = useLocale();
  const styles = useLocalSituationsStyles();
  const text = useStrings(LOCAL_SITUATION_STRINGS);
  const common = useStrings(EDITOR_STRINGS);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [missing, setMissing] = useState(false);
  const situations = editor.draft.localSituations;
  const index = situations.length;
  const err = (path: string) => editor.fieldError(`matrix.localSituations.${index}.${path}`)?.[locale];

  const add = async () => {
    if (!draft.labelFr.trim() || !draft.labelEn.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const situation: LocalSituation = {
      id: localSituationId(draft.labelFr, takenIds),
      label: { "fr-CA": draft.labelFr.trim(), en: draft.labelEn.trim() },
      ratings: draft.ratings,
      ...(draft.noteFr.trim() && draft.noteEn.trim()
        ? { note: { "fr-CA": draft.noteFr.trim(), en: draft.noteEn.trim() } }
        : {}),
    };
    if (await editor.save({ ...editor.draft, localSituations: [...situations, situation] })) setDraft(EMPTY);
  };
  const remove = (id: string) => {
    const cells = editor.draft.cells.filter((c) => c.situationId !== id);
    void editor.save({ cells, localSituations: situations.filter((s) => s.id !== id) });
  };
  const textField = (key: keyof Draft, label: string, required: boolean, path: string) => (
    <Field
      label={label}
      required={required}
      validationMessage={err(path) ?? (required && missing && !String(draft[key]).trim() ? text.required : undefined)}
    >
      <Input value={String(draft[key])} onChange={(_, d) => setDraft({ ...draft, [key]: d.value })} maxLength={500} />
    </Field>
  );

  return (
    <section className={styles.root} aria-labelledby="local-situations-heading">
      <h3 id="local-situations-heading" className={styles.heading}>
        {text.heading}
      </h3>
      <p className={styles.intro}>{text.intro}</p>
      {situations.length === 0 ? (
        <p className={styles.intro}>{text.none}</p>
      ) : (
        <ul className={styles.list}>
          {situations.map((s) => (
            <li key={s.id} className={styles.item}>
              <span>{s.label[locale]}</span>
              <Button
                size="small"
                onClick={() => remove(s.id)}
                aria-label={format(text.removeLabel, { label: s.label[locale] })}
              >
                {common.remove}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form
        className={styles.form}
        aria-label={text.add}
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        {textField("labelFr", text.labelFr, true, "label.fr-CA")}
        {textField("labelEn", text.labelEn, true, "label.en")}
        {textField("noteFr", `${text.noteFr} (${common.optional})`, false, "note.fr-CA")}
        {textField("noteEn", `${text.noteEn} (${common.optional})`, false, "note.en")}
        {MODALITIES.map((m) => (
          <Field key={m} label={MODALITY_LABELS[m][locale]}>
            <Select
              value={draft.ratings[m] ?? ""}
              onChange={(_, d) => setDraft({ ...draft, ratings: { ...draft.ratings, [m]: parseRating(d.value) } })}
            >
              {["", "+", "++", "+++"].map((v) => (
                <option key={v} value={v}>
                  {v === "" ? NOT_INDICATED[locale] : v}
                </option>
              ))}
            </Select>
          </Field>
        ))}
        <div className={styles.actions}>
          <SaveBar
            editor={editor}
            onSave={() => void add()}
            saveLabel={text.add}
            fieldErrors={editor.errorsUnder("matrix")}
            listFieldErrors
          />
        </div>
      </form>
    </section>
  );
}
