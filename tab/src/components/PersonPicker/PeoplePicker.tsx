/**
 * Several people of the team's roster (a learner's supervisors), as tags: type a name, pick it from the
 * list, remove a tag with Backspace or by selecting it. Fluent's TagPicker over GET /members.
 */
import { useState } from "react";
import {
  Field,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
} from "@fluentui/react-components";
import { usePersonName } from "../../hooks/usePersonName.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { usePersonPickerStyles } from "./PersonPicker.styles.js";
import { PERSON_PICKER_STRINGS } from "./PersonPicker.strings.js";
import { emptyText, NO_MATCH, rosterHint, rosterOptions } from "./rosterOptions.js";
import { useRosterSearch } from "../../hooks/useRosterSearch.js";

export interface PeoplePickerProps {
  label: string;
  value: readonly string[];
  onChange: (oids: string[]) => void;
  required?: boolean;
  validationMessage?: string;
}

export function PeoplePicker({ label, value, onChange, required, validationMessage }: PeoplePickerProps) {
  const locale = useLocale();
  const text = useStrings(PERSON_PICKER_STRINGS);
  const styles = usePersonPickerStyles();
  const nameOf = usePersonName();
  const [query, setQuery] = useState("");
  const search = useRosterSearch(query);
  const options = rosterOptions(search, query, value);
  return (
    <Field label={label} required={required} validationMessage={validationMessage} hint={rosterHint(search, locale)}>
      <TagPicker
        selectedOptions={[...value]}
        onOptionSelect={(_, data) => {
          if (data.value === NO_MATCH) return;
          onChange(data.selectedOptions.filter((o) => o !== NO_MATCH));
          setQuery("");
        }}
      >
        <TagPickerControl className={styles.control}>
          <TagPickerGroup aria-label={format(text.chosen, { label })}>
            {value.map((oid) => (
              <Tag key={oid} value={oid} shape="rounded">
                {nameOf(oid)}
              </Tag>
            ))}
          </TagPickerGroup>
          <TagPickerInput value={query} placeholder={text.placeholder} onChange={(e) => setQuery(e.target.value)} />
        </TagPickerControl>
        <TagPickerList>
          {options.length > 0 ? (
            options.map((m) => (
              <TagPickerOption key={m.oid} value={m.oid} text={m.name}>
                {m.name}
              </TagPickerOption>
            ))
          ) : (
            <TagPickerOption value={NO_MATCH} text="">
              {emptyText(search, locale)}
            </TagPickerOption>
          )}
        </TagPickerList>
      </TagPicker>
    </Field>
  );
}
