/** Paramètres › pilots: list, add (object id or the Teams people picker), remove (never the last one). */
import { useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ApiError } from "../../api/apiError.js";
import { peoplePickerAvailable, pickOnePerson } from "../../host/teamsPeople.js";
import { usePersonName } from "../../hooks/usePersonName.js";
import { useSession } from "../../hooks/useSession.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { EDITOR_STRINGS } from "../shared/editor.strings.js";
import { useSectionStyles } from "../shared/section.styles.js";
import { PILOTS_STRINGS } from "./PilotsPanel.strings.js";

const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function PilotsPanel() {
  const locale = useLocale();
  const styles = useSectionStyles();
  const text = useStrings(PILOTS_STRINGS);
  const common = useStrings(EDITOR_STRINGS);
  const { host } = useSession();
  const { config } = useTeam();
  const nameOf = usePersonName();
  const [userId, setUserId] = useState("");
  const [invalid, setInvalid] = useState(false);
  const [failure, setFailure] = useState<ApiError | undefined>();
  const pilots = config.view?.pilots ?? [];

  const change = async (c: { add: string } | { remove: string }) => {
    const outcome = await config.changePilots(c);
    setFailure(outcome.ok || outcome.error.isConflict ? undefined : outcome.error);
    return outcome.ok;
  };
  const add = async (id: string) => {
    if (!OBJECT_ID.test(id.trim())) return setInvalid(true);
    setInvalid(false);
    if (await change({ add: id.trim() })) setUserId("");
  };
  const pick = async () => {
    const person = await pickOnePerson(text.pickTitle);
    if (person) await add(person.objectId);
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
            <Button size="small" disabled={config.saving} onClick={() => void change({ remove: oid })} aria-label={format(text.removeLabel, { name: nameOf(oid) })}>
              {common.remove}
            </Button>
          </li>
        ))}
      </ul>
      <form
        className={styles.form}
        aria-label={text.add}
        onSubmit={(e) => {
          e.preventDefault();
          void add(userId);
        }}
      >
        <Field label={text.userId} validationMessage={invalid ? text.invalidId : undefined}>
          <Input value={userId} onChange={(_, d) => setUserId(d.value)} />
        </Field>
        <div>
          <Button type="submit" appearance="primary" disabled={config.saving}>
            {text.add}
          </Button>{" "}
          {host.kind === "teams" && peoplePickerAvailable() && <Button onClick={() => void pick()}>{text.pick}</Button>}
        </div>
      </form>
      {failure && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{failure.messages?.[locale] ?? common.failed}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
