/**
 * The contingency plan in the side panel (Orientations MSSS §3): its status, the yes/no facts to agree it (as on
 * the clinician plan card, never the number itself), and the two events of a failing connection.
 */
import { Button, Checkbox } from "@fluentui/react-components";
import type { EncounterPanel, PlanBody, PlanRevisionBody } from "../../api/types.js";
import type { EncounterPanelState } from "../../hooks/useEncounterPanel.js";
import { useDraft } from "../../hooks/useDraft.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { dateTime } from "../shared/dates.js";
import { Section } from "../Section/Section.js";
import { ActionFailure } from "./ActionFailure.js";
import { CheckGroup } from "./CheckGroup.js";
import { useEncounterPanelStyles } from "./EncounterPanel.styles.js";
import { PanelForm } from "./PanelForm.js";
import { PLAN_PART_STRINGS } from "./PlanPart.strings.js";
import { failureOf } from "./panelFeedback.js";

type Facts = EncounterPanel["plan"]["form"];
const FACTS = ["phoneVerified", "emailVerified", "emergencyContactConfirmed", "agreedWithPatient"] as const;

export function PlanPart({ panel, state }: { panel: EncounterPanel; state: EncounterPanelState }) {
  const locale = useLocale();
  const text = useStrings(PLAN_PART_STRINGS);
  const styles = useEncounterPanelStyles();
  const { plan } = panel;
  const when = (iso: string | null) => (iso ? dateTime(iso, locale) : "");
  return (
    <Section heading={text.heading} level={3} className={styles.part} data-testid="plan-part">
      <p className={plan.agreed ? styles.met : styles.text} data-testid="plan-status">
        {plan.recordedAt === null
          ? text.none
          : format(plan.agreed ? text.agreed : text.incomplete, { when: when(plan.recordedAt) })}
      </p>
      <p className={styles.muted}>
        {format(plan.recordedAt === null ? text.callback : text.callbackPlan, { minutes: plan.callbackDelayMinutes })}
      </p>
      {!plan.agreed && <AgreedWithNumber panel={panel} state={state} />}
      <PlanForm panel={panel} state={state} />
      {panel.incidents.connectionLost > 0 && (
        <p className={styles.muted}>
          {format(text.incidents, { count: panel.incidents.connectionLost, when: when(panel.incidents.lastAt) })}
        </p>
      )}
      <ConnectionEvents panel={panel} state={state} />
      <ActionFailure
        error={failureOf(state.failure, ["plan", "plan/agreed-with-number", "connection-lost", "phone"])}
      />
    </Section>
  );
}

function PlanForm({ panel, state }: { panel: EncounterPanel; state: EncounterPanelState }) {
  const text = useStrings(PLAN_PART_STRINGS);
  const { plan, planRev } = panel;
  const source: PlanBody = { ...plan.form, planRev };
  const draft = useDraft(source, `${panel.id}:${planRev}`, state.resetKey("plan"));
  const labels: Record<keyof Facts, string> = {
    phoneVerified: text.phoneVerified,
    emailVerified: text.emailVerified,
    emergencyContactConfirmed: text.emergencyContact,
    agreedWithPatient: text.agreedWithPatient,
  };
  return (
    <PanelForm label={text.formLabel} onSubmit={() => void state.act("plan", draft.value)}>
      <CheckGroup hint={text.privacy}>
        {FACTS.map((key) => (
          <Checkbox
            key={key}
            label={labels[key]}
            checked={draft.value[key]}
            onChange={(_, d) => draft.set({ ...draft.value, [key]: d.checked === true })}
          />
        ))}
      </CheckGroup>
      <Button type="submit" appearance="primary" disabledFocusable={state.busy !== undefined}>
        {text.record}
      </Button>
    </PanelForm>
  );
}

/** 003 §3: the usual plan in one click — agreed, the callback number confirmed; the other facts as recorded. */
function AgreedWithNumber({ panel, state }: { panel: EncounterPanel; state: EncounterPanelState }) {
  const text = useStrings(PLAN_PART_STRINGS);
  const styles = useEncounterPanelStyles();
  const body = { planRev: panel.planRev } satisfies PlanRevisionBody;
  return (
    <>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={state.busy !== undefined}
          onClick={() => void state.act("plan/agreed-with-number", body)}
        >
          {text.agreedQuick}
        </Button>
      </div>
      <p className={styles.muted}>{text.agreedQuickHint}</p>
    </>
  );
}

/** 003 §3: the connection lost (the steps posted in the chat for everyone), the meeting going on by phone. */
function ConnectionEvents({ panel, state }: { panel: EncounterPanel; state: EncounterPanelState }) {
  const text = useStrings(PLAN_PART_STRINGS);
  const styles = useEncounterPanelStyles();
  const busy = state.busy !== undefined;
  const { planRev } = panel;
  return (
    <>
      <div className={styles.actions}>
        <Button
          disabledFocusable={busy}
          onClick={() => void state.act("connection-lost", { planRev } satisfies PlanRevisionBody)}
        >
          {text.connectionLost}
        </Button>
        {panel.modality === "video" && (
          <Button
            disabledFocusable={busy}
            onClick={() => void state.act("phone", { planRev } satisfies PlanRevisionBody)}
          >
            {text.switchToPhone}
          </Button>
        )}
      </div>
      <p className={styles.muted}>{text.connectionLostHint}</p>
    </>
  );
}
