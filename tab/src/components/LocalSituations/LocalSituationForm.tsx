/** A new local situation: its label and note in both languages, and its rating for each modality. */
import { useState } from "react";
import { Field, Input, Select } from "@fluentui/react-components";
import { MODALITIES, MODALITY_LABELS, NOT_INDICATED, type Modality, type Rating } from "@shared/domain/modality.js";
import type { LocalSituation, MatrixAdjustments } from "@shared/domain/teamConfig.js";
import type { ConfigEditor } from "../../hooks/useConfigEditor.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { parseRating } from "../MatrixEditor/matrixEdits.js";
import { SaveBar } from "../SaveBar/SaveBar.js";
import { EDITOR_STRINGS } from "../shared/editor.strings.js";
import { localSituationId } from "./localSituationId.js";
import { useLocalSituationsStyles } from "./LocalSituations.styles.js";
import { LOCAL_SITUATION_STRINGS } from "./LocalSituations.strings.js";

type TextKey = "labelFr" | "labelEn" | "noteFr" | "noteEn";
type Draft = Record<TextKey, string> & { ratings: Record<Modality, Rating> };

const EMPTY: Draft = {
  labelFr: "",
  labelEn: "",
  noteFr: "",
  noteEn: "",
  ratings: { phone: null, video: "++", inPerson: "+++" },
};
const RATING_VALUES = ["", "+", "++", "+++"] as const;

function toSituation(draft: Draft, takenIds: string[]): LocalSituation {
  const note =
    draft.noteFr.trim() && draft.noteEn.trim() ? { "fr-CA": draft.noteFr.trim(), en: draft.noteEn.trim() } : undefined;
  return {
    id: localSituationId(draft.labelFr, takenIds),
    label: { "fr-CA": draft.labelFr.trim(), en: draft.labelEn.trim() },
    ratings: draft.ratings,
    ...(note ? { note } : {}),
  };
}

export function LocalSituationForm(props: { editor: ConfigEditor<MatrixAdjustments>; takenIds: string[] }) {
  const { editor, takenIds } = props;
  const locale = useLocale();
  const styles = useLocalSituationsStyles();
  const text = useStrings(LOCAL_SITUATION_STRINGS);
  const common = useStrings(EDITOR_STRINGS);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [missing, setMissing] = useState(false);
  // A note is shown in the reader's language: one language only would be dropped, so it is asked for in both.
  const [noteHalf, setNoteHalf] = useState(false);
  const situations = editor.draft.localSituations;
  // Field errors name the new situation by its position: the end of the list.
  const err = (path: string) => editor.fieldError(`matrix.localSituations.${situations.length}.${path}`)?.[locale];

  const add = async () => {
    const labelsMissing = !draft.labelFr.trim() || !draft.labelEn.trim();
    const half = Boolean(draft.noteFr.trim()) !== Boolean(draft.noteEn.trim());
    setMissing(labelsMissing);
    setNoteHalf(half);
    if (labelsMissing || half) return;
    const localSituations = [...situations, toSituation(draft, takenIds)];
    if (await editor.save({ ...editor.draft, localSituations })) setDraft(EMPTY);
  };
  const localMessage = (key: TextKey, required: boolean) => {
    if (draft[key].trim()) return undefined;
    if (required) return missing ? text.required : undefined;
    return noteHalf ? text.noteBothLanguages : undefined;
  };
  const textField = (key: TextKey, label: string, path: string, required = false) => (
    <Field
      label={required ? label : `${label} (${common.optional})`}
      required={required}
      validationMessage={err(path) ?? localMessage(key, required)}
    >
      <Input value={draft[key]} onChange={(_, d) => setDraft({ ...draft, [key]: d.value })} />
    </Field>
  );

  return (
    <form
      className={styles.form}
      aria-label={text.add}
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      {textField("labelFr", text.labelFr, "label.fr-CA", true)}
      {textField("labelEn", text.labelEn, "label.en", true)}
      {textField("noteFr", text.noteFr, "note.fr-CA")}
      {textField("noteEn", text.noteEn, "note.en")}
      <RatingFields ratings={draft.ratings} onChange={(ratings) => setDraft({ ...draft, ratings })} />
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
  );
}

/** The new situation's rating for each modality (not indicated, +, ++, +++). */
function RatingFields(props: {
  ratings: Record<Modality, Rating>;
  onChange: (ratings: Record<Modality, Rating>) => void;
}) {
  const { ratings, onChange } = props;
  const locale = useLocale();
  return (
    <>
      {MODALITIES.map((m) => (
        <Field key={m} label={MODALITY_LABELS[m][locale]}>
          <Select value={ratings[m] ?? ""} onChange={(_, d) => onChange({ ...ratings, [m]: parseRating(d.value) })}>
            {RATING_VALUES.map((v) => (
              <option key={v} value={v}>
                {v === "" ? NOT_INDICATED[locale] : v}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </>
  );
}
