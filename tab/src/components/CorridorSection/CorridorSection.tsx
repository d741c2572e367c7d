/** Corridor de référence (003 §4): the team's in-person referral mechanisms; pilots add, edit, remove. */
import { useEffect, useRef, useState, type RefObject } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReferralCorridor, TeamConfiguration } from "@shared/domain/teamConfig.js";
import { useConfigEditor, type ConfigEditor } from "../../hooks/useConfigEditor.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { format, useStrings } from "../../i18n/localeContext.js";
import { CorridorForm } from "../CorridorForm/CorridorForm.js";
import { ReadOnlyNote } from "../ReadOnlyNote/ReadOnlyNote.js";
import { SaveStatus } from "../SaveBar/SaveBar.js";
import { ConfirmFirst } from "../shared/ConfirmFirst.js";
import { Section } from "../Section/Section.js";
import { CorridorList } from "./CorridorList.js";
import { CORRIDOR_STRINGS } from "./CorridorSection.strings.js";

const pick = (c: TeamConfiguration) => c.corridors;
const put = (c: TeamConfiguration, corridors: ReferralCorridor[]) => ({ ...c, corridors });

/**
 * The corridor in the form, by id: a new one (its blank values), or one of the list, whose values the form takes from
 * the server version it is opened on — after a conflict's reload, the current values, never the stale ones.
 */
type Editing = { id: string; blank: ReferralCorridor } | { id: string; blank?: undefined };

function newCorridor(): ReferralCorridor {
  return { id: `c-${crypto.randomUUID()}`, name: "", kind: "sameClinic", contact: "" };
}

/**
 * Which corridor the form holds: the one chosen, found by id in the current list; when someone else removed it (seen
 * on a reload), none, and the section says so.
 */
function useCorridorEditing(corridors: ReferralCorridor[]) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const [goneMeanwhile, setGoneMeanwhile] = useState(false);
  const initial = editing?.blank ?? corridors.find((c) => c.id === editing?.id);
  if (editing && !initial) {
    setEditing(null);
    setGoneMeanwhile(true);
  }
  const open = (next: Editing | null) => {
    setGoneMeanwhile(false);
    setEditing(next);
  };
  return { editing, initial, goneMeanwhile, open };
}

export function CorridorSection() {
  const text = useStrings(CORRIDOR_STRINGS);
  const { config, canEdit } = useTeam();
  const editor = useConfigEditor(pick, put);
  const corridors = editor.draft;
  const { editing, initial, goneMeanwhile, open } = useCorridorEditing(corridors);
  const [removing, setRemoving] = useState<ReferralCorridor | null>(null);
  const idle = canEdit && editing === null && removing === null;
  const { listRef, addRef, backTo } = useFocusBack(idle);
  const actions = {
    edit: (corridor: ReferralCorridor) => {
      backTo(corridor.id);
      open({ id: corridor.id });
    },
    remove: (corridor: ReferralCorridor) => {
      backTo(corridor.id);
      open(null);
      setRemoving(corridor);
    },
    add: () => {
      backTo(undefined);
      open(newEditing());
    },
  };

  return (
    <Section heading={text.heading} intro={text.intro} data-testid="corridor-section">
      {config.view?.validCorridor === false && <MissingCorridor canEdit={canEdit} />}
      {!canEdit && <ReadOnlyNote />}
      {goneMeanwhile && <GoneMeanwhile />}
      <div ref={listRef}>
        <CorridorList corridors={corridors} actions={idle ? actions : undefined} />
      </div>
      {removing && (
        // A corridor leaves the list only once the pilot confirms: one misclick must not remove the team's §4 corridor.
        <ConfirmFirst
          question={format(text.removeConfirm, { name: removing.name })}
          yes={text.removeConfirmYes}
          testId="corridor-remove-confirm"
          onConfirm={() =>
            void editor.save(corridors.filter((c) => c.id !== removing.id)).then((saved) => {
              if (saved) setRemoving(null);
            })
          }
          onCancel={() => setRemoving(null)}
        />
      )}
      {(idle || removing) && <AddAndStatus editor={editor} addRef={addRef} onAdd={idle ? actions.add : undefined} />}
      {canEdit && editing !== null && initial && (
        <CorridorForm
          // A new server version (a reload after a conflict) starts the form again from the current values.
          key={editing.blank ? editing.id : `${editing.id}|${editor.version}`}
          editor={editor}
          initial={initial}
          onDone={() => open(null)}
        />
      )}
    </Section>
  );
}

/**
 * The buttons a pilot used leave the page while the form or the removal question is open: when it closes, keyboard
 * focus goes back to that corridor's card (its first button), or to "Add" when the corridor is gone or was new —
 * not to the top of the page.
 */
function useFocusBack(idle: boolean) {
  const listRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const target = useRef<{ corridorId?: string } | null>(null);
  useEffect(() => {
    if (!idle || target.current === null) return;
    const { corridorId } = target.current;
    target.current = null;
    const card = corridorId
      ? listRef.current?.querySelector<HTMLElement>(`[data-corridor="${CSS.escape(corridorId)}"] button`)
      : null;
    (card ?? addRef.current)?.focus();
  }, [idle]);
  const backTo = (corridorId: string | undefined) => {
    target.current = { corridorId };
  };
  return { listRef, addRef, backTo };
}

/** "Add a corridor" (when nothing else is open) and the list's save status: a removal's, or its refusal. */
function AddAndStatus({
  editor,
  addRef,
  onAdd,
}: {
  editor: ConfigEditor<ReferralCorridor[]>;
  addRef: RefObject<HTMLButtonElement | null>;
  onAdd?: () => void;
}) {
  const text = useStrings(CORRIDOR_STRINGS);
  return (
    <div>
      {onAdd && (
        <Button appearance="primary" ref={addRef} onClick={onAdd}>
          {text.add}
        </Button>
      )}
      <SaveStatus editor={editor} fieldErrors={editor.errorsUnder("corridors")} />
    </div>
  );
}

function newEditing(): Editing {
  const blank = newCorridor();
  return { id: blank.id, blank };
}

function GoneMeanwhile() {
  const text = useStrings(CORRIDOR_STRINGS);
  return (
    <MessageBar intent="info" data-testid="corridor-gone">
      <MessageBarBody>{text.goneMeanwhile}</MessageBarBody>
    </MessageBar>
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
