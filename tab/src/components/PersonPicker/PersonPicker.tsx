/**
 * One person of the team's roster, found by name as one types (a Fluent Combobox over GET /members):
 * pilots and learners are chosen here, never typed as object ids. Keyboard: type, arrows, Enter.
 */
import { useState } from "react";
import { Combobox, Field, Option } from "@fluentui/react-components";
import { usePeople } from "../../hooks/peopleNames.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { usePersonPickerStyles } from "./PersonPicker.styles.js";
import { PERSON_PICKER_STRINGS } from "./PersonPicker.strings.js";
import { emptyText, NO_MATCH, rosterHint, rosterOptions } from "./rosterOptions.js";
import { useRosterSearch } from "../../hooks/useRosterSearch.js";

export interface PersonPickerProps {
  label: string;
  /** The chosen person's object id. */
  value: string | undefined;
  onChange: (oid: string | undefined) => void;
  /** People who cannot be chosen again (the current pilots). */
  exclude?: readonly string[];
  required?: boolean;
  validationMessage?: string;
}

export function PersonPicker({ label, value, onChange, exclude = [], required, validationMessage }: PersonPickerProps) {
  const locale = useLocale();
  const text = useStrings(PERSON_PICKER_STRINGS);
  const styles = usePersonPickerStyles();
  const { names } = usePeople();
  const [query, setQuery] = useState(value ? (names[value] ?? "") : "");
  // Once someone is chosen their name fills the box: reopening the list then offers everyone again.
  const typed = value && query === names[value] ? "" : query;
  const search = useRosterSearch(typed);
  const options = rosterOptions(search, typed, exclude);
  return (
    <Field label={label} required={required} validationMessage={validationMessage} hint={rosterHint(search, locale)}>
      <Combobox
        className={styles.control}
        value={query}
        placeholder={text.placeholder}
        selectedOptions={value ? [value] : []}
        onChange={(e) => {
          setQuery(e.target.value);
          if (value) onChange(undefined);
        }}
        onOptionSelect={(_, data) => {
          if (!data.optionValue || data.optionValue === NO_MATCH) return;
          setQuery(data.optionText ?? "");
          onChange(data.optionValue);
        }}
      >
        {options.map((m) => (
          <Option key={m.oid} value={m.oid} text={m.name}>
            {m.name}
          </Option>
        ))}
        {options.length === 0 && (
          <Option value={NO_MATCH} text="" disabled>
            {emptyText(search, locale)}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
