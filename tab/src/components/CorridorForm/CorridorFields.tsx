/** The corridor form's fields: name and contact (required), kind, then the optional details. */
import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import { CORRIDOR_KINDS, type CorridorKind, type ReferralCorridor } from "@shared/domain/teamConfig.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { CORRIDOR_FIELD_LABELS, CORRIDOR_KIND_LABELS } from "../CorridorSection/CorridorSection.strings.js";
import { EDITOR_STRINGS } from "../shared/editor.strings.js";
import { useLayoutStyles } from "../shared/layout.styles.js";
import { CORRIDOR_FORM_STRINGS } from "./CorridorForm.strings.js";

export type TextField = Exclude<keyof ReferralCorridor, "id" | "kind">;

export interface CorridorFieldsProps {
  corridor: ReferralCorridor;
  onChange: (corridor: ReferralCorridor) => void;
  /** The service's refusal of a field, by field name. */
  serverError: (field: string) => string | undefined;
  /** Set once a save was tried: empty required fields then say so. */
  touched: boolean;
}

export function CorridorFields({ corridor, onChange, serverError, touched }: CorridorFieldsProps) {
  const text = useStrings(CORRIDOR_FORM_STRINGS);
  const field = (name: TextField, multiline = false) => {
    const value = corridor[name] ?? "";
    const missing = (name === "name" || name === "contact") && touched && !value.trim();
    return (
      <CorridorTextField
        field={name}
        value={value}
        onChange={(next) => onChange({ ...corridor, [name]: next })}
        error={serverError(name) ?? (missing ? text.required : undefined)}
        multiline={multiline}
      />
    );
  };
  return (
    <>
      {field("name")}
      <CorridorKindField
        value={corridor.kind}
        onChange={(kind) => onChange({ ...corridor, kind })}
        error={serverError("kind")}
      />
      {field("contact")}
      {field("address")}
      {field("hours")}
      {field("whoMayRefer")}
      {field("conditions", true)}
    </>
  );
}

interface CorridorTextFieldProps {
  field: TextField;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  multiline?: boolean;
}

function CorridorTextField({ field, value, onChange, error, multiline = false }: CorridorTextFieldProps) {
  const locale = useLocale();
  const styles = useLayoutStyles();
  const common = useStrings(EDITOR_STRINGS);
  const required = field === "name" || field === "contact";
  const name = CORRIDOR_FIELD_LABELS[field][locale];
  return (
    <Field
      label={required ? name : `${name} (${common.optional})`}
      required={required}
      validationMessage={error}
      data-field={field}
      className={multiline ? styles.full : undefined}
    >
      {multiline ? (
        <Textarea value={value} onChange={(_, d) => onChange(d.value)} resize="vertical" />
      ) : (
        <Input value={value} onChange={(_, d) => onChange(d.value)} />
      )}
    </Field>
  );
}

function CorridorKindField(props: { value: CorridorKind; onChange: (kind: CorridorKind) => void; error?: string }) {
  const locale = useLocale();
  const text = useStrings(CORRIDOR_FORM_STRINGS);
  return (
    <Field
      label={CORRIDOR_FIELD_LABELS.kind[locale]}
      required
      validationMessage={props.error}
      hint={text.invalidKindHint}
      data-field="kind"
    >
      <Select value={props.value} onChange={(_, d) => props.onChange(d.value as CorridorKind)}>
        {CORRIDOR_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {CORRIDOR_KIND_LABELS[kind][locale]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
