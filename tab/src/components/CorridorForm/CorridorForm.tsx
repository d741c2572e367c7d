/**
 * One referral corridor, added or edited by a pilot. The server judges it (003 §4): an emergency
 * department or a CDE comes back as a 400 whose message — with the §4 quote — is shown at the field.
 */
import { useState } from "react";
import { Field, Input, mergeClasses, Select, Textarea } from "@fluentui/react-components";
import { CORRIDOR_KINDS, type CorridorKind, type ReferralCorridor } from "../../../../bot/src/domain/teamConfig.js";
import type { ConfigEditor } from "../../hooks/useConfigEditor.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { CORRIDOR_FIELD_LABELS, CORRIDOR_KIND_LABELS } from "../CorridorSection/corridorText.js";
import { SaveBar } from "../SaveBar/SaveBar.js";
import { EDITOR_STRINGS } from "../shared/editor.strings.js";
import { useSectionStyles } from "../shared/section.styles.js";
import { CORRIDOR_FORM_STRINGS } from "./CorridorForm.strings.js";

type TextField = Exclude<keyof ReferralCorridor, "id" | "kind">;
const OPTIONAL: TextField[] = ["address", "hours", "conditions", "whoMayRefer"];

export interface CorridorFormProps {
  editor: ConfigEditor<ReferralCorridor[]>;
  /** Position of the corridor in the list (corridors.length for a new one): field errors name it. */
  index: number;
  initial: ReferralCorridor;
  onDone: () => void;
}

function clean(corridor: ReferralCorridor): ReferralCorridor {
  const out: ReferralCorridor = {
    id: corridor.id,
    name: corridor.name.trim(),
    kind: corridor.kind,
    contact: corridor.contact.trim(),
  };
  for (const key of OPTIONAL) if (corridor[key]?.trim()) out[key] = corridor[key].trim();
  return out;
}

export function CorridorForm({ editor, index, initial, onDone }: CorridorFormProps) {
  const locale = useLocale();
  const styles = useSectionStyles();
  const text = useStrings(CORRIDOR_FORM_STRINGS);
  const common = useStrings(EDITOR_STRINGS);
  const [corridor, setCorridor] = useState<ReferralCorridor>(initial);
  const [touched, setTouched] = useState(false);
  const isNew = index >= editor.draft.length;

  const serverError = (field: string) => editor.fieldError(`corridors.${index}.${field}`)?.[locale];
  const missing = (field: "name" | "contact") => (touched && !corridor[field].trim() ? text.required : undefined);

  const submit = async () => {
    setTouched(true);
    if (!corridor.name.trim() || !corridor.contact.trim()) return;
    const next = [...editor.draft];
    next[index] = clean(corridor);
    if (await editor.save(next)) onDone();
  };

  const textField = (field: TextField, multiline = false) => {
    const required = field === "name" || field === "contact";
    const label = required
      ? CORRIDOR_FIELD_LABELS[field][locale]
      : `${CORRIDOR_FIELD_LABELS[field][locale]} (${common.optional})`;
    const error = serverError(field) ?? (required ? missing(field) : undefined);
    const value = corridor[field] ?? "";
    const change = (v: string) => setCorridor({ ...corridor, [field]: v });
    return (
      <Field
        label={label}
        required={required}
        validationMessage={error}
        data-field={field}
        className={multiline ? styles.full : undefined}
      >
        {multiline ? (
          <Textarea value={value} onChange={(_, d) => change(d.value)} maxLength={500} resize="vertical" />
        ) : (
          <Input value={value} onChange={(_, d) => change(d.value)} maxLength={500} />
        )}
      </Field>
    );
  };

  return (
    <form
      className={styles.form}
      aria-label={isNew ? text.addHeading : text.editHeading}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="corridor-form"
    >
      <h4 className={mergeClasses(styles.subheading, styles.full)}>{isNew ? text.addHeading : text.editHeading}</h4>
      {textField("name")}
      <Field
        label={CORRIDOR_FIELD_LABELS.kind[locale]}
        required
        validationMessage={serverError("kind")}
        hint={text.invalidKindHint}
        data-field="kind"
      >
        <Select value={corridor.kind} onChange={(_, d) => setCorridor({ ...corridor, kind: d.value as CorridorKind })}>
          {CORRIDOR_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {CORRIDOR_KIND_LABELS[kind][locale]}
            </option>
          ))}
        </Select>
      </Field>
      {textField("contact")}
      {textField("address")}
      {textField("hours")}
      {textField("whoMayRefer")}
      {textField("conditions", true)}
      <div className={styles.full}>
        <SaveBar
          editor={editor}
          onSave={() => void submit()}
          onCancel={() => {
            editor.discard();
            onDone();
          }}
          fieldErrors={editor.errorsUnder("corridors")}
        />
      </div>
    </form>
  );
}
