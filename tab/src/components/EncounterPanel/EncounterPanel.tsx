/**
 * The clinician's control surface in the meeting side panel (issue 12): the meeting's current encounter with the
 * four conditions of the 2024 regulation, live, and every in-meeting action of the consent and contingency cards —
 * the same commands on the service (one implementation, two doors), so the chat's cards follow each change. Kept
 * in step with other clinicians and with the cards by polling; a change someone else made first is said, never
 * overwritten. One column: usable from 280 px.
 */
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { ApiError } from "../../api/apiError.js";
import type { EncounterPanel as Panel } from "../../api/types.js";
import { useEncounterPanel, type EncounterPanelState } from "../../hooks/useEncounterPanel.js";
import { usePersonName } from "../../hooks/usePersonName.js";
import { errorText } from "../../i18n/errorText.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { ConflictNotice } from "../ConflictBar/ConflictBar.js";
import { LoadError } from "../LoadError/LoadError.js";
import { Section } from "../Section/Section.js";
import { dateTime } from "../shared/dates.js";
import { ConsentPart } from "./ConsentPart.js";
import { CrisisPart } from "./CrisisPart.js";
import { useEncounterPanelStyles } from "./EncounterPanel.styles.js";
import { ENCOUNTER_PANEL_STRINGS } from "./EncounterPanel.strings.js";
import { LearnersPart } from "./LearnersPart.js";
import { LocationPart } from "./LocationPart.js";
import { PatientPart } from "./PatientPart.js";
import { PlanPart } from "./PlanPart.js";
import { RegulationConditions } from "./RegulationConditions.js";

export function EncounterPanel({ meetingId }: { meetingId: string }) {
  const text = useStrings(ENCOUNTER_PANEL_STRINGS);
  const styles = useEncounterPanelStyles();
  const state = useEncounterPanel(meetingId);
  const panel = state.answer?.encounter;
  return (
    <Section heading={text.heading} className={styles.root} data-testid="encounter-panel">
      {state.status === "loading" ? (
        <Spinner size="small" label={text.loading} />
      ) : state.status === "error" ? (
        <PanelRefusal error={state.error} />
      ) : panel ? (
        <EncounterParts panel={panel} state={state} />
      ) : (
        <p className={styles.muted} data-testid="encounter-not-started">
          {text.notStarted}
        </p>
      )}
    </Section>
  );
}

/** Not one of the encounter's clinicians (403): the service says who sees it and how to be recorded. Else a failure. */
function PanelRefusal({ error }: { error: unknown }) {
  const locale = useLocale();
  if (!(error instanceof ApiError && error.status === 403 && error.messages)) return <LoadError error={error} />;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="encounter-clinicians-only">
      <MessageBarBody>{error.messages[locale]}</MessageBarBody>
    </MessageBar>
  );
}

function EncounterParts({ panel, state }: { panel: Panel; state: EncounterPanelState }) {
  const locale = useLocale();
  const text = useStrings(ENCOUNTER_PANEL_STRINGS);
  const styles = useEncounterPanelStyles();
  const nameOf = usePersonName();
  return (
    <>
      <p className={styles.text}>{format(text.started, { when: dateTime(panel.startedAt, locale) })}</p>
      <p className={styles.text} data-testid="encounter-modality" data-modality={panel.modality}>
        {panel.modality === "phone"
          ? format(text.phone, { when: dateTime(panel.modalityChangedAt ?? panel.startedAt, locale) })
          : text.video}
      </p>
      {panel.endedAt && (
        <p className={styles.text}>
          {format(panel.closedBy === "scheduler" ? text.closedAtScheduledEnd : text.ended, {
            when: dateTime(panel.endedAt, locale),
          })}
        </p>
      )}
      {state.conflict && (
        <ConflictNotice
          title={text.conflictTitle}
          body={errorText(state.conflict, locale, text.conflictTitle)}
          action={text.conflictAction}
          onAction={state.dismissConflict}
        />
      )}
      {state.error !== undefined && <p className={styles.notMet}>{text.refreshFailed}</p>}
      <RegulationConditions conditions={panel.conditions} />
      <ConsentPart panel={panel} state={state} />
      <PatientPart panel={panel} state={state} />
      <PlanPart panel={panel} state={state} />
      <LocationPart panel={panel} state={state} />
      <CrisisPart panel={panel} state={state} />
      <LearnersPart panel={panel} state={state} />
      <p className={styles.muted}>{format(text.clinicians, { names: panel.clinicians.map(nameOf).join(", ") })}</p>
    </>
  );
}
