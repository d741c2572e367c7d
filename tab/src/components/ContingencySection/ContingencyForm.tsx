/** A pilot's draft of the contingency plan: callback delay, phone bridge instructions, crisis resources. */
import { Field, Input, Textarea } from "@fluentui/react-components";
import { regionsServed } from "@shared/domain/crisisResources.js";
import { regionLabel } from "@shared/domain/quebecRegions.js";
import type { ContingencyDefaults, CrisisResource } from "@shared/domain/teamConfig.js";
import type { Picked } from "@shared/i18n/locale.js";
import type { ConfigEditor } from "../../hooks/useConfigEditor.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { EditableRows, type RowField } from "../EditableRows/EditableRows.js";
import { RegionSelect } from "../RegionSelect/RegionSelect.js";
import { SaveBar } from "../SaveBar/SaveBar.js";
import { newId } from "../shared/cleanRecord.js";
import { useLayoutStyles } from "../shared/layout.styles.js";
import { CONTINGENCY_STRINGS } from "./ContingencySection.strings.js";
import { PatientLines } from "./PatientLines.js";

type Text = Picked<typeof CONTINGENCY_STRINGS>;

export function ContingencyForm({ editor }: { editor: ConfigEditor<ContingencyDefaults> }) {
  const locale = useLocale();
  const styles = useLayoutStyles();
  const text = useStrings(CONTINGENCY_STRINGS);
  const draft = editor.draft;
  const err = (path: string) => editor.fieldError(`contingency.${path}`)?.[locale];
  return (
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
      <DefaultRegion editor={editor} />
      <Field label={text.bridgeText} hint={text.bridgeHint} validationMessage={err("bridgeText")}>
        <Textarea
          value={draft.bridgeText}
          onChange={(_, d) => editor.setDraft({ ...draft, bridgeText: d.value })}
          resize="vertical"
        />
      </Field>
      <h3 className={styles.subheading}>{text.resources}</h3>
      <EditableRows<CrisisResource>
        rows={draft.crisisResources}
        fields={resourceFields(text)}
        onChange={(crisisResources) => editor.setDraft({ ...draft, crisisResources })}
        pathPrefix="contingency.crisisResources"
        fieldError={editor.fieldError}
        rowLabel={(r, i) => r.name || format(text.resourceLabel, { n: i + 1 })}
        addLabel={text.addResource}
        create={() => ({ id: newId("r"), region: "", name: "", phone: "" })}
      />
      <PatientLines resources={draft.crisisResources} />
      <SaveBar
        editor={editor}
        onSave={() => void editor.save()}
        onCancel={editor.dirty ? editor.discard : undefined}
        fieldErrors={editor.errorsUnder("contingency")}
      />
    </>
  );
}

/** The region preselected when a clinician confirms where the person is (004; Orientations MSSS §3). */
function DefaultRegion({ editor }: { editor: ConfigEditor<ContingencyDefaults> }) {
  const styles = useLayoutStyles();
  const text = useStrings(CONTINGENCY_STRINGS);
  const draft = editor.draft;
  return (
    <Field className={styles.narrow} label={text.defaultRegion} hint={text.defaultRegionHint}>
      <RegionSelect
        value={draft.defaultRegionCode ?? ""}
        emptyLabel={text.defaultRegionNone}
        onChange={(code) => {
          const { defaultRegionCode: _old, ...rest } = draft;
          editor.setDraft(code ? { ...rest, defaultRegionCode: code } : rest);
        }}
      />
    </Field>
  );
}

/**
 * Where a line will be shown, as the patient's plan will read its region (crisisResourcesShown): a text that names
 * no region serves them all, which the pilot who wrote « Trois-Rivières » would not guess.
 */
function regionReading(region: string, text: Text) {
  if (region.trim() === "") return undefined;
  const served = regionsServed(region);
  return served === "every"
    ? text.regionEverywhere
    : format(text.regionReadAs, { regions: served.map(regionLabel).join(", ") });
}

/** A crisis resource's fields; the phone field says what it expects, the region where the line will be shown. */
function resourceFields(text: Text): RowField<CrisisResource>[] {
  return [
    { key: "region", label: text.region, required: true, hint: (r) => regionReading(r.region, text) },
    { key: "name", label: text.name, required: true },
    { key: "phone", label: text.phone, required: true, type: "tel", hint: text.phoneHint },
    { key: "notes", label: text.notes },
  ];
}
