/** A new pilot, chosen by name from the team's roster (the current pilots left out). */
import { useState } from "react";
import { Button } from "@fluentui/react-components";
import { useStrings } from "../../i18n/localeContext.js";
import { PersonPicker } from "../PersonPicker/PersonPicker.js";
import { useLayoutStyles } from "../shared/layout.styles.js";
import { PILOTS_STRINGS } from "./PilotsPanel.strings.js";

export interface AddPilotFormProps {
  pilots: string[];
  busy: boolean;
  /** Resolves true once the pilot is added. */
  onAdd: (oid: string) => Promise<boolean>;
}

export function AddPilotForm({ pilots, busy, onAdd }: AddPilotFormProps) {
  const styles = useLayoutStyles();
  const text = useStrings(PILOTS_STRINGS);
  const [chosen, setChosen] = useState<string | undefined>();
  // A new picker after each addition starts empty.
  const [pickerKey, setPickerKey] = useState(0);
  const [missing, setMissing] = useState(false);

  const add = async () => {
    setMissing(!chosen);
    if (!chosen) return;
    if (await onAdd(chosen)) {
      setChosen(undefined);
      setPickerKey((k) => k + 1);
    }
  };

  return (
    <form
      className={styles.pickerForm}
      aria-label={text.add}
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <PersonPicker
        key={pickerKey}
        label={text.newPilot}
        value={chosen}
        onChange={(oid) => {
          setChosen(oid);
          if (oid) setMissing(false);
        }}
        exclude={pilots}
        validationMessage={missing ? text.choose : undefined}
      />
      <Button type="submit" appearance="primary" disabledFocusable={busy}>
        {text.add}
      </Button>
    </form>
  );
}
