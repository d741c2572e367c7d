/** Paramètres › pilots: listed by name, added from the team's roster (people picker), removed (never the last one). */
import { useState } from "react";
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ApiError } from "../../api/apiError.js";
import { usePersonName } from "../../hooks/usePersonName.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { Section } from "../Section/Section.js";
import { ConfirmRemoval } from "../shared/ConfirmRemoval.js";
import { EDITOR_STRINGS } from "../shared/editor.strings.js";
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

function PilotList(props: { pilots: string[]; busy: boolean; onRemove: (oid: string) => void }) {
  const text = useStrings(PILOTS_STRINGS);
  const common = useStrings(EDITOR_STRINGS);
  const nameOf = usePersonName();
  // A pilot removed cannot change the configuration any more (themself included): asked first, as a corridor is.
  const [asking, setAsking] = useState<string>();
  const backTo = (oid: string) =>
    document.querySelector<HTMLElement>(`[data-remove-pilot="${CSS.escape(oid)}"]`)?.focus();
  return (
    <ul data-testid="pilots">
      {props.pilots.map((oid) => (
        <li key={oid}>
          {nameOf(oid)}{" "}
          <Button
            size="small"
            disabledFocusable={props.busy}
            data-remove-pilot={oid}
            onClick={() => setAsking(oid)}
            aria-label={format(text.removeLabel, { name: nameOf(oid) })}
          >
            {common.remove}
          </Button>
          {asking === oid && (
            <ConfirmRemoval
              question={format(text.removeConfirm, { name: nameOf(oid) })}
              yes={text.removeConfirmYes}
              no={common.keep}
              testId="pilot-remove-confirm"
              onConfirm={() => {
                setAsking(undefined);
                props.onRemove(oid);
              }}
              onCancel={() => {
                setAsking(undefined);
                backTo(oid);
              }}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
