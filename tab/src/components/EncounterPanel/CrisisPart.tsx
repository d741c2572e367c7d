/**
 * A crisis during the visit, from the side panel (001, 004; Orientations MSSS §3): the card's "Situation de crise"
 * — the same command on the service — then the steps, for the clinician only (the panel is not shown to the
 * patient), with the lines serving the region recorded for this visit, and the card's "post the resources" for the
 * patient in the meeting chat. What the steps say of the visit comes from what Balises recorded.
 */
import { useState } from "react";
import { Button } from "@fluentui/react-components";
import { quebecClock } from "@shared/domain/quebecTime.js";
import { regionLabel } from "@shared/domain/quebecRegions.js";
import type { CrisisResourcesBody, EncounterPanel, PlanRevisionBody } from "../../api/types.js";
import type { EncounterPanelState } from "../../hooks/useEncounterPanel.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { CrisisLineList } from "../shared/CrisisLineList.js";
import { Section } from "../Section/Section.js";
import { ActionFailure } from "./ActionFailure.js";
import { CRISIS_PART_STRINGS } from "./CrisisPart.strings.js";
import { useEncounterPanelStyles } from "./EncounterPanel.styles.js";
import { failureOf } from "./panelFeedback.js";

export function CrisisPart({ panel, state }: { panel: EncounterPanel; state: EncounterPanelState }) {
  const text = useStrings(CRISIS_PART_STRINGS);
  const styles = useEncounterPanelStyles();
  const { planRev, crisis } = panel;
  return (
    <Section heading={text.heading} level={3} className={styles.part} data-testid="crisis-part">
      <div className={styles.actions}>
        <Button
          disabledFocusable={state.busy !== undefined}
          onClick={() => void state.act("crisis", { planRev } satisfies PlanRevisionBody)}
        >
          {text.report}
        </Button>
      </div>
      <p className={styles.muted}>{text.reportHint}</p>
      {crisis.recordedAt !== null && <CrisisSteps crisis={crisis} recordedAt={crisis.recordedAt} state={state} />}
      <ActionFailure error={failureOf(state.failure, ["crisis", "crisis/resources"])} />
    </Section>
  );
}

function CrisisSteps(props: { crisis: EncounterPanel["crisis"]; recordedAt: string; state: EncounterPanelState }) {
  const locale = useLocale();
  const text = useStrings(CRISIS_PART_STRINGS);
  const styles = useEncounterPanelStyles();
  const { crisis, recordedAt, state } = props;
  // The post is queued for this crisis only: a later crisis offers the button again.
  const [postedFor, setPostedFor] = useState<string>();
  const region = crisis.regionCode ? regionLabel(crisis.regionCode) : undefined;
  const post = async () => {
    if (await state.act("crisis/resources", { at: recordedAt } satisfies CrisisResourcesBody)) setPostedFor(recordedAt);
  };
  return (
    <div className={styles.form} data-testid="crisis-steps">
      <p className={styles.notMet}>{format(text.recorded, { time: quebecClock(recordedAt, locale) })}</p>
      <p className={styles.text}>{text.stayOnLine}</p>
      <p className={styles.text}>{region ? format(text.emergencyWithRegion, { region }) : text.emergencyAskWhere}</p>
      <p className={styles.text}>
        {crisis.emergencyContactAuthorised ? text.contactAuthorised : text.contactNotConfirmed}
      </p>
      <p className={styles.text}>{region ? format(text.linesForRegion, { region }) : text.linesAllRegions}</p>
      <CrisisLineList resources={crisis.resources} className={styles.list} label={text.linesLabel} />
      <p className={styles.muted}>{text.chart}</p>
      {postedFor === recordedAt ? (
        <p className={styles.met} role="status">
          {text.posted}
        </p>
      ) : (
        <div className={styles.actions}>
          <Button appearance="primary" disabledFocusable={state.busy !== undefined} onClick={() => void post()}>
            {text.post}
          </Button>
        </div>
      )}
    </div>
  );
}
