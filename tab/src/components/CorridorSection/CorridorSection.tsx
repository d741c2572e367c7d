/** Corridor de référence (003 §4): the team's in-person referral mechanisms; pilots add, edit, remove. */
import { useState } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReferralCorridor, TeamConfiguration } from "@shared/domain/teamConfig.js";
import { useConfigEditor } from "../../hooks/useConfigEditor.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { useStrings } from "../../i18n/localeContext.js";
import { CorridorForm } from "../CorridorForm/CorridorForm.js";
import { ReadOnlyNote } from "../ReadOnlyNote/ReadOnlyNote.js";
import { SaveBar } from "../SaveBar/SaveBar.js";
import { Section } from "../Section/Section.js";
import { CorridorList } from "./CorridorList.js";
import { CORRIDOR_STRINGS } from "./CorridorSection.strings.js";

const pick = (c: TeamConfiguration) => c.corridors;
const put = (c: TeamConfiguration, corridors: ReferralCorridor[]) => ({ ...c, corridors });

/** The corridor in the form: its position in the list (the list's length for a new one) and its values. */
interface Editing {
  index: number;
  corridor: ReferralCorridor;
}

function newCorridor(): ReferralCorridor {
  return { id: `c-${crypto.randomUUID()}`, name: "", kind: "sameClinic", contact: "" };
}

export function CorridorSection() {
  const text = useStrings(CORRIDOR_STRINGS);
  const { config, canEdit } = useTeam();
  const editor = useConfigEditor(pick, put);
  const [editing, setEditing] = useState<Editing | null>(null);
  const corridors = editor.draft;
  const idle = canEdit && editing === null;

  return (
    <Section heading={text.heading} intro={text.intro} data-testid="corridor-section">
      {config.view?.validCorridor === false && <MissingCorridor canEdit={canEdit} />}
      {!canEdit && <ReadOnlyNote />}
      <CorridorList
        corridors={corridors}
        actions={
          idle
            ? {
                edit: (index, corridor) => setEditing({ index, corridor }),
                remove: (id) => void editor.save(corridors.filter((c) => c.id !== id)),
              }
            : undefined
        }
      />
      {idle && (
        <div>
          <Button appearance="primary" onClick={() => setEditing({ index: corridors.length, corridor: newCorridor() })}>
            {text.add}
          </Button>
          <SaveBar
            editor={editor}
            onSave={() => undefined}
            statusOnly
            fieldErrors={editor.errorsUnder("corridors")}
            listFieldErrors
          />
        </div>
      )}
      {canEdit && editing !== null && (
        <CorridorForm
          editor={editor}
          index={editing.index}
          initial={editing.corridor}
          onDone={() => setEditing(null)}
        />
      )}
    </Section>
  );
}

function MissingCorridor({ canEdit }: { canEdit: boolean }) {
  const text = useStrings(CORRIDOR_STRINGS);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="no-corridor-warning">
      <MessageBarBody>
        <MessageBarTitle>{text.missing}</MessageBarTitle>
        {canEdit ? text.missingPilot : text.missingMember}
      </MessageBarBody>
    </MessageBar>
  );
}
