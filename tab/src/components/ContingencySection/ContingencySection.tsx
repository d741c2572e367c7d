/** Contingence (003 §3): callback delay, phone bridge, crisis resources by region. Pilots edit. */
import { Field, Input, Textarea } from "@fluentui/react-components";
import type { ContingencyDefaults, CrisisResource, TeamConfiguration } from "../../../../bot/src/domain/teamConfig.js";
import { useConfigEditor } from "../../hooks/useConfigEditor.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { EditableRows } from "../EditableRows/EditableRows.js";
import { ReadOnlyNote } from "../ReadOnlyNote/ReadOnlyNote.js";
import { RecordTable } from "../RecordTable/RecordTable.js";
import { SaveBar } from "../SaveBar/SaveBar.js";
import { cleanRecord, newId } from "../shared/cleanRecord.js";
import { useSectionStyles } from "../shared/section.styles.js";
import { CONTINGENCY_STRINGS } from "./ContingencySection.strings.js";

const pick = (c: TeamConfiguration) => c.contingency;
const put = (c: TeamConfiguration, contingency: ContingencyDefaults): TeamConfiguration => ({
  ...c,
  contingency: {
    ...contingency,
    bridgeText: contingency.bridgeText.trim(),
    crisisResources: contingency.crisisResources.map((r) => cleanRecord(r, ["notes"])),
  },
});

export function ContingencySection() {
  const locale = useLocale();
  const styles = useSectionStyles();
  const text = useStrings(CONTINGENCY_STRINGS);
  const { canEdit } = useTeam();
  const editor = useConfigEditor(pick, put);
  const draft = editor.draft;
  const err = (path: string) => editor.fieldError(`contingency.${path}`)?.[locale];
  const columns = (["region", "name", "phone", "notes"] as const).map((key) => ({
    key,
    header: text[key],
    render: (r: CrisisResource) => r[key] ?? "",
  }));

  return (
    <section className={styles.root} aria-labelledby="contingency-heading" data-testid="contingency-section">
      <h2 id="contingency-heading" className={styles.heading}>
        {text.heading}
      </h2>
      <p className={styles.intro}>{text.intro}</p>
      {!canEdit ? (
        <>
          <ReadOnlyNote />
          <dl>
            <dt>{text.callbackDelay}</dt>
            <dd>{format(text.minutes, { n: draft.callbackDelayMinutes })}</dd>
            <dt>{text.bridgeText}</dt>
            <dd>{draft.bridgeText || text.bridgeNone}</dd>
          </dl>
          <RecordTable caption={text.resources} columns={columns} rows={draft.crisisResources} rowKey={(r) => r.id} />
        </>
      ) : (
        <>
          <Field
            className={styles.narrow}
            label={text.callbackDelay}
            hint={text.callbackDelayHint}
            validationMessage={err("callbackDelayMinutes")}
            required
          >
            <Input
              type="number"
              min={1}
              max={60}
              value={String(draft.callbackDelayMinutes)}
              onChange={(_, d) => editor.setDraft({ ...draft, callbackDelayMinutes: Number(d.value) })}
            />
          </Field>
          <Field label={text.bridgeText} validationMessage={err("bridgeText")}>
            <Textarea
              value={draft.bridgeText}
              onChange={(_, d) => editor.setDraft({ ...draft, bridgeText: d.value })}
              maxLength={500}
              resize="vertical"
            />
          </Field>
          <h3 className={styles.subheading}>{text.resources}</h3>
          <EditableRows<CrisisResource>
            rows={draft.crisisResources}
            fields={[
              { key: "region", label: text.region, required: true },
              { key: "name", label: text.name, required: true },
              { key: "phone", label: text.phone, required: true, type: "tel" },
              { key: "notes", label: text.notes },
            ]}
            onChange={(crisisResources) => editor.setDraft({ ...draft, crisisResources })}
            pathPrefix="contingency.crisisResources"
            fieldError={editor.fieldError}
            rowLabel={(r, i) => r.name || format(text.resourceLabel, { n: i + 1 })}
            addLabel={text.addResource}
            create={() => ({ id: newId("r"), region: "", name: "", phone: "" })}
          />
          <SaveBar
            editor={editor}
            onSave={() => void editor.save()}
            onCancel={editor.dirty ? editor.discard : undefined}
            fieldErrors={editor.errorsUnder("contingency")}
          />
        </>
      )}
    </section>
  );
}
