/**
 * The consent form of the side panel: the clinician consent card's fields with its defaults (the service sends
 * them, domain/consent.ts consentEntryOf), compact for a 320 px panel: one click per answer.
 */
import { Button, Checkbox, Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import {
  COMPANION_PRESENCE,
  CONSENT_METHODS,
  IDENTITY_DOCUMENT_KINDS,
  type ConsentEntry,
} from "@shared/domain/consent.js";
import { COMPANION_LABELS, CONSENT_METHOD_LABELS, IDENTITY_LABELS } from "@shared/domain/consentLabels.js";
import type { ReactNode } from "react";
import type { ConsentBody } from "../../api/types.js";
import type { Draft } from "../../hooks/useDraft.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { CheckGroup } from "./CheckGroup.js";
import { CodeSelect } from "./CodeSelect.js";
import { PanelForm } from "./PanelForm.js";
import { CONSENT_PART_STRINGS } from "./ConsentPart.strings.js";

interface ConsentFormProps {
  draft: Draft<ConsentBody>;
  busy: boolean;
  errors: { method?: string; consentsRecorded?: string };
  onSubmit: () => void;
}

type Flag = {
  [K in keyof ConsentEntry]: ConsentEntry[K] extends boolean ? K : never;
}[keyof ConsentEntry];

export function ConsentForm({ draft, busy, errors, onSubmit }: ConsentFormProps) {
  const locale = useLocale();
  const text = useStrings(CONSENT_PART_STRINGS);
  const entry = draft.value;
  const set = (change: Partial<ConsentBody>) => draft.set({ ...entry, ...change });
  const flag = (key: Flag, label: string) => (
    <Checkbox label={label} checked={entry[key]} onChange={(_, d) => set({ [key]: d.checked === true })} />
  );
  return (
    <PanelForm label={text.formLabel} onSubmit={onSubmit}>
      <Field label={text.method} validationMessage={errors.method} required>
        <RadioGroup value={entry.method} onChange={(_, d) => set({ method: d.value as ConsentBody["method"] })}>
          {CONSENT_METHODS.map((m) => (
            <Radio key={m} value={m} label={CONSENT_METHOD_LABELS[m][locale]} />
          ))}
        </RadioGroup>
      </Field>
      <CheckGroup label={text.scope}>
        {flag("scopeSession", text.scopeSession)}
        {flag("scopeRecording", text.scopeRecording)}
        {flag("scopeInformationSharing", text.scopeSharing)}
      </CheckGroup>
      <Field label={text.identity} hint={text.identityHint}>
        <RadioGroup
          value={entry.identityDocumentKind}
          onChange={(_, d) => set({ identityDocumentKind: d.value as ConsentBody["identityDocumentKind"] })}
        >
          {IDENTITY_DOCUMENT_KINDS.map((k) => (
            <Radio key={k} value={k} label={IDENTITY_LABELS[k][locale]} />
          ))}
        </RadioGroup>
      </Field>
      {flag("limitsExplained", text.limitsExplained)}
      {flag("inPersonOffered", text.inPersonOffered)}
      <CodeSelect
        label={text.caregivers}
        value={entry.caregivers}
        codes={COMPANION_PRESENCE}
        labels={COMPANION_LABELS}
        onChange={(caregivers) => set({ caregivers })}
      />
      <CodeSelect
        label={text.supportStaff}
        value={entry.supportStaff}
        codes={COMPANION_PRESENCE}
        labels={COMPANION_LABELS}
        onChange={(supportStaff) => set({ supportStaff })}
      />
      {flag("substituteConsent", text.substitute)}
      {flag("emergencyException", text.emergencyException)}
      <GroupFields draft={draft} error={errors.consentsRecorded} flag={flag} />
      <Button type="submit" appearance="primary" disabled={busy}>
        {text.record}
      </Button>
    </PanelForm>
  );
}

/** §1.1: a group session — one consent per patient and their commitment to the conduct rules. */
function GroupFields(props: {
  draft: Draft<ConsentBody>;
  error?: string;
  flag: (key: Flag, label: string) => ReactNode;
}) {
  const text = useStrings(CONSENT_PART_STRINGS);
  const entry = props.draft.value;
  const count = (value: string) => Math.max(0, Math.min(200, Math.trunc(Number(value) || 0)));
  return (
    <>
      <Field label={text.participants}>
        <Input
          type="number"
          min={1}
          max={200}
          value={String(entry.participants)}
          onChange={(_, d) => {
            const participants = Math.max(1, count(d.value));
            const consentsRecorded = Math.min(entry.consentsRecorded, participants);
            props.draft.set({ ...entry, participants, consentsRecorded });
          }}
        />
      </Field>
      {entry.participants > 1 && (
        <>
          <Field label={text.consentsRecorded} validationMessage={props.error}>
            <Input
              type="number"
              min={0}
              max={200}
              value={String(entry.consentsRecorded)}
              onChange={(_, d) => props.draft.set({ ...entry, consentsRecorded: count(d.value) })}
            />
          </Field>
          {props.flag("conductRulesCommitment", text.conductRules)}
        </>
      )}
    </>
  );
}
