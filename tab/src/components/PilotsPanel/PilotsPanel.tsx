/** Paramètres › pilots: listed by name, added from the team's roster (people picker), removed (never the last one). */
import { useState } from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ApiError } from "../../api/apiError.js";
import { usePersonName } from "../../hooks/usePersonName.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { Section } from "../Section/Section.js";
import { EDITOR_STRINGS } from "../shared/editor.strings.js";
import { AskedFirst } from "../shared/AskedFirst.js";
import { AddPilotForm } from "./AddPilotForm.js";
import { PILOTS_STRINGS } from "./PilotsPanel.strings.js";

export function PilotsPanel() {
  const locale = useLocale();
  const text = useStrings(PILOTS_STRINGS);
  const common = useStrings(EDITOR_STRINGS);
  const { config } = useTeam();
  const [failure, setFailure] = useState<ApiError | undefined>();
  const pilots = config.view?.pilots ?? [];

  // A conflict is the conflict bar's to say; any other refusal is said here.
  const change = async (c: { add: string } | { remove: string }) => {
    const outcome = await config.changePilots(c);
    setFailure(outcome.ok || outcome.error.isConflict ? undefined : outcome.error);
    return outcome.ok;
  };

  return (
    <Section level={3} heading={text.heading} intro={text.intro}>
      <PilotList pilots={pilots} busy={config.saving} onRemove={(oid) => void change({ remove: oid })} />
      <AddPilotForm pilots={pilots} busy={config.saving} onAdd={(oid) => change({ add: oid })} />
      {failure && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{failure.messages?.[locale] ?? common.failed}</MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}

/** A pilot removed cannot change the configuration any more (themself included): asked first, as a corridor is. */
function PilotList(props: { pilots: string[]; busy: boolean; onRemove: (oid: string) => void }) {
  const text = useStrings(PILOTS_STRINGS);
  const nameOf = usePersonName();
  return (
    <ul data-testid="pilots">
      {props.pilots.map((oid) => (
        <li key={oid}>
          {nameOf(oid)}{" "}
          <AskedFirst
            label={format(text.removeLabel, { name: nameOf(oid) })}
            question={format(text.removeConfirm, { name: nameOf(oid) })}
            yes={text.removeConfirmYes}
            busy={props.busy}
            testId="pilot-remove-confirm"
            onConfirm={() => props.onRemove(oid)}
          />
        </li>
      ))}
    </ul>
  );
}
