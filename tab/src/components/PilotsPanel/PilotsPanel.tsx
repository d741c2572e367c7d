/** Paramètres › pilots: listed by name, added from the team's roster (people picker), removed (never the last one). */
import { useState } from "react";
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ApiError } from "../../api/apiError.js";
import { usePersonName } from "../../hooks/usePersonName.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { PersonPicker } from "../PersonPicker/PersonPicker.js";
import { EDITOR_STRINGS } from "../shared/editor.strings.js";
import { useSectionStyles } from "../shared/section.styles.js";
import { PILOTS_STRINGS } from "./PilotsPanel.strings.js";

export function PilotsPanel() {
  const locale = useLocale();
  const styles = useSectionStyles();
  const text = useStrings(PILOTS_STRINGS);
  const common = useStrings(EDITOR_STRINGS);
  const { config } = useTeam();
  const nameOf = usePersonName();
  const [chosen, setChosen] = useState<string | undefined>();
  // A new picker after each addition starts empty.
  const [pickerKey, setPickerKey] = useState(0);
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<ApiError | undefined>();
  const pilots = config.view?.pilots ?? [];

  const change = async (c: { add: string } | { remove: string }) => {
    const outcome = await config.changePilots(c);
    setFailure(outcome.ok || outcome.error.isConflict ? undefined : outcome.error);
    return outcome.ok;
  };
  const add = async () => {
    setMissing(!chosen);
    if (!chosen) return;
    if (await change({ add: chosen })) {
      setChosen(undefined);
      setPickerKey((k) => k + 1);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="pilots-heading">
      <h3 id="pilots-heading" className={styles.subheading}>
        {text.heading}
      </h3>
      <p className={styles.intro}>{text.intro}</p>
      <ul data-testid="pilots">
        {pilots.map((oid) => (
          <li key={oid}>
            {nameOf(oid)}{" "}
            <Button
              size="small"
              disabled={config.saving}
              onClick={() => void change({ remove: oid })}
              aria-label={format(text.removeLabel, { name: nameOf(oid) })}
            >
              {common.remove}
            </Button>
          </li>
        ))}
      </ul>
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
        <Button type="submit" appearance="primary" disabled={config.saving}>
          {text.add}
        </Button>
      </form>
      {failure && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{failure.messages?.[locale] ?? common.failed}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
