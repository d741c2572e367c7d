/**
 * Consent in the side panel (Orientations MSSS §1.1, §1.3): its status and what is missing, the form while it is
 * not recorded (or to change it), and the withdrawal — the consent card's own commands, through the service.
 */
import { useState } from "react";
import { Button } from "@fluentui/react-components";
import { CONSENT_GAP_LABELS } from "@shared/domain/consentLabels.js";
import type { ConsentBody, ConsentRevisionBody, EncounterPanel } from "../../api/types.js";
import type { EncounterPanelState } from "../../hooks/useEncounterPanel.js";
import { useDraft } from "../../hooks/useDraft.js";
import { usePersonName } from "../../hooks/usePersonName.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { dateTime } from "../shared/dates.js";
import { AskedFirst } from "../shared/AskedFirst.js";
import { Section } from "../Section/Section.js";
import { ActionFailure } from "./ActionFailure.js";
import { ConsentForm } from "./ConsentForm.js";
import { UsualConsent } from "./UsualConsent.js";
import { useEncounterPanelStyles } from "./EncounterPanel.styles.js";
import { CONSENT_PART_STRINGS } from "./ConsentPart.strings.js";
import { failureOf, fieldError } from "./panelFeedback.js";

const ACTIONS = ["consent", "consent/withdraw"];

export function ConsentPart({ panel, state }: { panel: EncounterPanel; state: EncounterPanelState }) {
  const locale = useLocale();
  const text = useStrings(CONSENT_PART_STRINGS);
  const styles = useEncounterPanelStyles();
  const { consent, consentRev } = panel;
  const active = consent.recordedAt !== null && consent.withdrawnAt === null;
  const [editing, setEditing] = useState(false);
  // Nothing in force: the clinician's usual choices, if remembered, start the form (to confirm, or to change).
  const usual = active ? undefined : (consent.remembered ?? undefined);
  const showUsual = usual !== undefined && !editing;
  const showForm = !showUsual && (editing || !active || consent.status === "missing");
  const source: ConsentBody = { ...(usual ?? consent.form), consentRev };
  const draft = useDraft(source, `${panel.id}:${consentRev}`, state.resetKey("consent"));
  // The paths of a consent refusal the form shows at its fields.
  const errors = {
    method: fieldError(state.failure, "consent", "method", locale),
    consentsRecorded: fieldError(state.failure, "consent", "consentsRecorded", locale),
  };
  const save = async () => {
    if (await state.act("consent", draft.value)) setEditing(false);
  };
  return (
    <Section heading={text.heading} level={3} className={styles.part} data-testid="consent-part">
      <ConsentStatus consent={consent} />
      <ConsentGaps gaps={consent.gaps} />
      {showUsual && (
        <UsualConsent
          usual={draft.value}
          busy={state.busy !== undefined}
          onConfirm={() => void save()}
          onChange={() => setEditing(true)}
        />
      )}
      {showUsual ? null : showForm ? (
        <ConsentForm draft={draft} busy={state.busy !== undefined} errors={errors} onSubmit={() => void save()} />
      ) : (
        <div className={styles.actions}>
          <Button onClick={() => setEditing(true)}>{text.edit}</Button>
        </div>
      )}
      {active && (
        // Asked first: the meeting's card tells the patient at once that telehealth stops.
        <div className={styles.actions}>
          <AskedFirst
            action={text.withdraw}
            size="medium"
            question={text.withdrawQuestion}
            yes={text.withdrawYes}
            no={text.withdrawNo}
            busy={state.busy !== undefined}
            testId="consent-withdraw-confirm"
            onConfirm={() => void state.act("consent/withdraw", { consentRev } satisfies ConsentRevisionBody)}
          />
        </div>
      )}
      <ActionFailure error={failureOf(state.failure, ACTIONS)} fields={showForm ? Object.keys(errors) : []} />
    </Section>
  );
}

function ConsentGaps({ gaps }: { gaps: EncounterPanel["consent"]["gaps"] }) {
  const locale = useLocale();
  const styles = useEncounterPanelStyles();
  if (gaps.length === 0) return null;
  return (
    <ul className={styles.list}>
      {gaps.map((g) => (
        <li key={g}>{CONSENT_GAP_LABELS[g][locale]}</li>
      ))}
    </ul>
  );
}

function ConsentStatus({ consent }: { consent: EncounterPanel["consent"] }) {
  const locale = useLocale();
  const text = useStrings(CONSENT_PART_STRINGS);
  const styles = useEncounterPanelStyles();
  const nameOf = usePersonName();
  const when = (iso: string | null) => (iso ? dateTime(iso, locale) : "");
  const who = nameOf(consent.recordedBy ?? undefined);
  const line =
    consent.recordedAt === null
      ? text.none
      : consent.status === "withdrawn"
        ? format(text.withdrawn, { when: when(consent.withdrawnAt) })
        : consent.status === "emergencyException"
          ? format(text.emergency, { when: when(consent.recordedAt) })
          : consent.status === "refused"
            ? format(text.refused, { when: when(consent.recordedAt) })
            : format(consent.status === "valid" ? text.valid : text.incomplete, {
                when: when(consent.recordedAt),
                who,
              });
  return (
    <p className={consent.status === "valid" ? styles.met : styles.text} data-testid="consent-status">
      {line}
    </p>
  );
}
