/** Interprètes (003 §1.3.9): the interpreting services the team lists. Pilots edit. */
import type { InterpreterService, TeamConfiguration } from "@shared/domain/teamConfig.js";
import { useConfigEditor } from "../../hooks/useConfigEditor.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { format, useStrings } from "../../i18n/localeContext.js";
import { EditableRows } from "../EditableRows/EditableRows.js";
import { ReadOnlyNote } from "../ReadOnlyNote/ReadOnlyNote.js";
import { RecordTable } from "../RecordTable/RecordTable.js";
import { SaveBar } from "../SaveBar/SaveBar.js";
import { Section } from "../Section/Section.js";
import { cleanRecord, newId } from "../shared/cleanRecord.js";
import { useLayoutStyles } from "../shared/layout.styles.js";
import { INTERPRETER_STRINGS } from "./InterpretersSection.strings.js";

const pick = (c: TeamConfiguration) => c.interpreters;
const put = (c: TeamConfiguration, interpreters: InterpreterService[]) => ({
  ...c,
  interpreters: interpreters.map((i) => cleanRecord(i, ["languages"])),
});

export function InterpretersSection() {
  const styles = useLayoutStyles();
  const text = useStrings(INTERPRETER_STRINGS);
  const { canEdit } = useTeam();
  const editor = useConfigEditor(pick, put);
  const columns = (["name", "contact", "languages"] as const).map((key) => ({
    key,
    header: text[key],
    render: (r: InterpreterService) => r[key] ?? "",
  }));

  return (
    <Section heading={text.heading} intro={text.intro} data-testid="interpreters-section">
      {!canEdit ? (
        <>
          <ReadOnlyNote />
          {editor.draft.length === 0 ? (
            <p className={styles.muted}>{text.none}</p>
          ) : (
            <RecordTable caption={text.caption} columns={columns} rows={editor.draft} rowKey={(r) => r.id} />
          )}
        </>
      ) : (
        <>
          <EditableRows<InterpreterService>
            rows={editor.draft}
            fields={[
              { key: "name", label: text.name, required: true },
              {
                key: "contact",
                label: text.contact,
                required: true,
              },
              { key: "languages", label: text.languages },
            ]}
            onChange={editor.setDraft}
            pathPrefix="interpreters"
            fieldError={editor.fieldError}
            rowLabel={(r, i) => r.name || format(text.rowLabel, { n: i + 1 })}
            addLabel={text.add}
            create={() => ({ id: newId("i"), name: "", contact: "" })}
          />
          <SaveBar
            editor={editor}
            onSave={() => void editor.save()}
            onCancel={editor.dirty ? editor.discard : undefined}
            fieldErrors={editor.errorsUnder("interpreters")}
          />
        </>
      )}
    </Section>
  );
}
