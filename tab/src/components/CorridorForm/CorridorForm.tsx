/**
 * One referral corridor, added or edited by a pilot. The server judges it (003 §4): an emergency
 * department or a CDE comes back as a 400 whose message — with the §4 quote — is shown at the field.
 */
import { useEffect, useRef, useState } from "react";
import { mergeClasses } from "@fluentui/react-components";
import type { ReferralCorridor } from "@shared/domain/teamConfig.js";
import type { ConfigEditor } from "../../hooks/useConfigEditor.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { SaveBar } from "../SaveBar/SaveBar.js";
import { useLayoutStyles } from "../shared/layout.styles.js";
import { CORRIDOR_FORM_STRINGS } from "./CorridorForm.strings.js";
import { CorridorFields, type TextField } from "./CorridorFields.js";

const OPTIONAL: TextField[] = ["address", "hours", "conditions", "whoMayRefer"];

export interface CorridorFormProps {
  editor: ConfigEditor<ReferralCorridor[]>;
  /** The corridor as the form opens: one of the list (found by id) or a new one. */
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

export function CorridorForm({ editor, initial, onDone }: CorridorFormProps) {
  const locale = useLocale();
  const styles = useLayoutStyles();
  const text = useStrings(CORRIDOR_FORM_STRINGS);
  const [corridor, setCorridor] = useState<ReferralCorridor>(initial);
  const [touched, setTouched] = useState(false);
  const listed = editor.draft.findIndex((c) => c.id === initial.id);
  // Where the corridor is in the saved list, which field errors name: its place, or the end for a new one.
  const index = listed >= 0 ? listed : editor.draft.length;
  const heading = listed >= 0 ? text.editHeading : text.addHeading;
  // The button that opened the form is gone: keyboard focus starts at the form, not at the top of the page.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const serverError = (field: string) => editor.fieldError(`corridors.${index}.${field}`)?.[locale];
  const submit = async () => {
    setTouched(true);
    if (!corridor.name.trim() || !corridor.contact.trim()) return;
    const next = [...editor.draft];
    next[index] = clean(corridor);
    if (await editor.save(next)) onDone();
  };

  return (
    <form
      className={styles.form}
      aria-label={heading}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="corridor-form"
    >
      <h4 ref={headingRef} tabIndex={-1} className={mergeClasses(styles.subheading, styles.full)}>
        {heading}
      </h4>
      <CorridorFields corridor={corridor} onChange={setCorridor} serverError={serverError} touched={touched} />
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
