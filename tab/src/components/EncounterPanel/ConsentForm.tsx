/**
 * The consent form of the side panel: the clinician consent card's fields with its defaults (the service sends
 * them, domain/consent.ts consentEntryOf), compact for a 320 px panel: one click per answer.
 */
import { Button, Checkbox, Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import {
  COMPANION_PRESENCE,
  CONSENT_METHODS,
  IDENTITY_DOCUMENT_KINDS,
  IN_PERSON_OFFER_CHOICES,
} from "@shared/domain/consent.js";
import {
  COMPANION_LABELS,
  CONSENT_METHOD_LABELS,
  IDENTITY_LABELS,
  IN_PERSON_OFFER_LABELS,
} from "@shared/domain/consentLabels.js";
import type { Localized } from "@shared/i18n/locale.js";
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
  [K in keyof ConsentBody]-?: ConsentBody[K] extends boolean ? K : never;
}[keyof ConsentBody];

export function ConsentForm({ draft, busy, errors, onSubmit }: ConsentFormProps) {
  const text = useStrings(CONSENT_PART_STRINGS);
  const entry = draft.value;
  const set = (change: Partial<ConsentBody>) => draft.set({ ...entry, ...change });
  const flag = (key: Flag, label: string) => (
    <Checkbox label={label} checked={entry[key]} onChange={(_, d) => set({ [key]: d.checked === true })} />
  );
  return (
    <PanelForm label={text.formLabel} onSubmit={onSubmit}>
      <CodeRadios
        label={text.method}
        validationMessage={errors.method}
        required={entry.inPersonOffer !== "accepted"}
        value={entry.method}
        codes={CONSENT_METHODS}
        labels={CONSENT_METHOD_LABELS}
        onChange={(method) => set({ method })}
      />
      <CheckGroup label={text.scope}>
        {flag("scopeSession", text.scopeSession)}
        {flag("scopeRecording", text.scopeRecording)}
        {flag("scopeInformationSharing", text.scopeSharing)}
      </CheckGroup>
      <CodeRadios
        label={text.identity}
        hint={text.identityHint}
        value={entry.identityDocumentKind}
        codes={IDENTITY_DOCUMENT_KINDS}
        labels={IDENTITY_LABELS}
        onChange={(identityDocumentKind) => set({ identityDocumentKind })}
      />
      {flag("limitsExplained", text.limitsExplained)}
      {/* §1.3.7: offered in person, the person who would rather be seen in person refuses telehealth (no method). */}
      <CodeRadios
        label={text.inPersonOffer}
        value={entry.inPersonOffer}
        codes={IN_PERSON_OFFER_CHOICES}
        labels={IN_PERSON_OFFER_LABELS}
        onChange={(inPersonOffer) => set({ inPersonOffer })}
      />
      <WhoTookPart entry={entry} set={set} flag={flag} />
      {flag("substituteConsent", text.substitute)}
      {flag("emergencyException", text.emergencyException)}
      <GroupFields draft={draft} error={errors.consentsRecorded} flag={flag} />
      <Button type="submit" appearance="primary" disabledFocusable={busy}>
        {text.record}
      </Button>
    </PanelForm>
  );
}

/** Who else took part: caregivers (§1.3.6), support staff (§8.7), an interpreter (§1.3.9). */
function WhoTookPart(props: {
  entry: ConsentBody;
  set: (change: Partial<ConsentBody>) => void;
  flag: (key: Flag, label: string) => ReactNode;
}) {
  const text = useStrings(CONSENT_PART_STRINGS);
  const { entry, set, flag } = props;
  return (
    <>
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
      {flag("interpreterPresent", text.interpreter)}
    </>
  );
}

/** One of the domain's codes as radio buttons; "" (nothing chosen yet) checks none. */
function CodeRadios<C extends string>(props: {
  label: string;
  hint?: string;
  required?: boolean;
  validationMessage?: string;
  value: C | "";
  codes: readonly C[];
  labels: Record<C, Localized>;
  onChange: (code: C) => void;
}) {
  const locale = useLocale();
  const { label, hint, required, validationMessage } = props;
  return (
    <Field label={label} hint={hint} required={required} validationMessage={validationMessage}>
      <RadioGroup value={props.value} onChange={(_, d) => props.onChange(d.value as C)}>
        {props.codes.map((c) => (
          <Radio key={c} value={c} label={props.labels[c][locale]} />
        ))}
      </RadioGroup>
    </Field>
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
          {props.flag("organisedByEstablishment", text.organisedByEstablishment)}
        </>
      )}
    </>
  );
}
