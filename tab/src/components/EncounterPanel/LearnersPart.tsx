/**
 * The learners taking part in the encounter and their part (Orientations MSSS §9.3, §9.4), through the tab's
 * existing routes (PUT/DELETE /encounters/{id}/learners/{oid}): chosen by name from the team's roster, shown by
 * name. Learners are registered per team, so the encounter needs one.
 */
import { useMemo } from "react";
import { Button } from "@fluentui/react-components";
import { LEARNER_ROLE_LABELS } from "@shared/domain/learners.js";
import { PARTICIPATION_LABELS, siteNotStated } from "@shared/domain/supervision.js";
import type { EncounterPanel } from "../../api/types.js";
import type { EncounterPanelState } from "../../hooks/useEncounterPanel.js";
import { usePersonName } from "../../hooks/usePersonName.js";
import { SessionContext, useSession } from "../../hooks/useSession.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { Section } from "../Section/Section.js";
import { ActionFailure } from "./ActionFailure.js";
import { AddLearnerForm } from "./AddLearnerForm.js";
import { useEncounterPanelStyles } from "./EncounterPanel.styles.js";
import { LEARNERS_PART_STRINGS } from "./LearnersPart.strings.js";
import { failureOf } from "./panelFeedback.js";

export function LearnersPart({ panel, state }: { panel: EncounterPanel; state: EncounterPanelState }) {
  const text = useStrings(LEARNERS_PART_STRINGS);
  const styles = useEncounterPanelStyles();
  const session = useSession();
  const teamKey = panel.team?.groupId;
  // The roster picker searches the encounter's team.
  const teamSession = useMemo(() => ({ ...session, teamKey }), [session, teamKey]);
  return (
    <Section heading={text.heading} level={3} className={styles.part} data-testid="learners-part">
      {panel.learners.length === 0 ? (
        <p className={styles.muted}>{text.none}</p>
      ) : (
        <ul className={styles.list}>
          {panel.learners.map((l) => (
            <LearnerLine key={l.learnerId} learner={l} state={state} />
          ))}
        </ul>
      )}
      {teamKey ? (
        <SessionContext.Provider value={teamSession}>
          <AddLearnerForm state={state} />
        </SessionContext.Provider>
      ) : (
        <p className={styles.muted}>{text.noTeam}</p>
      )}
      <ActionFailure error={failureOf(state.failure, ["learners"])} />
    </Section>
  );
}

function LearnerLine({ learner, state }: { learner: EncounterPanel["learners"][number]; state: EncounterPanelState }) {
  const locale = useLocale();
  const text = useStrings(LEARNERS_PART_STRINGS);
  const nameOf = usePersonName();
  const name = nameOf(learner.learnerId);
  const unanswered = siteNotStated(learner);
  const site =
    learner.atTrainingSite === true
      ? text.atSite
      : learner.atTrainingSite === false
        ? text.notAtSite
        : unanswered
          ? text.siteNotStated
          : "";
  const path = `/learners/${encodeURIComponent(learner.learnerId)}`;
  // The same part again, with the site answered: one click where the form would have to be filled anew.
  const answer = (atTrainingSite: boolean, label: string) => (
    <Button
      size="small"
      disabledFocusable={state.busy !== undefined}
      aria-label={format(text.answerLabel, { name, answer: label })}
      onClick={() => void state.send("learners", "PUT", path, { participation: learner.participation, atTrainingSite })}
    >
      {label}
    </Button>
  );
  return (
    <li>
      {format(text.part, {
        name,
        role: LEARNER_ROLE_LABELS[learner.role][locale],
        participation: PARTICIPATION_LABELS[learner.participation][locale],
      })}
      {site}{" "}
      {unanswered && (
        <>
          {answer(true, text.answerAtSite)} {answer(false, text.answerNotAtSite)}{" "}
        </>
      )}
      <Button
        size="small"
        appearance="subtle"
        disabledFocusable={state.busy !== undefined}
        onClick={() => void state.send("learners", "DELETE", path)}
      >
        {format(text.remove, { name })}
      </Button>
    </li>
  );
}
